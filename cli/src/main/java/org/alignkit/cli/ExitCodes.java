package org.alignkit.cli;

/**
 * The exit codes of {@code alignkit}: {@link #OK} 0, {@link #INVALID_INPUT} 1 (a file or value is
 * wrong; the problems are on standard error), {@link #USAGE} 2 (the command line itself is wrong),
 * {@link #INTERNAL_ERROR} 3 (a bug in AlignKit; rerun with {@code --debug} and report it).
 */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** Invalid input: a file, an assessment or a value is wrong. */
  public static final int INVALID_INPUT = 1;

  /** Usage error: unknown option, missing argument, bad option value. */
  public static final int USAGE = 2;

  /** An unexpected failure inside AlignKit. */
  public static final int INTERNAL_ERROR = 3;

  private ExitCodes() {}
}
