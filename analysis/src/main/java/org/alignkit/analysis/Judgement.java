package org.alignkit.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link DivergenceCriteria} applied to the levels of one indicator: the one place that decides
 * whether an indicator is an area of high divergence, for a round and after a consensus. Every
 * comparison is exact (levels, medians and thresholds as {@link BigDecimal}s).
 */
final class Judgement {
  private final DivergenceCriteria criteria;

  Judgement(DivergenceCriteria criteria) {
    this.criteria = criteria;
  }

  /** Whether enough groups gave a level for the indicator to be judged. */
  private boolean judged(List<Integer> levels) {
    return levels.size() >= 2 && levels.size() >= criteria.minimumRatedGroups();
  }

  /** Why the levels make an area of high divergence; empty when they do not. */
  Set<DivergenceReason> reasons(List<Integer> levels) {
    Set<DivergenceReason> reasons = EnumSet.noneOf(DivergenceReason.class);
    if (!judged(levels)) {
      return reasons;
    }
    int lowest = levels.stream().mapToInt(Integer::intValue).min().getAsInt();
    int highest = levels.stream().mapToInt(Integer::intValue).max().getAsInt();
    if (BigDecimal.valueOf((long) highest - lowest).compareTo(criteria.minimumRange()) >= 0) {
      reasons.add(DivergenceReason.RANGE);
    }
    if (!levelsApartFromOthers(levels).isEmpty()) {
      reasons.add(DivergenceReason.APART_FROM_OTHERS);
    }
    return reasons;
  }

  /**
   * The distinct levels that lie at least {@link DivergenceCriteria#minimumDistanceFromOthers()}
   * from the median of the other groups' levels, ascending; empty when the levels are not judged.
   */
  List<BigDecimal> levelsApartFromOthers(List<Integer> levels) {
    List<BigDecimal> apart = new ArrayList<>();
    if (!judged(levels)) {
      return apart;
    }
    List<BigDecimal> sorted = sortedDecimals(levels);
    for (int i = 0; i < sorted.size(); i++) {
      BigDecimal level = sorted.get(i);
      if (i > 0 && level.compareTo(sorted.get(i - 1)) == 0) {
        continue; // the same level is apart or not whichever group gave it
      }
      List<BigDecimal> others = new ArrayList<>(sorted);
      others.remove(i);
      BigDecimal distance = level.subtract(Spread.medianOfSorted(others)).abs();
      if (distance.compareTo(criteria.minimumDistanceFromOthers()) >= 0) {
        apart.add(level);
      }
    }
    return apart;
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
    List<BigDecimal> furthest = new ArrayList<>();
    if (c >= 0) {
      furthest.add(spread.minimum());
    }
    if (c <= 0) {
      furthest.add(spread.maximum());
    }
    return furthest;
  }

  private static List<BigDecimal> sortedDecimals(List<Integer> levels) {
    List<BigDecimal> sorted = new ArrayList<>();
    levels.stream().sorted().forEach(l -> sorted.add(BigDecimal.valueOf(l)));
    return sorted;
  }
}
