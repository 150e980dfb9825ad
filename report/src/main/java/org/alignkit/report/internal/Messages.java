package org.alignkit.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's labels in one language, from {@code messages_<lang>.properties} (UTF-8) beside this
 * class. Every value is a {@link MessageFormat} pattern. Loaded directly rather than through {@code
 * ResourceBundle}, whose fallback to the JVM's default locale would give French labels to an
 * English report on a French machine.
 */
public final class Messages {
  /** The languages that have labels. */
  public static final Set<String> LANGUAGES = Set.of("en", "fr");

  private static final Map<String, Messages> CACHE = Map.of("en", load("en"), "fr", load("fr"));

  private final Locale locale;
  private final Map<String, String> patterns;

  private Messages(Locale locale, Map<String, String> patterns) {
    this.locale = locale;
    this.patterns = patterns;
  }

  /** The labels for a locale: French for any {@code fr} locale, English otherwise. */
  public static Messages of(Locale locale) {
    return CACHE.get(languageOf(locale));
  }

  /** The report language for a locale: {@code fr} or {@code en}. */
  public static String languageOf(Locale locale) {
    return "fr".equals(locale.getLanguage()) ? "fr" : "en";
  }

  /** The locale used to format numbers and texts. */
  public Locale locale() {
    return locale;
  }

  /** Every key and its pattern. */
  public Map<String, String> patterns() {
    return patterns;
  }

  /**
   * The label for a key, formatted with the arguments.
   *
   * @throws IllegalArgumentException for an unknown key
   */
  public String get(String key, Object... args) {
    String pattern = patterns.get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no report label '" + key + "'");
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  private static Messages load(String lang) {
    String name = "messages_" + lang + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> m = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
      return new Messages(Locale.forLanguageTag(lang), Collections.unmodifiableMap(m));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
