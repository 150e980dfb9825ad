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

  /** What differs. */
  public enum Kind {
    /** The framework (by id; for a consensus record, also by version). */
    FRAMEWORK,
    /** The country. */
    COUNTRY,
    /** The sub-national unit (or one side is national). */
    UNIT,
    /** The round: a consensus record of another round. */
    ROUND,
    /** The order: a baseline not dated before the current round. */
    ORDER
  }

  private final List<Kind> kinds;
  private final List<String> reasons;

  /**
   * An exception listing the mismatches: what differs, and a sentence for each that says how; the
   * message joins the sentences.
   *
   * @throws IllegalArgumentException unless there are as many kinds as reasons, at least one
   */
  public RoundMismatchException(List<Kind> kinds, List<String> reasons) {
    super(String.join("; ", reasons));
    if (kinds.size() != reasons.size() || kinds.isEmpty()) {
      throw new IllegalArgumentException("give one kind per reason, at least one");
    }
    this.kinds = List.copyOf(kinds);
    this.reasons = List.copyOf(reasons);
  }

  /** What differs, one entry per reason, in the same order. */
  public List<Kind> kinds() {
    return kinds;
  }

  /** Every mismatch found, each an English sentence that says what differs. */
  public List<String> reasons() {
    return reasons;
  }
}
