package org.alignkit.core;

import org.apiguardian.api.API;

/**
 * Root of every exception that AlignKit throws on purpose. Unchecked; subclasses name the culprit
 * (a file, a rule, an indicator). Caller bugs (a null argument, a negative count) are reported with
 * the JDK's {@link IllegalArgumentException} and {@link NullPointerException} instead.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class AlignKitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public AlignKitException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public AlignKitException(String message, Throwable cause) {
    super(message, cause);
  }
}
