package org.alignkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A text in one or more languages, keyed by BCP 47 language tag ({@code en}, {@code fr},
 * {@code fr-CA}).
 *
 * <p>{@link #get(Locale)} falls back from the most specific tag to the language and then to English:
 * {@code fr-CA → fr → en}, then to the first language in tag order. A framework that declares
 * languages must translate each of its texts into all of them (checked when the framework is built),
 * so the fallback never produces a blank at run time.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LocalizedText {
  private static final LocalizedText EMPTY = new LocalizedText(ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, String> texts;

  private LocalizedText(ImmutableSortedMap<String, String> texts) {
    this.texts = texts;
  }

  /** A text with no translation at all; {@link #get(Locale)} returns {@code ""}. */
  public static LocalizedText empty() {
    return EMPTY;
  }

  /** An English-only text. */
  public static LocalizedText en(String text) {
    return of(Map.of("en", text));
  }

  /** An English and French text. */
  public static LocalizedText of(String english, String french) {
    return of(Map.of("en", english, "fr", french));
  }

  /**
   * A text from a map of language tag to text.
   *
   * @throws IllegalArgumentException if a tag is not a well-formed BCP 47 tag or a text is blank
   */
  public static LocalizedText of(Map<String, String> texts) {
    ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
    texts.forEach((tag, text) -> {
      requireNonNull(tag, "language tag");
      requireNonNull(text, "text");
      checkArgument(!text.isBlank(), "blank text for language %s", tag);
      b.put(normalizeTag(tag), text);
    });
    return new LocalizedText(b.buildOrThrow());
  }

  /** Normalises a BCP 47 tag ({@code FR_ca} → {@code fr-CA}). */
  static String normalizeTag(String tag) {
    return org.alignkit.core.internal.LocalizedTexts.normalize(tag);
  }

  /** The translations, keyed by normalised language tag, in tag order. */
  public Map<String, String> translations() {
    return texts;
  }

  /** The language tags this text has. */
  public Set<String> languages() {
    return texts.keySet();
  }

  /** Whether this text has no translation. */
  public boolean isEmpty() {
    return texts.isEmpty();
  }

  /** The exact translation for a tag, without fallback. */
  public Optional<String> exactly(String languageTag) {
    return Optional.ofNullable(texts.get(normalizeTag(languageTag)));
  }

  /**
   * The text in the given locale, falling back {@code fr-CA → fr → en} and then to the first
   * language; {@code ""} only when the text is {@link #empty()}.
   */
  public String get(Locale locale) {
    String tag = locale.toLanguageTag();
    String found = texts.get(tag);
    if (found != null) {
      return found;
    }
    // Strip subtags from the right: fr-Latn-CA -> fr-Latn -> fr.
    String candidate = tag;
    int dash;
    while ((dash = candidate.lastIndexOf('-')) > 0) {
      candidate = candidate.substring(0, dash);
      found = texts.get(candidate);
      if (found != null) {
        return found;
      }
    }
    found = texts.get("en");
    if (found != null) {
      return found;
    }
    return texts.isEmpty() ? "" : texts.firstEntry().getValue();
  }

  /** The text for a language tag, with the same fallback as {@link #get(Locale)}. */
  public String get(String languageTag) {
    return get(Locale.forLanguageTag(normalizeTag(languageTag)));
  }

  /** The English text (or the fallback). */
  public String english() {
    return get(Locale.ENGLISH);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText && ((LocalizedText) o).texts.equals(texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  @Override
  public String toString() {
    return texts.toString();
  }
}
