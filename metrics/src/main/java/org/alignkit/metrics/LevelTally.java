package org.alignkit.metrics;

/**
 * One pass over integer reliability data on a small span of values (levels on a scale), kept in
 * exact longs: everything Krippendorff's alpha needs, so that each metric is read off the tally
 * instead of the cells.
 *
 * <ul>
 *   <li>the pairable units and values;
 *   <li>how often each value occurs among the pairable values ({@code n_c});
 *   <li>for each number of values in a unit {@code m}, how many pairs of coders within such units
 *       gave each pair of different values {@code c < k}: the coincidence matrix before its weights
 *       {@code 1/(m − 1)}.
 * </ul>
 *
 * <p>A unit is added by counting its values by value; the pairs of coders with different values are
 * then the products of those counts, over the distinct values of the unit (levels in a unit mostly
 * agree, so there are few). 10 000 units × 5 coders take one pass. Package-private. The tally that
 * {@link ReliabilityData} keeps is never changed once built; the interval estimators work on
 * private copies ({@link #copy()}, {@link #empty()}) and add or subtract one unit at a time: the
 * jackknife leaves a unit out by subtracting its tally, and adds it back.
 */
final class LevelTally {
  /** Tallies with more pair cells than this are not made (the cells are read instead). */
  static final long MAX_PAIR_CELLS = 4096;

  /** The number of coders: units hold at most this many values. */
  final int coders;

  /** The value at offset 0. */
  final long min;

  final int span;
  int unitsUsed;
  long n;
  /** Pairable values by offset {@code value − min}. */
  final long[] counts;
  /**
   * Pairs of coders with different values {@code a < b} (offsets) within units of {@code m}
   * values: {@code [(m − 2) × P + pairIndex(a, b)]}, P = span(span − 1)/2.
   */
  private final long[] pairs;

  private final int pairsPerUnitSize;

  /** While adding: how often each value offset occurs in the unit being added; zero between units. */
  private final int[] countInUnit;

  /** While adding: the distinct offsets of the unit being added. */
  private final int[] distinctInUnit;

  private LevelTally(int coders, long min, int span) {
    this.coders = coders;
    this.min = min;
    this.span = span;
    this.pairsPerUnitSize = span * (span - 1) / 2;
    this.counts = new long[span];
    this.pairs = new long[Math.max(0, coders - 1) * pairsPerUnitSize];
    this.countInUnit = new int[span];
    this.distinctInUnit = new int[Math.max(1, coders)];
  }

  /** Whether a tally of this shape is small enough to make. */
  static boolean fits(int coders, long span) {
    return span >= 1
        && span <= 1 << 12
        && coders >= 1
        && coders <= 1 << 12
        && (long) Math.max(0, coders - 1) * (span * (span - 1) / 2) <= MAX_PAIR_CELLS;
  }

  /** The index of the value pair {@code a < b} (offsets) within one unit size's block. */
  private int pairIndex(int a, int b) {
    // row a holds the b > a and starts at a·span − a(a + 1)/2
    return a * span - a * (a + 1) / 2 + (b - a - 1);
  }

  /** The number of pairs of coders in units of {@code m} values that gave offsets {@code a < b}. */
  long pairs(int m, int a, int b) {
    return pairs[(m - 2) * pairsPerUnitSize + pairIndex(a, b)];
  }

  /**
   * Tallies units {@code [0, units)} of integer levels stored row by row from {@code offset} ({@code
   * [offset + u × coders + c]}), {@code missing} where a coder gave none; every other level lies in
   * {@code [min, min + span)}.
   */
  static LevelTally ofLevels(
      int[] levels, int offset, int units, int coders, int missing, long min, int span) {
    LevelTally tally = new LevelTally(coders, min, span);
    int[] unitValues = new int[coders];
    for (int u = 0, base = offset; u < units; u++, base += coders) {
      int m = 0;
      for (int c = 0; c < coders; c++) {
        int level = levels[base + c];
        if (level != missing) {
          unitValues[m++] = (int) (level - min);
        }
      }
      tally.addUnit(unitValues, m);
    }
    return tally;
  }

  /**
   * Tallies the units of double cells that are integers in {@code [min, min + span)} or NaN
   * (missing), {@code [offset + u × coders + c]}.
   */
  static LevelTally ofCells(double[] cells, int offset, int units, int coders, long min, int span) {
    LevelTally tally = new LevelTally(coders, min, span);
    int[] unitValues = new int[coders];
    for (int u = 0, base = offset; u < units; u++, base += coders) {
      int m = 0;
      for (int c = 0; c < coders; c++) {
        double v = cells[base + c];
        if (!Double.isNaN(v)) {
          unitValues[m++] = (int) ((long) v - min);
        }
      }
      tally.addUnit(unitValues, m);
    }
    return tally;
  }

  /** Adds one unit whose coders gave the offsets {@code values[0..m)}. */
  private void addUnit(int[] values, int m) {
    add(values, 0, m, 1);
  }

  /** An empty tally of the same shape (coders, values), to add units to. */
  LevelTally empty() {
    return new LevelTally(coders, min, span);
  }

  /** A copy, to add units to or subtract them from without changing this tally. */
  LevelTally copy() {
    LevelTally c = new LevelTally(coders, min, span);
    c.unitsUsed = unitsUsed;
    c.n = n;
    System.arraycopy(counts, 0, c.counts, 0, counts.length);
    System.arraycopy(pairs, 0, c.pairs, 0, pairs.length);
    return c;
  }

  /** Removes every unit: an empty tally again. */
  void clear() {
    unitsUsed = 0;
    n = 0;
    java.util.Arrays.fill(counts, 0);
    java.util.Arrays.fill(pairs, 0);
  }

  /**
   * Adds ({@code sign} 1) or subtracts ({@code sign} −1) one unit whose coders gave the offsets
   * {@code values[from..from + m)}. Subtracting a unit that was added restores the tally exactly
   * (the counts are longs).
   */
  void add(int[] values, int from, int m, int sign) {
    if (m < 2) {
      return; // a unit with fewer than two values is not pairable
    }
    unitsUsed += sign;
    n += sign * m;
    int distinct = 0;
    for (int i = from; i < from + m; i++) {
      int v = values[i];
      if (countInUnit[v]++ == 0) {
        distinctInUnit[distinct++] = v;
      }
    }
    int block = (m - 2) * pairsPerUnitSize;
    for (int i = 0; i < distinct; i++) {
      int a = distinctInUnit[i];
      long countOfA = countInUnit[a];
      counts[a] += sign * countOfA;
      for (int j = i + 1; j < distinct; j++) {
        int b = distinctInUnit[j];
        pairs[block + pairIndex(Math.min(a, b), Math.max(a, b))] +=
            sign * countOfA * countInUnit[b];
      }
    }
    for (int i = 0; i < distinct; i++) {
      countInUnit[distinctInUnit[i]] = 0;
    }
  }
}
