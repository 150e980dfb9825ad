package org.alignkit.analysis.progress;

import org.apiguardian.api.API;

/** Where a value stands against a reference, within a tolerance. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Par {
  /** Above the reference by more than the tolerance. */
  ABOVE,
  /** Within the tolerance of the reference (both ways, boundaries included). */
  AT,
  /** Below the reference by more than the tolerance. */
  BELOW,
  /** No value, or no reference, to compare. */
  NOT_AVAILABLE
}
