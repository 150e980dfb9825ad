package org.alignkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import org.alignkit.core.AlignKitException;
import picocli.CommandLine;

/**
 * Entry point of the {@code alignkit} command line. {@link #run(String[], PrintWriter,
 * PrintWriter)} runs a command without exiting the JVM, for tests and embedding.
 */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its exit code (see {@link ExitCodes}). */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given arguments, writing to {@code out} and {@code err}.
   *
   * @return the exit code, see {@link ExitCodes}
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("alignkit: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println(
          "Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCodes.USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      int code = exitCodeOf(ex);
      String message = messageOf(ex);
      err.println(message);
      if (debug) {
        ex.printStackTrace(err);
      } else if (code == ExitCodes.INTERNAL_ERROR) {
        err.println(
            "This is a bug in AlignKit. Rerun with --debug for the stack trace and report it.");
      }
      return code;
    });
    return cli.execute(args);
  }

  /** The configured picocli command line, for tests and documentation. */
  public static CommandLine commandLine() {
    return new CommandLine(new AlignKitCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setUsageHelpAutoWidth(true);
  }

  static int exitCodeOf(Exception ex) {
    if (ex instanceof AlignKitException
        || ex instanceof InvalidInputException
        || ex instanceof IOException
        || ex instanceof UncheckedIOException) {
      return ExitCodes.INVALID_INPUT;
    }
    return ExitCodes.INTERNAL_ERROR;
  }

  /**
   * A message of the library as the command line shows it: advice meant for Java callers (raising
   * a {@code Limits} value, passing a framework to the loader) is left out or said in command-line
   * terms.
   */
  static String forCommandLine(String message) {
    return message
        .replaceAll("(,|;) (or )?raise Limits\\.\\w+( if you need more)?", "")
        .replace(
            "load that framework first and pass it to the loader",
            "give that framework with --framework");
  }

  static String messageOf(Exception ex) {
    if (ex instanceof NoSuchFileException) {
      return "alignkit: no such file: " + ((NoSuchFileException) ex).getFile();
    }
    if (ex instanceof UncheckedIOException) {
      return messageOf(((UncheckedIOException) ex).getCause());
    }
    if (ex instanceof IOException) {
      return "alignkit: cannot read or write: " + ex.getMessage();
    }
    if (ex instanceof AlignKitException || ex instanceof InvalidInputException) {
      return forCommandLine(ex.getMessage());
    }
    return "alignkit: internal error: " + ex;
  }
}
