package org.alignkit.scoring;

import org.apiguardian.api.API;

/** Whether a node got a score, and if not, why. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Outcome {
  /** The node has a score and a level. */
  SCORED,
  /** Every child is not applicable. */
  NOT_APPLICABLE,
  /** No child has a value, and the missing-data rule left the absent ones out. */
  NO_INFORMATION,
  /** Too few children have a value for the missing-data rule: no score, never a number. */
  INSUFFICIENT_COVERAGE
}
