package org.alignkit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --format} option of the commands that print a result as text, JSON or CSV ({@code
 * score}, {@code compare}, {@code progress}, {@code agreement}), a picocli mixin. With {@code -o},
 * the format may also come from the file's extension ({@link OutputFormats}).
 */
final class FormatOption {
  /** The output formats. */
  enum Format {
    text,
    json,
    csv
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json or csv (default: text, or the extension of the -o file: .txt,"
          + " .json or .csv).")
  Format format;

  /** The format: {@code --format}, else the extension of {@code output}, else text. */
  Format resolve(Path output, java.util.Locale locale) {
    return OutputFormats.of(mixee, Format.values(), format, Format.text, output, locale);
  }
}
