package org.alignkit.metrics;

import org.apiguardian.api.API;

/**
 * The level of measurement of the values, which fixes Krippendorff's difference function
 * δ²(c, k) between two values c and k.
 *
 * <p>Reference: Krippendorff, K. (2011). <i>Computing Krippendorff's Alpha-Reliability</i>.
 * University of Pennsylvania, ScholarlyCommons, http://repository.upenn.edu/asc_papers/43.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Metric {
  /** Categories without order: δ² = 0 if c = k, else 1. */
  NOMINAL,

  /**
   * Ranks: δ²(c, k) = (Σ<sub>g=c..k</sub> n<sub>g</sub> − (n<sub>c</sub> + n<sub>k</sub>)/2)², where
   * n<sub>g</sub> is how often value g occurs among the pairable values (the margins of the
   * coincidence matrix). Only the order of the values matters, not their spacing.
   */
  ORDINAL,

  /** Equal-interval scale: δ² = (c − k)². */
  INTERVAL,

  /**
   * Ratio scale with an absolute zero: δ² = ((c − k)/(c + k))², and 0 when c = k (also when both are
   * 0). Values must not be negative.
   */
  RATIO
}
