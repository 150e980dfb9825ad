package org.alignkit.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that print either text or JSON ({@code compare},
 * {@code progress}, {@code agreement}), a picocli mixin.
 */
final class TextOrJsonOption {
  /** The output formats. */
  enum Format {
    text,
    json
  }

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  /** Whether JSON was asked for. */
  boolean json() {
    return format == Format.json;
  }
}
