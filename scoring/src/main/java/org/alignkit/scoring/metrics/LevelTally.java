package org.alignkit.scoring.metrics;

/**
 * One pass over integer reliability data on a small span of values (levels on a scale), kept in
 * exact longs: everything Krippendorff's alpha and the distance matrix need, so that each metric
 * and the distances are read off the tally instead of the cells.
 *
 * <ul>
 *   <li>for alpha: the pairable units and values, how often each value occurs among the pairable
 *       values ({@code n_c}), and, for each number of values in a unit {@code m}, how many pairs of
 *       coders within such units gave each pair of different values {@code c < k} (the coincidence
 *       matrix before its weights {@code 1/(m − 1)});
 *   <li>for the distances: for each pair of coders, the sum of their absolute differences and the
 *       number of units both rated, and for each coder the units it rated.
 * </ul>
 *
 * <p>Every count is additive over disjoint sets of units: the tally of a framework is the sum of
 * its domains' tallies ({@link #sum}), exactly. Package-private; immutable once built.
 */
final class LevelTally {
  /** Tallies with more pair cells than this are not made (the cells are read instead). */
  static final long MAX_PAIR_CELLS = 4096;

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
  final long[] pairs;

  /**
   * Sum of |x − y| over the units both coders rated, {@code [a × coders + b]}, a &lt; b; null for a
   * tally made for alpha alone.
   */
  final long[] absoluteDifferences;
  /**
   * Units both coders rated, {@code [a × coders + b]} for a &lt; b; the units coder a rated at
   * {@code [a × coders + a]}; null for a tally made for alpha alone.
   */
  final int[] shared;

  private final int pairsPerM;

  /** {@link #pairIndex(int, int)} of {@code (min(a, b), max(a, b))} at {@code [a × span + b]}; null for large spans. */
  private final int[] pairIndex;

  /** Spans up to this share one table of pair indices each. */
  private static final int TABLED_SPAN = 16;

  private static final int[][] PAIR_INDEX = new int[TABLED_SPAN + 1][];

  static {
    for (int span = 1; span <= TABLED_SPAN; span++) {
      int[] t = new int[span * span];
      for (int a = 0; a < span; a++) {
        for (int b = a + 1; b < span; b++) {
          int i = a * span - a * (a + 1) / 2 + (b - a - 1);
          t[a * span + b] = i;
          t[b * span + a] = i;
        }
      }
      PAIR_INDEX[span] = t;
    }
  }

  LevelTally(int coders, long min, int span, boolean distances) {
    this.coders = coders;
    this.min = min;
    this.span = span;
    this.pairsPerM = span * (span - 1) / 2;
    this.pairIndex = span <= TABLED_SPAN ? PAIR_INDEX[span] : null;
    this.counts = new long[span];
    this.pairs = new long[Math.max(0, coders - 1) * pairsPerM];
    this.absoluteDifferences = distances ? new long[coders * coders] : null;
    this.shared = distances ? new int[coders * coders] : null;
  }

  /** Whether the tally holds the sums of the distance matrix too. */
  boolean hasDistances() {
    return shared != null;
  }

  /** Whether a tally of this shape is small enough to make. */
  static boolean fits(int coders, long span) {
    return span >= 1 && span <= 1 << 12 && coders >= 1 && coders <= 1 << 12
        && (long) Math.max(0, coders - 1) * (span * (span - 1) / 2) <= MAX_PAIR_CELLS;
  }

  /** The index of the value pair {@code a < b} (offsets) within one m's block. */
  int pairIndex(int a, int b) {
    // rows a = 0..span-2, each holding the b > a: row a starts at a*span - a(a+1)/2 (as the table)
    return a * span - a * (a + 1) / 2 + (b - a - 1);
  }

  /** The number of pairs of coders in units of {@code m} values that gave offsets {@code a < b}. */
  long pairs(int m, int a, int b) {
    return pairs[(m - 2) * pairsPerM + pairIndex(a, b)];
  }

  /**
   * Tallies units {@code [from, to)} of integer levels stored row by row ({@code [u × coders + c]}),
   * {@code missing} where a coder gave none; every other level lies in {@code [min, min + span)}.
   * With {@code distances}, the sums of the distance matrix are taken too.
   */
  static LevelTally ofLevels(
      int[] levels, int offset, int units, int coders, int missing, long min, int span, boolean distances) {
    LevelTally t = new LevelTally(coders, min, span, distances);
    int[] who = new int[coders];
    int[] value = new int[coders];
    for (int u = 0, base = offset; u < units; u++, base += coders) {
      int m = 0;
      for (int c = 0; c < coders; c++) {
        int level = levels[base + c];
        if (level != missing) {
          who[m] = c;
          value[m++] = (int) (level - min);
        }
      }
      t.addUnit(who, value, m);
    }
    t.inUnit = null;
    t.seen = null;
    return t;
  }

  /**
   * Tallies the units of double cells that are integers in {@code [min, min + span)} or NaN
   * (missing), {@code [u × coders + c]} from {@code offset}. With {@code distances}, the sums of
   * the distance matrix are taken too.
   */
  static LevelTally ofCells(
      double[] cells, int offset, int units, int coders, long min, int span, boolean distances) {
    LevelTally t = new LevelTally(coders, min, span, distances);
    int[] who = new int[coders];
    int[] value = new int[coders];
    for (int u = 0, base = offset; u < units; u++, base += coders) {
      int m = 0;
      for (int c = 0; c < coders; c++) {
        double v = cells[base + c];
        if (v == v) { // not NaN
          who[m] = c;
          value[m++] = (int) ((long) v - min);
        }
      }
      t.addUnit(who, value, m);
    }
    t.inUnit = null;
    t.seen = null;
    return t;
  }

  /** Per value offset, how often it occurs in the unit being added (alpha alone); zero between units. */
  private int[] inUnit;

  /** The distinct offsets of the unit being added (alpha alone). */
  private int[] seen;

  /** Adds one unit: coders {@code who[0..m)} gave the offsets {@code value[0..m)}. */
  private void addUnit(int[] who, int[] value, int m) {
    if (m == 0) {
      return;
    }
    if (shared == null) {
      addValues(value, m);
      return;
    }
    boolean pairable = m >= 2;
    if (pairable) {
      unitsUsed++;
      n += m;
    }
    int c2 = coders;
    int block = pairable ? (m - 2) * pairsPerM : 0;
    int[] index = pairIndex;
    int s = span;
    // One pass over the pairs of coders in the unit: the distance sums and the value pairs.
    for (int i = 0; i < m; i++) {
      int a = who[i];
      int va = value[i];
      shared[a * c2 + a]++;
      if (pairable) {
        counts[va]++;
      }
      for (int j = i + 1; j < m; j++) {
        int vb = value[j];
        int row = a * c2 + who[j];
        shared[row]++;
        absoluteDifferences[row] += va < vb ? vb - va : va - vb;
        if (va != vb) {
          pairs[block + (index != null ? index[va * s + vb] : pairIndex(Math.min(va, vb), Math.max(va, vb)))]++;
        }
      }
    }
  }

  /**
   * Adds one unit for alpha alone: its values are counted by value, and the pairs of coders with
   * different values are tallied as products of those counts, over the distinct values (levels in
   * a unit mostly agree, so there are few).
   */
  private void addValues(int[] value, int m) {
    if (m < 2) {
      return;
    }
    unitsUsed++;
    n += m;
    int[] counted = inUnit;
    int[] distinct = seen;
    if (counted == null) {
      counted = inUnit = new int[span];
      distinct = seen = new int[coders];
    }
    int d = 0;
    for (int i = 0; i < m; i++) {
      int v = value[i];
      if (counted[v]++ == 0) {
        distinct[d++] = v;
      }
    }
    int block = (m - 2) * pairsPerM;
    for (int i = 0; i < d; i++) {
      int a = distinct[i];
      long ha = counted[a];
      counts[a] += ha;
      for (int j = i + 1; j < d; j++) {
        int b = distinct[j];
        int index = pairIndex != null ? pairIndex[a * span + b] : pairIndex(Math.min(a, b), Math.max(a, b));
        pairs[block + index] += ha * counted[b];
      }
    }
    for (int i = 0; i < d; i++) {
      counted[distinct[i]] = 0;
    }
  }

  /** The tally of the union of disjoint sets of units, each tallied with the same shape. */
  static LevelTally sum(LevelTally[] parts, int coders, long min, int span) {
    LevelTally t = new LevelTally(coders, min, span, true);
    for (LevelTally p : parts) {
      if (p.coders != coders || p.min != min || p.span != span || !p.hasDistances()) {
        throw new IllegalArgumentException("tallies of different shapes cannot be added");
      }
      t.unitsUsed += p.unitsUsed;
      t.n += p.n;
      add(t.counts, p.counts);
      add(t.pairs, p.pairs);
      add(t.absoluteDifferences, p.absoluteDifferences);
      for (int i = 0; i < t.shared.length; i++) {
        t.shared[i] += p.shared[i];
      }
    }
    return t;
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  /** The distance matrix: mean absolute differences over the units both coders rated. */
  DistanceMatrix distances(java.util.List<String> coderNames) {
    int c2 = coders;
    double[] distances = new double[c2 * c2];
    int[] both = new int[c2 * c2];
    for (int a = 0; a < c2; a++) {
      both[a * c2 + a] = shared[a * c2 + a];
      for (int b = a + 1; b < c2; b++) {
        int count = shared[a * c2 + b];
        // A sum of integers is exact in a double below 2^53, as the cell-by-cell sum is.
        double d = count == 0 ? Double.NaN : (double) absoluteDifferences[a * c2 + b] / count;
        distances[a * c2 + b] = d;
        distances[b * c2 + a] = d;
        both[a * c2 + b] = count;
        both[b * c2 + a] = count;
      }
    }
    return new DistanceMatrix(c2, distances, both, coderNames);
  }
}
