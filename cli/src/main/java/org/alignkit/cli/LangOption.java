package org.alignkit.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option of the round commands ({@code compare}, {@code report}), a picocli
 * mixin: the language of the output, English or French.
 */
final class LangOption {
  /** The languages of the output. */
  enum Lang {
    en,
    fr;

    Locale locale() {
      return this == fr ? Locale.FRENCH : Locale.ENGLISH;
    }
  }

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "The language of the output: en or fr (default: ${DEFAULT-VALUE}).")
  Lang lang;

  /** The locale of the language given. */
  Locale locale() {
    return lang.locale();
  }
}
