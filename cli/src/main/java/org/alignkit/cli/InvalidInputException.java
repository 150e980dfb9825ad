package org.alignkit.cli;

/** Input that a command cannot use (exit code 1); the message says what and how to fix it. */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message for the user. */
  public InvalidInputException(String message) {
    super(message);
  }
}
