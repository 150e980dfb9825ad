package org.alignkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The texts the command line prints (headings, labels, "wrote FILE", refusals), in English or
 * French, from {@code messages_<lang>.properties} (UTF-8) beside this class. A value's {@code {0}},
 * {@code {1}}, ... are replaced by the arguments as given: numbers are formatted by the caller.
 * Problems found in files come from the library and stay in English.
 */
final class CliMessages {
  private static final Map<String, CliMessages> BY_LANGUAGE =
      Map.of("en", load("en"), "fr", load("fr"));

  private final String language;
  private final Properties texts;

  private CliMessages(String language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  /** The texts of a locale: French for any {@code fr} locale, English otherwise. */
  static CliMessages of(Locale locale) {
    return BY_LANGUAGE.get(isFrench(locale) ? "fr" : "en");
  }

  static boolean isFrench(Locale locale) {
    return "fr".equals(locale.getLanguage());
  }

  /** Whether these are the French texts. */
  boolean french() {
    return language.equals("fr");
  }

  /**
   * The text of a key with its arguments.
   *
   * @throws IllegalArgumentException for an unknown key (a bug)
   */
  String get(String key, Object... args) {
    String text = texts.getProperty(key);
    if (text == null) {
      text = BY_LANGUAGE.get("en").texts.getProperty(key);
    }
    if (text == null) {
      throw new IllegalArgumentException("no text for '" + key + "'");
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  private static CliMessages load(String language) {
    Properties p = new Properties();
    String name = "messages_" + language + ".properties";
    try (InputStream in = CliMessages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CliMessages(language, p);
  }
}
