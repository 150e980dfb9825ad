package org.alignkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The optional {@code -o}/{@code --output} option, a picocli mixin: the file to write a command's
 * text to instead of standard output ({@code score}, {@code template}).
 */
final class OutputOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to this file instead of standard output.")
  Path file;

  /**
   * Writes {@code text} to the output file in UTF-8, or prints it to the command's standard output
   * (flushed) when {@code -o} is not given.
   *
   * @return whether the text went to the file, for the command to say so
   */
  boolean write(String text) throws IOException {
    if (file == null) {
      PrintWriter out = mixee.commandLine().getOut();
      out.print(text);
      out.flush();
      return false;
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return true;
  }
}
