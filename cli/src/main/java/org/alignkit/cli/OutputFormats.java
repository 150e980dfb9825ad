package org.alignkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The format-from-extension rule of every command that writes a file: the format is the one given
 * with {@code --format}, else the one the output file's extension names ({@code .json}, {@code
 * .csv}, ...); a file whose extension names no format of the command is a usage error, never a
 * silent default (an HTML report is not written under a {@code .pdf} name), and so is a {@code
 * --format} that contradicts a known extension. Without an output file the format is {@code
 * --format}, else the command's default.
 */
final class OutputFormats {
  private OutputFormats() {}

  /** The extensions each format is recognised by; the first is the one suggested. */
  static final Map<String, List<String>> EXTENSIONS = Map.of(
      "text", List.of("txt"),
      "json", List.of("json"),
      "csv", List.of("csv"),
      "yaml", List.of("yaml", "yml"),
      "html", List.of("html", "htm"));

  /**
   * The format of a command's output.
   *
   * @param formats the command's formats, in the order they are documented
   * @param given the value of {@code --format}, or {@code null}
   * @param standard the format without {@code --format} and without an output file
   * @param output the output file, or {@code null} for standard output
   * @throws ParameterException (exit 2) when the output file's extension names no format of the
   *     command, or another format than {@code --format}
   */
  static <E extends Enum<E>> E of(CommandSpec spec, E[] formats, E given, E standard, Path output) {
    return of(spec, formats, given, standard, output, Locale.ENGLISH);
  }

  /** Like {@link #of(CommandSpec, Enum[], Enum, Enum, Path)}, refusing in a language. */
  static <E extends Enum<E>> E of(
      CommandSpec spec, E[] formats, E given, E standard, Path output, Locale locale) {
    if (output == null) {
      return given != null ? given : standard;
    }
    String ext = extension(output);
    Optional<E> byExtension = byExtension(formats, ext);
    CliMessages msg = CliMessages.of(locale);
    if (given != null) {
      if (byExtension.isPresent() && byExtension.get() != given) {
        throw new ParameterException(
            spec.commandLine(),
            msg.get(
                "format.contradicts",
                given.name(),
                output,
                "." + ext,
                byExtension.get().name()));
      }
      return given;
    }
    if (byExtension.isPresent()) {
      return byExtension.get();
    }
    List<String> names = new ArrayList<>();
    for (E f : formats) {
      names.add("." + EXTENSIONS.get(f.name()).get(0));
    }
    String known = String.join(", ", names);
    throw new ParameterException(
        spec.commandLine(),
        ext.isEmpty()
            ? msg.get("format.noExtension", output, known)
            : msg.get("format.unknownExtension", output, "." + ext, known));
  }

  private static <E extends Enum<E>> Optional<E> byExtension(E[] formats, String ext) {
    for (E f : formats) {
      if (EXTENSIONS.getOrDefault(f.name(), List.of()).contains(ext)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The extension of a file name, in lower case, without the dot; empty when it has none. */
  static String extension(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return "";
    }
    String n = name.toString();
    int dot = n.lastIndexOf('.');
    return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
