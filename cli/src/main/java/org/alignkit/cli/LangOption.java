package org.alignkit.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option of the commands that print a result ({@code score}, {@code compare},
 * {@code progress}, {@code agreement}, {@code report}, {@code rules}), a picocli mixin: the
 * language of the output, English or French; any other value is a usage error. ({@code template}
 * has its own {@code --lang}: any language the framework has texts in.)
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
      paramLabel = "LANG",
      defaultValue = "en",
      description = "The language of the output: en or fr (default: ${DEFAULT-VALUE}).")
  Lang lang;

  /** The locale of the language given. */
  Locale locale() {
    return lang.locale();
  }
}
