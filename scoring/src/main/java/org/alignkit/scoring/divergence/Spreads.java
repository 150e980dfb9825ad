package org.alignkit.scoring.divergence;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.OptionalDouble;
import org.alignkit.scoring.metrics.Divergences;

/** Computes spreads, medians and outliers, exactly where it matters. Package-private. */
final class Spreads {
  private static final BigDecimal[] SMALL = new BigDecimal[64];
  private static final BigDecimal[] HALVES = new BigDecimal[64];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = BigDecimal.valueOf(i);
      HALVES[i] = BigDecimal.valueOf(i * 5L, 1);
    }
  }

  private Spreads() {}

  /** {@code v} as a BigDecimal, cached for small values. */
  static BigDecimal decimal(int v) {
    return v >= 0 && v < SMALL.length ? SMALL[v] : BigDecimal.valueOf(v);
  }

  /** {@code twice / 2} as an exact BigDecimal (integer or .5). */
  static BigDecimal half(int twice) {
    if ((twice & 1) == 0) {
      return decimal(twice / 2);
    }
    return twice >= 0 && twice < HALVES.length ? HALVES[twice] : BigDecimal.valueOf(twice * 5L, 1);
  }

  /** Twice the median of sorted levels (an integer). */
  static int twiceMedian(int[] sorted, int n) {
    return (n & 1) == 1 ? 2 * sorted[n / 2] : sorted[n / 2 - 1] + sorted[n / 2];
  }

  /** Twice the median of sorted levels with the element at index {@code skip} left out. */
  static int twiceMedianWithout(int[] sorted, int n, int skip) {
    int m = n - 1;
    int a = m / 2;
    int b = (m & 1) == 1 ? a : a - 1;
    int x = sorted[a >= skip ? a + 1 : a];
    int y = sorted[b >= skip ? b + 1 : b];
    return x + y;
  }

  /**
   * The population standard deviation of the first {@code n} sorted levels, from exact integer
   * sums as {@link Divergences#populationStandardDeviation(int...)} computes it.
   */
  static double standardDeviation(int[] sorted, int n) {
    if (sorted[0] == sorted[n - 1]) {
      return 0.0;
    }
    long sum = 0;
    long squares = 0;
    for (int i = 0; i < n; i++) {
      sum += sorted[i];
      squares += (long) sorted[i] * sorted[i];
    }
    try {
      long numerator = Math.subtractExact(Math.multiplyExact((long) n, squares), Math.multiplyExact(sum, sum));
      return Math.sqrt((double) numerator) / n;
    } catch (ArithmeticException overflow) {
      return Divergences.populationStandardDeviation(Arrays.copyOf(sorted, n));
    }
  }

  /**
   * The mean absolute pairwise difference of the first {@code n ≥ 2} sorted levels, from the exact
   * sum Σ x<sub>i</sub>(2i − n + 1), as {@link Divergences#meanAbsolutePairwiseDifference(int...)}
   * computes it.
   */
  static double meanAbsolutePairwiseDifference(int[] sorted, int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += (long) sorted[i] * (2L * i - n + 1);
    }
    return sum / ((double) n * (n - 1) / 2.0);
  }

  /**
   * The population standard deviation of the first {@code n} values, computed as {@link
   * Divergences#populationStandardDeviation(double...)} does (mean, then squared deviations), without
   * copying.
   */
  static double standardDeviation(double[] values, int n) {
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += values[i];
    }
    mean /= n;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double d = values[i] - mean;
      squares += d * d;
    }
    return Math.sqrt(squares / n);
  }

  /**
   * The mean absolute pairwise difference of the first {@code n ≥ 2} values, computed as {@link
   * Divergences#meanAbsolutePairwiseDifference(double...)} does, without copying.
   */
  static double meanAbsolutePairwiseDifference(double[] values, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sum += Math.abs(values[i] - values[j]);
      }
    }
    return sum / ((double) n * (n - 1) / 2.0);
  }

  /** The spread of {@code n} levels, {@code sorted} ascending. */
  static Spread ofSortedLevels(int[] sorted, int n, int span) {
    return Spread.builder()
        .count(n)
        .minimum(decimal(sorted[0]))
        .maximum(decimal(sorted[n - 1]))
        .median(half(twiceMedian(sorted, n)))
        .standardDeviation(standardDeviation(sorted, n))
        .meanAbsolutePairwiseDifference(
            n >= 2
                ? OptionalDouble.of(meanAbsolutePairwiseDifference(sorted, n))
                : OptionalDouble.empty())
        .scaleSpan(span)
        .build();
  }

  /** The median of values sorted ascending, exact. */
  static BigDecimal median(BigDecimal[] sorted, int n) {
    if ((n & 1) == 1) {
      return sorted[n / 2];
    }
    return sorted[n / 2 - 1].add(sorted[n / 2]).divide(SMALL[2]);
  }

  private static final java.math.MathContext FIFTEEN_DIGITS = new java.math.MathContext(15);

  /**
   * A score as a double for the standard deviation and pairwise difference. Scores with more than
   * 15 significant digits (means such as 2.333… to 16 digits) are rounded to 15 first: a double
   * holds no more, and the JDK converts long decimals through their text, which is slow.
   */
  static double toDouble(BigDecimal v) {
    return v.precision() > 15 ? v.round(FIFTEEN_DIGITS).doubleValue() : v.doubleValue();
  }

  /** The spread of {@code n} scores, {@code sorted} ascending (by compareTo). */
  static Spread ofSortedScores(BigDecimal[] sorted, int n, int span) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = toDouble(sorted[i]);
    }
    boolean unanimous = sorted[0].compareTo(sorted[n - 1]) == 0;
    return Spread.builder()
        .count(n)
        .minimum(sorted[0])
        .maximum(sorted[n - 1])
        .median(median(sorted, n))
        .standardDeviation(unanimous ? 0.0 : Divergences.populationStandardDeviation(d))
        .meanAbsolutePairwiseDifference(
            n >= 2
                ? OptionalDouble.of(unanimous ? 0.0 : Divergences.meanAbsolutePairwiseDifference(d))
                : OptionalDouble.empty())
        .scaleSpan(span)
        .build();
  }
}
