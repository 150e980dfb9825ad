package org.alignkit.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * How far apart the ratings of one unit are (range, population standard deviation, mean absolute
 * pairwise difference), and how far apart coders are across units ({@link
 * #distanceMatrix(ReliabilityData)}).
 *
 * <p>The {@code double[]} forms skip {@link Double#NaN} entries as missing ratings; the {@code
 * int[]} forms take levels with no missing entries (leave them out before calling). Every measure
 * is exactly 0 when all ratings are equal. A measure that needs more ratings than are given
 * returns {@link Double#NaN}: range and standard deviation need one rating, the mean absolute
 * pairwise difference needs two.
 *
 * <p>Stateless and thread-safe; the arguments are never modified.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Divergences {
  private Divergences() {}

  /**
   * The range of the ratings, max − min, ignoring NaN; NaN if there is no rating.
   *
   * @throws IllegalArgumentException if a rating is infinite
   */
  public static double range(double... ratings) {
    double[] values = present(ratings);
    if (values.length == 0) {
      return Double.NaN;
    }
    double min = values[0];
    double max = values[0];
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return max - min;
  }

  /** The range of the levels, max − min (exact); NaN if there is no level. */
  public static double range(int... levels) {
    requireNonNull(levels, "levels");
    if (levels.length == 0) {
      return Double.NaN;
    }
    int min = levels[0];
    int max = levels[0];
    for (int v : levels) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return (double) ((long) max - min);
  }

  /**
   * The population standard deviation of the ratings, √(Σ(x − x̄)²/n), ignoring NaN; NaN if there
   * is no rating.
   *
   * <p>Population, not sample (n − 1): the groups that rated are the whole population of interest,
   * not a sample from one, and one rating has deviation 0 rather than undefined. Exactly 0 when all
   * ratings are equal.
   *
   * @throws IllegalArgumentException if a rating is infinite
   */
  public static double populationStandardDeviation(double... ratings) {
    double[] values = present(ratings);
    if (values.length == 0) {
      return Double.NaN;
    }
    if (allEqual(values)) {
      return 0.0;
    }
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double squares = 0;
    for (double v : values) {
      double d = v - mean;
      squares += d * d;
    }
    return Math.sqrt(squares / values.length);
  }

  /**
   * The population standard deviation of the levels (see {@link
   * #populationStandardDeviation(double...)}), from exact integer sums: √(nΣx² − (Σx)²)/n; NaN if
   * there is no level.
   */
  public static double populationStandardDeviation(int... levels) {
    requireNonNull(levels, "levels");
    if (levels.length == 0) {
      return Double.NaN;
    }
    long n = levels.length;
    long sum = 0;
    long squares = 0;
    for (int v : levels) {
      sum += v;
      squares += (long) v * v;
    }
    try {
      long numerator =
          Math.subtractExact(Math.multiplyExact(n, squares), Math.multiplyExact(sum, sum));
      return Math.sqrt((double) numerator) / n;
    } catch (ArithmeticException overflow) {
      return populationStandardDeviation(Arrays.stream(levels).asDoubleStream().toArray());
    }
  }

  /**
   * The mean absolute difference over all unordered pairs of ratings, Σ<sub>i&lt;j</sub>|x<sub>i</sub>
   * − x<sub>j</sub>| / (n(n − 1)/2), ignoring NaN; NaN with fewer than two ratings.
   *
   * @throws IllegalArgumentException if a rating is infinite
   */
  public static double meanAbsolutePairwiseDifference(double... ratings) {
    double[] values = present(ratings);
    int n = values.length;
    if (n < 2) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sum += Math.abs(values[i] - values[j]);
      }
    }
    return sum / ((double) n * (n - 1) / 2.0);
  }

  /**
   * The mean absolute pairwise difference of the levels (see {@link
   * #meanAbsolutePairwiseDifference(double...)}), from an exact integer sum over the sorted levels;
   * NaN with fewer than two levels.
   */
  public static double meanAbsolutePairwiseDifference(int... levels) {
    requireNonNull(levels, "levels");
    int n = levels.length;
    if (n < 2) {
      return Double.NaN;
    }
    int[] sorted = levels.clone();
    Arrays.sort(sorted);
    // Σ_{i<j} (x_j − x_i) = Σ_i x_i (2i − n + 1) over the sorted levels.
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += (long) sorted[i] * (2L * i - n + 1);
    }
    return sum / ((double) n * (n - 1) / 2.0);
  }

  /**
   * The coders × coders matrix of mean absolute differences over the units both coders rated.
   *
   * @param data units × coders, missing values allowed
   * @return distances; NaN for two coders who share no unit; 0 on the diagonal
   */
  public static DistanceMatrix distanceMatrix(ReliabilityData data) {
    requireNonNull(data, "data");
    int coders = data.coderCount();
    int units = data.unitCount();
    double[] cells = data.cells();
    int offset = data.offset();
    double[] distances = new double[coders * coders];
    int[] shared = new int[coders * coders];
    for (int a = 0; a < coders; a++) {
      int own = 0;
      for (int u = 0; u < units; u++) {
        if (!Double.isNaN(cells[offset + u * coders + a])) {
          own++;
        }
      }
      shared[a * coders + a] = own;
      for (int b = a + 1; b < coders; b++) {
        double sum = 0;
        int count = 0;
        for (int u = 0, base = offset; u < units; u++, base += coders) {
          double x = cells[base + a];
          double y = cells[base + b];
          if (!Double.isNaN(x) && !Double.isNaN(y)) {
            sum += Math.abs(x - y);
            count++;
          }
        }
        double d = count == 0 ? Double.NaN : sum / count;
        distances[a * coders + b] = d;
        distances[b * coders + a] = d;
        shared[a * coders + b] = count;
        shared[b * coders + a] = count;
      }
    }
    return new DistanceMatrix(coders, distances, shared, data.coderNames().orElse(null));
  }

  private static double[] present(double[] ratings) {
    requireNonNull(ratings, "ratings");
    int n = 0;
    for (double v : ratings) {
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException("rating " + v + " is not finite (use NaN for missing)");
      }
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    double[] values = new double[n];
    int i = 0;
    for (double v : ratings) {
      if (!Double.isNaN(v)) {
        values[i++] = v;
      }
    }
    return values;
  }

  private static boolean allEqual(double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }
}
