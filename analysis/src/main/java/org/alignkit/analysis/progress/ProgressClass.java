package org.alignkit.analysis.progress;

import org.apiguardian.api.API;

/** The class of a change between two rounds, as in the IHP+Results 2016 scorecards. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ProgressClass {
  /** Up by at least the rule's threshold. */
  PROGRESS,
  /** Less than the threshold either way. */
  STAGNATION,
  /** Down by at least the rule's threshold. */
  DECLINE,
  /**
   * The two rounds cannot be compared here: the indicator was added, removed or re-scaled, the node
   * is made of other indicators, or one side has no score; see {@link NotComparableReason}.
   */
  NOT_COMPARABLE;

  /** The class's name in files and reports: {@code progress}, {@code stagnation}, {@code decline}, {@code not-comparable}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The class of the reverse change: progress and decline swap, the others stay. */
  public ProgressClass reversed() {
    switch (this) {
      case PROGRESS:
        return DECLINE;
      case DECLINE:
        return PROGRESS;
      default:
        return this;
    }
  }
}
