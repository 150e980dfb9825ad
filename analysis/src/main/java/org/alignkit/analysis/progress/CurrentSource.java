package org.alignkit.analysis.progress;

import org.apiguardian.api.API;

/** Where an {@link ActionPlanItem}'s current value comes from. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CurrentSource {
  /** The level or score the workshop agreed (the consensus). */
  CONSENSUS,
  /** The median of the groups' levels or scores, when there is no agreed value. */
  MEDIAN_OF_GROUPS,
  /** Nobody gave a value. */
  NONE
}
