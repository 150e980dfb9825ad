package org.alignkit.metrics;

/**
 * The pairable units of reliability data (those with two or more values), each as the list of its
 * values: what the unit bootstrap resamples and the jackknife leaves out. Which coder gave a value
 * does not matter to alpha, only which values share a unit, so a unit is kept as its values alone.
 *
 * <p>For data with a {@link LevelTally} (integer levels on a small span) the values are also kept
 * as the tally's offsets, so that a unit can be added to or subtracted from a tally directly.
 * Package-private; immutable once made.
 */
final class PairableUnits {
  /** The number of pairable units, N. */
  final int count;

  /** The data's row of each pairable unit. */
  final int[] rows;

  /** The values of unit {@code i}: {@code values[start[i] .. start[i + 1])}. */
  final double[] values;

  final int[] start;

  /** The most values any unit has. */
  final int widest;

  /** The data's tally, or null when the data have none. */
  final LevelTally tally;

  /** The values as offsets in {@link #tally} ({@code value − min}); null without a tally. */
  final int[] offsets;

  /** Σ m<sub>u</sub>(m<sub>u</sub> − 1)/2: the pairs of values within units. */
  final long pairs;

  private PairableUnits(ReliabilityData data) {
    int units = data.unitCount();
    int coders = data.coderCount();
    double[] cells = data.cells();
    int offset = data.offset();
    int pairable = 0;
    int total = 0;
    for (int u = 0, base = offset; u < units; u++, base += coders) {
      int m = present(cells, base, coders);
      if (m >= 2) {
        pairable++;
        total += m;
      }
    }
    count = pairable;
    rows = new int[pairable];
    values = new double[total];
    start = new int[pairable + 1];
    tally = data.tally();
    offsets = tally == null ? null : new int[total];
    int i = 0;
    int v = 0;
    int most = 0;
    long pairCount = 0;
    for (int u = 0, base = offset; u < units; u++, base += coders) {
      int m = present(cells, base, coders);
      if (m < 2) {
        continue;
      }
      rows[i] = u;
      start[i] = v;
      for (int c = 0; c < coders; c++) {
        double x = cells[base + c];
        if (!Double.isNaN(x)) {
          values[v] = x;
          if (offsets != null) {
            offsets[v] = (int) ((long) x - tally.min);
          }
          v++;
        }
      }
      most = Math.max(most, m);
      pairCount += (long) m * (m - 1) / 2;
      i++;
    }
    start[pairable] = v;
    widest = most;
    pairs = pairCount;
  }

  static PairableUnits of(ReliabilityData data) {
    return new PairableUnits(data);
  }

  private static int present(double[] cells, int base, int coders) {
    int m = 0;
    for (int c = 0; c < coders; c++) {
      if (!Double.isNaN(cells[base + c])) {
        m++;
      }
    }
    return m;
  }

  /** The number of values of unit {@code i}. */
  int size(int i) {
    return start[i + 1] - start[i];
  }

  /**
   * Data made of the units {@code chosen[0..k)} (indices of pairable units, repeats allowed), one
   * row each, their values in the first columns and NaN after: the same alpha as those units of
   * the original data.
   */
  ReliabilityData dataOf(int[] chosen, int k) {
    int width = Math.max(2, widest);
    double[] cells = new double[k * width];
    java.util.Arrays.fill(cells, Double.NaN);
    for (int j = 0; j < k; j++) {
      int i = chosen[j];
      System.arraycopy(values, start[i], cells, j * width, size(i));
    }
    return ReliabilityData.ofRowMajor(k, width, cells);
  }
}
