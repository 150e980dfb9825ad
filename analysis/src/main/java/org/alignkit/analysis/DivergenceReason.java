package org.alignkit.analysis;

import org.apiguardian.api.API;

/** Why an indicator is an area of high divergence; see {@link DivergenceCriteria}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DivergenceReason {
  /** The range of the groups' levels reaches {@link DivergenceCriteria#minimumRange()}. */
  RANGE,
  /**
   * A group's level is at least {@link DivergenceCriteria#minimumDistanceFromOthers()} from the
   * median of the other groups' levels.
   */
  APART_FROM_OTHERS
}
