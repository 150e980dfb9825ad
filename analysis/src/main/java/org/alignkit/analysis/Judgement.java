package org.alignkit.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link DivergenceCriteria} applied to the levels of one indicator: the one place that decides
 * whether an indicator is an area of high divergence, for a round and after a consensus. Every
 * comparison is exact (levels, medians and thresholds as {@link BigDecimal}s).
 */
final class Judgement {
  private final int minimumRatedGroups;
  private final BigDecimal minimumRange;
  /**
   * Twice the criteria's distance from the others' median: the median of integer levels is a
   * whole or a half level, so comparing doubled distances stays exact and in integers.
   */
  private final BigDecimal twiceMinimumDistance;

  Judgement(DivergenceCriteria criteria) {
    this.minimumRatedGroups = criteria.minimumRatedGroups();
    this.minimumRange = criteria.minimumRange();
    this.twiceMinimumDistance =
        criteria.minimumDistanceFromOthers().multiply(BigDecimal.valueOf(2));
  }

  /** Whether enough groups gave a level for the indicator to be judged. */
  private boolean judged(int count) {
    return count >= 2 && count >= minimumRatedGroups;
  }

  /** Why the levels make an area of high divergence; empty when they do not. */
  Set<DivergenceReason> reasons(List<Integer> levels) {
    Set<DivergenceReason> reasons = EnumSet.noneOf(DivergenceReason.class);
    int[] sorted = sorted(levels);
    if (!judged(sorted.length)) {
      return reasons;
    }
    long range = (long) sorted[sorted.length - 1] - sorted[0];
    if (BigDecimal.valueOf(range).compareTo(minimumRange) >= 0) {
      reasons.add(DivergenceReason.RANGE);
    }
    if (!levelsApartFromOthers(sorted).isEmpty()) {
      reasons.add(DivergenceReason.APART_FROM_OTHERS);
    }
    return reasons;
  }

  /**
   * The distinct levels that lie at least {@link DivergenceCriteria#minimumDistanceFromOthers()}
   * from the median of the other groups' levels, ascending; empty when the levels are not judged.
   */
  List<Integer> levelsApartFromOthers(List<Integer> levels) {
    return levelsApartFromOthers(sorted(levels));
  }

  private List<Integer> levelsApartFromOthers(int[] sorted) {
    List<Integer> apart = new ArrayList<>();
    if (!judged(sorted.length)) {
      return apart;
    }
    for (int i = 0; i < sorted.length; i++) {
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        continue; // the same level is apart or not whichever group gave it
      }
      long twiceDistance = Math.abs(2L * sorted[i] - twiceMedianWithout(sorted, i));
      if (BigDecimal.valueOf(twiceDistance).compareTo(twiceMinimumDistance) >= 0) {
        apart.add(sorted[i]);
      }
    }
    return apart;
  }

  /** Twice the median of the sorted levels with the one at {@code skip} left out. */
  private static long twiceMedianWithout(int[] sorted, int skip) {
    int n = sorted.length - 1; // the others
    int upper = n / 2; // the middle one (odd n) or the upper middle one (even n), among the others
    int lower = n % 2 == 1 ? upper : upper - 1;
    // index among the others → index in sorted: those at or after skip move up by one
    long a = sorted[upper >= skip ? upper + 1 : upper];
    long b = sorted[lower >= skip ? lower + 1 : lower];
    return a + b;
  }

  /**
   * The values furthest from the median of a spread: the minimum, the maximum or both when they are
   * equally far; none when all values are equal.
   */
  static List<BigDecimal> furthestFromMedian(Spread spread) {
    if (spread.isUnanimous()) {
      return List.of();
    }
    int c = spread
        .median()
        .subtract(spread.minimum())
        .compareTo(spread.maximum().subtract(spread.median()));
    List<BigDecimal> furthest = new ArrayList<>(2);
    if (c >= 0) {
      furthest.add(spread.minimum());
    }
    if (c <= 0) {
      furthest.add(spread.maximum());
    }
    return furthest;
  }

  private static int[] sorted(List<Integer> levels) {
    int[] sorted = new int[levels.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = levels.get(i);
    }
    Arrays.sort(sorted);
    return sorted;
  }
}
