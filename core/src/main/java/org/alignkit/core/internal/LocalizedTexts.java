package org.alignkit.core.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Language tag helpers. */
public final class LocalizedTexts {
  private LocalizedTexts() {}

  /**
   * Normalises a BCP 47 tag ({@code FR_ca} → {@code fr-CA}).
   *
   * @throws IllegalArgumentException if it is not a well-formed tag
   */
  public static String normalize(String tag) {
    try {
      String normalized =
          new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build().toLanguageTag();
      if (normalized.equals("und") || normalized.isEmpty()) {
        throw new IllegalArgumentException("not a language tag: '" + tag + "'");
      }
      return normalized;
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("not a language tag: '" + tag + "'", e);
    }
  }

  /** The English name of a language tag ("French" for fr). */
  public static String displayName(String tag) {
    String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
    return name.isEmpty() ? tag : name;
  }
}
