package org.alignkit.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * {@link IntervalMethod#PAIR_BOOTSTRAP}: the bootstrap of Hayes and Krippendorff (2007) as their
 * KALPHA macro does it, resampling pairs of values from the observed coincidences. Package-private.
 *
 * <p>The coincidence matrix o<sub>ck</sub> (each ordered pair of values from two coders of a unit
 * with m<sub>u</sub> values counts 1/(m<sub>u</sub> − 1)) is cut into cells c ≤ k with
 * probabilities o<sub>cc</sub>/n and 2o<sub>ck</sub>/n; a resample draws M = Σ m<sub>u</sub>
 * (m<sub>u</sub> − 1)/2 cells (the data's pairable pairs) and gives α* = 1 − (Σ δ²/M)/D<sub>e</sub>,
 * D<sub>e</sub> and the δ² those of the data. As in KALPHA, α* below −1 counts as −1, and a
 * resample whose pairs all fell on one diagonal cell (one value, no variation: alpha 0/0) counts as
 * 0. KALPHA reaches the latter by replacing the expected number of such resamples among those with
 * α* = 1; here each such resample is recognised directly. KALPHA 3 (2011) also caps M at 25 times
 * the number of non-zero coincidence cells, to save time; AlignKit draws every pair.
 */
final class PairBootstrap {
  private PairBootstrap() {}

  static AlphaInterval estimate(
      AlphaResult estimate, PairableUnits units, Metric metric, IntervalSpec spec) {
    Cells cells = new Cells(units, metric);
    int resamples = spec.resamples();
    long seed = spec.seed();
    long draws = units.pairs;
    double[] alphas = new double[resamples];
    Resampling.inBlocks(resamples, spec.parallel(), (from, to) -> {
      for (int r = from; r < to; r++) {
        alphas[r] = cells.resample(Resampling.stream(seed, r), draws);
      }
    });
    return Resampling.percentile(estimate, spec, alphas, seed);
  }

  /** The cells of the coincidence matrix to draw from, with their δ² and D<sub>e</sub>. */
  static final class Cells {
    /**
     * Walker's alias table of the cells' probabilities (Vose's construction): column {@code j}
     * keeps cell {@code j} with probability {@code keep[j]} and gives {@code alias[j]} otherwise, so
     * a draw costs one random number and one comparison, whatever the number of cells. {@code
     * threshold[j]} is {@code keep[j]} in units of 2<sup>−32</sup>, compared with 32 random bits.
     */
    final double[] keep;

    final long[] threshold;

    final int[] alias;

    final double[] delta2;
    final boolean[] diagonal;
    final double expected;

    Cells(PairableUnits units, Metric metric) {
      double[] values = Arrays.stream(units.values).distinct().sorted().toArray();
      int v = values.length;
      long[] counts = new long[v];
      double[][] o = new double[v][v];
      int[] ids = new int[units.widest];
      for (int i = 0; i < units.count; i++) {
        int m = units.size(i);
        for (int j = 0; j < m; j++) {
          ids[j] = Arrays.binarySearch(values, units.values[units.start[i] + j]);
          counts[ids[j]]++;
        }
        double w = 1.0 / (m - 1);
        for (int a = 0; a < m; a++) {
          for (int b = a + 1; b < m; b++) {
            o[ids[a]][ids[b]] += w;
            o[ids[b]][ids[a]] += w;
          }
        }
      }
      long n = 0;
      for (long c : counts) {
        n += c;
      }
      double[] x = KrippendorffAlpha.coordinates(metric, values, counts);
      expected = KrippendorffAlpha.expectedDisagreement(metric, values, counts, x, n);
      int k = v * (v + 1) / 2;
      double[] probability = new double[k];
      delta2 = new double[k];
      diagonal = new boolean[k];
      int cell = 0;
      for (int a = 0; a < v; a++) {
        for (int b = a; b < v; b++, cell++) {
          probability[cell] = (a == b ? o[a][a] : 2 * o[a][b]) / n;
          diagonal[cell] = a == b;
          delta2[cell] = a == b ? 0 : delta2(metric, values, x, a, b);
        }
      }
      keep = new double[k];
      alias = new int[k];
      aliasTable(probability, keep, alias);
      threshold = new long[k];
      for (int j = 0; j < k; j++) {
        threshold[j] = Math.round(keep[j] * 0x1p32);
      }
    }

    /** Vose's construction of Walker's alias table for probabilities summing to 1. */
    private static void aliasTable(double[] probability, double[] keep, int[] alias) {
      int k = probability.length;
      double[] scaled = new double[k];
      int[] small = new int[k];
      int[] large = new int[k];
      int smalls = 0;
      int larges = 0;
      for (int j = 0; j < k; j++) {
        scaled[j] = probability[j] * k;
        alias[j] = j;
        if (scaled[j] < 1) {
          small[smalls++] = j;
        } else {
          large[larges++] = j;
        }
      }
      while (smalls > 0 && larges > 0) {
        int s = small[--smalls];
        int l = large[--larges];
        keep[s] = scaled[s];
        alias[s] = l;
        scaled[l] = scaled[l] + scaled[s] - 1;
        if (scaled[l] < 1) {
          small[smalls++] = l;
        } else {
          large[larges++] = l;
        }
      }
      // What is left is 1 up to rounding: always kept.
      while (larges > 0) {
        keep[large[--larges]] = 1;
      }
      while (smalls > 0) {
        keep[small[--smalls]] = 1;
      }
    }

    private static double delta2(Metric metric, double[] values, double[] x, int a, int b) {
      switch (metric) {
        case NOMINAL:
          return 1.0;
        case RATIO:
          return KrippendorffAlpha.ratio(values[a], values[b]);
        default:
          double d = x[a] - x[b];
          return d * d;
      }
    }

    /** One resample's α* from {@code draws} pairs. */
    double resample(SplittableRandom random, long draws) {
      int k = keep.length;
      double sum = 0;
      int first = -1;
      boolean oneCell = true;
      for (long i = 0; i < draws; i++) {
        // One 64-bit number: its high half picks a column, its low half tosses the coin. The coin
        // keeps the column when its 32 bits fall below the threshold: the sign of their
        // difference, taken without a branch (a draw's outcome cannot be predicted).
        long bits = random.nextLong();
        int column = (int) (((bits >>> 32) * k) >>> 32);
        int kept = (int) (((bits & 0xFFFFFFFFL) - threshold[column]) >>> 63);
        int other = alias[column];
        int cell = other + kept * (column - other);
        sum += delta2[cell];
        if (first < 0) {
          first = cell;
        }
        oneCell &= cell == first;
      }
      if (oneCell && diagonal[first]) {
        return 0.0; // every pair shows the same value: no variation, alpha 0/0, counted as 0
      }
      return Math.max(-1.0, 1.0 - (sum / draws) / expected);
    }
  }
}
