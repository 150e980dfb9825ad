package org.alignkit.analysis.progress;

import org.apiguardian.api.API;

/** Why a change is {@link ProgressClass#NOT_COMPARABLE}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum NotComparableReason {
  /** The node exists only in the later round's framework. */
  ADDED,
  /** The node exists only in the earlier round's framework. */
  REMOVED,
  /** The scale changed size between the two framework versions. */
  RESCALED,
  /** The component, domain or framework is made of a different set of indicators. */
  COMPOSITION_CHANGED,
  /** The earlier round has no score (not rated, not applicable, no information, or no group). */
  NO_BASELINE_SCORE,
  /** The later round has no score. */
  NO_CURRENT_SCORE;

  /** The reason seen from the other direction: added and removed swap, as do the missing sides. */
  public NotComparableReason reversed() {
    switch (this) {
      case ADDED:
        return REMOVED;
      case REMOVED:
        return ADDED;
      case NO_BASELINE_SCORE:
        return NO_CURRENT_SCORE;
      case NO_CURRENT_SCORE:
        return NO_BASELINE_SCORE;
      default:
        return this;
    }
  }
}
