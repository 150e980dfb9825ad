package org.alignkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The optional {@code -o}/{@code --output} option, a picocli mixin: the file to write a command's
 * result to instead of standard output ({@code score}, {@code compare}, {@code progress}, {@code
 * agreement}, {@code template}). Before anything is written, {@link #guard} refuses a file that is
 * an input of the run or cannot be written ({@link OutputGuard}); a missing folder is created; once
 * written, {@code alignkit: wrote FILE} goes to standard error.
 */
final class OutputOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write to this file instead of standard output (missing folders are created);"
          + " it must not be one of the inputs.")
  Path file;

  /**
   * Refuses the output file, before anything is read or written, when it is one of the inputs or
   * cannot be written.
   */
  void guard(Collection<Path> inputs, Locale locale) {
    if (file != null) {
      OutputGuard.check(file, inputs, locale);
    }
  }

  /**
   * Writes {@code text} to the output file in UTF-8 and says so on standard error, or prints it to
   * the command's standard output (flushed) when {@code -o} is not given.
   *
   * @return whether the text went to the file
   */
  boolean write(String text) throws IOException {
    return write(text, Locale.ENGLISH, "");
  }

  /** Like {@link #write(String)}, saying so in a language, with a detail after the file name. */
  boolean write(String text, Locale locale, String detail) throws IOException {
    if (file == null) {
      PrintWriter out = mixee.commandLine().getOut();
      out.print(text);
      out.flush();
      return false;
    }
    writeFile(mixee, file, text, locale, detail);
    return true;
  }

  /**
   * Writes a command's file (creating its folder) and says {@code alignkit: wrote FILE} on standard
   * error; a file that cannot be written is invalid input with a message that says why.
   */
  static void writeFile(CommandSpec spec, Path file, String text, Locale locale, String detail)
      throws IOException {
    CliMessages msg = CliMessages.of(locale);
    try {
      OutputGuard.createFolders(file);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(msg.get("output.denied", file));
    } catch (FileSystemException e) {
      Path folder = file.toAbsolutePath().getParent();
      throw new InvalidInputException(msg.get("output.folderNotWritable", file, folder));
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(msg.get("wrote", file, detail));
    err.flush();
  }
}
