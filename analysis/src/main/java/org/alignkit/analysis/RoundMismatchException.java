package org.alignkit.analysis;

import java.util.List;
import org.alignkit.core.AlignKitException;
import org.apiguardian.api.API;

/**
 * Inputs that do not belong to the same round or series of rounds: a consensus record of another
 * country, round or framework than the round it is used with, or a baseline of another country,
 * sub-national unit or framework, or not dated before the current round. Thrown by {@link Rounds}
 * and the calls that use it; {@link #reasons()} lists every mismatch found.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class RoundMismatchException extends AlignKitException {
  private static final long serialVersionUID = 1L;

  private final List<String> reasons;

  /** An exception listing the mismatches, each a sentence; the message joins them. */
  public RoundMismatchException(List<String> reasons) {
    super(String.join("; ", reasons));
    this.reasons = List.copyOf(reasons);
  }

  /** Every mismatch found, each a sentence that says what differs. */
  public List<String> reasons() {
    return reasons;
  }
}
