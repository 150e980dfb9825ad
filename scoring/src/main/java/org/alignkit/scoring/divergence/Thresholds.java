package org.alignkit.scoring.divergence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The {@link DivergenceCriteria} as exact integer tests on sorted levels: the one place that decides
 * whether an indicator is an area of high divergence, for a round and after a consensus.
 */
final class Thresholds {
  static final int RANGE = 1;
  static final int APART = 2;

  private final int minimumRatedGroups;
  /** Twice the criteria's thresholds, rounded up: exact bounds for doubled integer distances. */
  private final long twiceMinimumRange;

  private final long twiceMinimumDistance;

  Thresholds(DivergenceCriteria criteria) {
    this.minimumRatedGroups = criteria.minimumRatedGroups();
    this.twiceMinimumRange = twiceRoundedUp(criteria.minimumRange());
    this.twiceMinimumDistance = twiceRoundedUp(criteria.minimumDistanceFromOthers());
  }

  /** ⌈2t⌉, capped: an integer d satisfies d ≥ 2t exactly when d ≥ ⌈2t⌉. */
  private static long twiceRoundedUp(BigDecimal threshold) {
    BigDecimal twice = threshold.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.CEILING);
    return twice.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0
        ? Long.MAX_VALUE
        : twice.longValueExact();
  }

  /**
   * The reasons ({@link #RANGE}, {@link #APART}) that hold for the first {@code n} levels, sorted
   * ascending; writes the levels at least the criteria's distance from the median of the others to
   * {@code apartLevels} and returns their count in the bits above the two reason bits.
   */
  int test(int[] sorted, int n, int[] apartLevels) {
    if (n < minimumRatedGroups || n < 2) {
      return 0;
    }
    int bits = 0;
    if (2L * (sorted[n - 1] - sorted[0]) >= twiceMinimumRange) {
      bits |= RANGE;
    }
    // A group apart from the others: each distinct level against the median of the rest.
    int apart = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        continue;
      }
      int others2 = Spreads.twiceMedianWithout(sorted, n, i);
      if (Math.abs(2 * sorted[i] - others2) >= twiceMinimumDistance) {
        apartLevels[apart++] = sorted[i];
      }
    }
    if (apart > 0) {
      bits |= APART;
    }
    return bits | apart << 2;
  }
}
