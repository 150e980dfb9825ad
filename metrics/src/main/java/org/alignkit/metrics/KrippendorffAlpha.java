package org.alignkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Krippendorff's alpha, a chance-corrected agreement coefficient for any number of coders, missing
 * values, and nominal, ordinal, interval or ratio data.
 *
 * <p>α = 1 − D<sub>o</sub>/D<sub>e</sub>, with the observed disagreement D<sub>o</sub> =
 * (1/n) Σ<sub>c</sub>Σ<sub>k</sub> o<sub>ck</sub> δ²<sub>ck</sub> and the expected disagreement
 * D<sub>e</sub> = Σ<sub>c</sub>Σ<sub>k</sub> n<sub>c</sub>n<sub>k</sub> δ²<sub>ck</sub> / (n(n −
 * 1)), where o<sub>ck</sub> is the coincidence matrix (each ordered pair of values c, k from two
 * different coders in unit u counts 1/(m<sub>u</sub> − 1), m<sub>u</sub> being the number of
 * values in u), n<sub>c</sub> its margins and n the number of pairable values. Units with fewer
 * than two values cannot be paired and are left out, as Krippendorff prescribes. See Krippendorff,
 * K. (2011), <i>Computing Krippendorff's Alpha-Reliability</i>, University of Pennsylvania,
 * ScholarlyCommons, http://repository.upenn.edu/asc_papers/43.
 *
 * <p><b>Undefined cases.</b> If no unit has two values, or every pairable value is the same
 * (D<sub>e</sub> = 0, so α = 0/0: the data show no variation whose reliability could be judged),
 * alpha is {@link Double#NaN} and {@link AlphaResult#undefinedReason()} says which. AlignKit does
 * not turn "everyone gave the same value everywhere" into α = 1: with a single value in use,
 * agreement cannot be told apart from a coder who always answers the same.
 *
 * <p><b>Cost.</b> Integer data spanning few values (levels on a scale) are read once: the pairs of
 * values within each unit are tallied by value pair and m<sub>u</sub> in longs (the coincidence
 * matrix, kept per m<sub>u</sub> so that the weights 1/(m<sub>u</sub> − 1) are applied once), and
 * D<sub>o</sub> is a sum over the value pairs. The tally is kept with the data, so the four metrics
 * of one data set (and its {@linkplain Divergences#distanceMatrix distances}, when the round's
 * analysis made the tally) cost one pass; a round's domains are tallied once each and the whole is
 * their sum. Other data: the distinct values are found with a
 * counting table (integer data) or one sort;
 * D<sub>o</sub> sums the δ² of the value pairs within each unit, O(units × coders²), without
 * materialising the V × V coincidence matrix; D<sub>e</sub> uses the closed form
 * 2 Σ n<sub>c</sub>(x<sub>c</sub> − x̄)²/(n − 1) for interval and ordinal data (ordinal values are
 * replaced by their mid-rank positions Σ<sub>g&lt;c</sub> n<sub>g</sub> + n<sub>c</sub>/2, on which
 * the ordinal δ² is the squared difference), n² − Σ n<sub>c</sub>² for nominal data, and a V × V
 * sum for ratio data.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KrippendorffAlpha {
  /** Integer data spanning at most this many values (or 2n) use a counting table. */
  private static final int COUNTING_SPAN = 1 << 12;

  /** Integers below this magnitude are exact in a double and in a long. */
  private static final double TWO_TO_52 = 0x1p52;

  private KrippendorffAlpha() {}

  /**
   * Krippendorff's alpha of the data for the metric.
   *
   * @param data units × coders, missing values allowed
   * @param metric the level of measurement
   * @return alpha with D<sub>o</sub>, D<sub>e</sub>, n and the units used; NaN alpha with a reason
   *     when alpha is undefined
   * @throws IllegalArgumentException if the metric is {@link Metric#RATIO} and a pairable value is
   *     negative
   */
  public static AlphaResult compute(ReliabilityData data, Metric metric) {
    requireNonNull(data, "data");
    requireNonNull(metric, "metric");
    // Integer data on a small span (levels on a scale): read off the data's tally, made once.
    LevelTally tally = data.tally();
    if (tally != null) {
      return fromTally(tally, metric);
    }
    final int units = data.unitCount();
    final int coders = data.coderCount();
    final double[] cells = data.cells();
    final int offset = data.offset();

    // Pass 1: pairable units, n, range of the values, whether all are integers.
    int unitsUsed = 0;
    long n = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    boolean integral = true;
    final int[] present = new int[units]; // m_u
    for (int u = 0, base = offset; u < units; u++, base += coders) {
      int m = 0;
      for (int c = 0; c < coders; c++) {
        if (!Double.isNaN(cells[base + c])) {
          m++;
        }
      }
      present[u] = m;
      if (m < 2) {
        continue;
      }
      unitsUsed++;
      n += m;
      for (int c = 0; c < coders; c++) {
        double v = cells[base + c];
        if (!Double.isNaN(v)) {
          if (v < min) {
            min = v;
          }
          if (v > max) {
            max = v;
          }
          integral &= v == Math.rint(v);
        }
      }
    }
    AlphaResult.Builder result =
        AlphaResult.builder().metric(metric).pairableValues(n).unitsUsed(unitsUsed);
    if (n == 0) {
      return undefinedNothingPairable(result);
    }
    if (metric == Metric.RATIO) {
      checkArgument(min >= 0, "the ratio metric needs values of at least 0, but %s occurs", min);
    }

    // Pass 2: distinct values (sorted) and their counts n_c.
    ValueIndex index = integral
            && Math.abs(min) < TWO_TO_52
            && Math.abs(max) < TWO_TO_52
            && max - min <= Math.max(COUNTING_SPAN, 2 * n)
        ? ValueIndex.counting(cells, offset, coders, present, (long) min, (int) (max - min) + 1)
        : ValueIndex.sorting(cells, offset, coders, present, Math.toIntExact(n));
    final double[] values = index.values;
    final long[] counts = index.counts;
    final int distinct = values.length;
    if (distinct == 1) {
      return undefinedSingleValue(result, values[0]);
    }

    double[] coordinates = coordinates(metric, values, counts);
    double expected = expectedDisagreement(metric, values, counts, coordinates, n);
    double observed =
        observedDisagreement(metric, cells, offset, present, coders, index, coordinates, n);
    return result
        .alpha(1.0 - observed / expected)
        .observedDisagreement(observed)
        .expectedDisagreement(expected)
        .build();
  }

  /**
   * An interval estimate for alpha of the data: how far alpha could be from the one computed, had
   * other units been coded. The spec chooses the method ({@link IntervalMethod}: the pairable-pair
   * bootstrap of Hayes and Krippendorff's KALPHA, the unit bootstrap of Efron and Tibshirani, or the
   * jackknife of Hughes), the number of resamples, the seed and the level; the result reports them
   * with the limits. The same spec on the same data always gives the same interval.
   *
   * <p><b>Cost.</b> Integer levels on a small span (the data's {@linkplain #compute tally}): the unit
   * bootstrap adds the drawn units' tallies, the jackknife subtracts each unit's tally from the
   * whole and adds it back, so 10 000 units take one pass and a small sum per unit; the pair
   * bootstrap draws Σ m<sub>u</sub>(m<sub>u</sub> − 1)/2 pairs per resample. Other data compute
   * alpha afresh per resample (units × cells) or per left-out unit (units² × coders).
   *
   * @param data units × coders, missing values allowed
   * @param metric the level of measurement
   * @param spec the method, resamples, seed, level and minimum alphas
   * @return the interval with alpha, the method, resamples and seed; undefined (NaN limits, with a
   *     reason) when alpha is undefined or the data have too few pairable units
   * @throws IllegalArgumentException if the metric is {@link Metric#RATIO} and a pairable value is
   *     negative
   */
  public static AlphaInterval interval(ReliabilityData data, Metric metric, IntervalSpec spec) {
    requireNonNull(spec, "spec");
    AlphaResult estimate = compute(data, metric);
    if (!estimate.isDefined()) {
      AlphaInterval.Builder b = AlphaInterval.builder()
          .estimate(estimate)
          .method(spec.method())
          .level(spec.level())
          .resamples(0);
      if (spec.method() != IntervalMethod.JACKKNIFE) {
        b.seed(spec.seed());
      }
      return Resampling.undefined(
          b, "alpha is undefined: " + estimate.undefinedReason().orElseThrow());
    }
    PairableUnits units = PairableUnits.of(data);
    switch (spec.method()) {
      case PAIR_BOOTSTRAP:
        return PairBootstrap.estimate(estimate, units, metric, spec);
      case UNIT_BOOTSTRAP:
        return UnitBootstrap.estimate(estimate, units, metric, spec);
      case JACKKNIFE:
        return Jackknife.estimate(estimate, units, metric, spec);
    }
    throw new AssertionError(spec.method());
  }

  /**
   * Alpha from the tally of integer data on a small span: for each m<sub>u</sub>, how many pairs of
   * coders within units gave each pair of different values (c, k), c &lt; k (in longs, exact);
   * D<sub>o</sub> sums tally × δ²<sub>ck</sub> over the value pairs instead of over the pairs of
   * each unit. Equal pairs have δ² = 0 under every metric and are not tallied.
   */
  static AlphaResult fromTally(LevelTally t, Metric metric) {
    long n = t.n;
    AlphaResult.Builder result =
        AlphaResult.builder().metric(metric).pairableValues(n).unitsUsed(t.unitsUsed);
    if (n == 0) {
      return undefinedNothingPairable(result);
    }
    ValueIndex index = ValueIndex.fromTally(t.counts, t.min);
    checkRatio(metric, index.values);
    if (index.values.length == 1) {
      return undefinedSingleValue(result, index.values[0]);
    }
    double[] x = coordinates(metric, index.values, index.counts);
    double expected = expectedDisagreement(metric, index.values, index.counts, x, n);
    double observed = tallyObserved(t, metric, index, x);
    return result
        .alpha(1.0 - observed / expected)
        .observedDisagreement(observed)
        .expectedDisagreement(expected)
        .build();
  }

  /**
   * Alpha alone from a tally, as {@link #fromTally} computes it, without the result: NaN when alpha
   * is undefined. The resampling intervals call it once per resample or left-out unit.
   */
  static double alphaOf(LevelTally t, Metric metric) {
    long n = t.n;
    if (n == 0) {
      return Double.NaN;
    }
    ValueIndex index = ValueIndex.fromTally(t.counts, t.min);
    checkRatio(metric, index.values);
    if (index.values.length == 1) {
      return Double.NaN;
    }
    double[] x = coordinates(metric, index.values, index.counts);
    double expected = expectedDisagreement(metric, index.values, index.counts, x, n);
    return 1.0 - tallyObserved(t, metric, index, x) / expected;
  }

  private static void checkRatio(Metric metric, double[] values) {
    if (metric == Metric.RATIO && values[0] < 0) {
      throw new IllegalArgumentException(
          "the ratio metric needs values of at least 0, but " + values[0] + " occurs");
    }
  }

  /** D<sub>o</sub> of a tally with at least two distinct values: a sum over the value pairs. */
  private static double tallyObserved(LevelTally t, Metric metric, ValueIndex index, double[] x) {
    double[] values = index.values;
    int[] position = index.table;
    long[] tally = t.counts;
    int span = t.span;
    double total = 0;
    for (int m = 2; m <= t.coders; m++) {
      double sum = 0;
      long differing = 0;
      for (int a = 0; a < span; a++) {
        if (tally[a] == 0) {
          continue;
        }
        int pa = position[a];
        for (int b = a + 1; b < span; b++) {
          long p = t.pairs(m, a, b);
          if (p == 0) {
            continue;
          }
          int pb = position[b];
          if (metric == Metric.NOMINAL) {
            differing += p;
          } else if (metric == Metric.RATIO) {
            sum += p * ratio(values[pa], values[pb]);
          } else {
            double d = x[pa] - x[pb];
            sum += p * (d * d);
          }
        }
      }
      total += 2.0 * (metric == Metric.NOMINAL ? differing : sum) / (m - 1);
    }
    return total / t.n;
  }

  private static AlphaResult undefinedNothingPairable(AlphaResult.Builder result) {
    return result
        .alpha(Double.NaN)
        .observedDisagreement(0)
        .expectedDisagreement(0)
        .undefinedReason("no unit has two or more values, so no value can be paired")
        .build();
  }

  private static AlphaResult undefinedSingleValue(AlphaResult.Builder result, double value) {
    return result
        .alpha(Double.NaN)
        .observedDisagreement(0)
        .expectedDisagreement(0)
        .undefinedReason("every pairable value is "
            + value
            + ": with no variation the expected disagreement is 0 and alpha is 0/0")
        .build();
  }

  /** The positions whose squared differences are δ² (interval and ordinal), else the values. */
  static double[] coordinates(Metric metric, double[] values, long[] counts) {
    if (metric != Metric.ORDINAL) {
      return values;
    }
    double[] positions = new double[values.length];
    long before = 0;
    for (int c = 0; c < values.length; c++) {
      positions[c] = before + counts[c] / 2.0; // exact: halves of integers below 2^52
      before += counts[c];
    }
    return positions;
  }

  static double expectedDisagreement(
      Metric metric, double[] values, long[] counts, double[] x, long n) {
    switch (metric) {
      case NOMINAL: {
        long sumSquares = 0;
        for (long count : counts) {
          sumSquares += count * count;
        }
        return (double) (n * n - sumSquares) / ((double) n * (n - 1));
      }
      case ORDINAL:
      case INTERVAL: {
        double mean = 0;
        for (int c = 0; c < x.length; c++) {
          mean += counts[c] * x[c];
        }
        mean /= n;
        double squares = 0;
        for (int c = 0; c < x.length; c++) {
          double d = x[c] - mean;
          squares += counts[c] * d * d;
        }
        return 2.0 * squares / (n - 1);
      }
      case RATIO: {
        double sum = 0;
        for (int c = 0; c < values.length; c++) {
          for (int k = c + 1; k < values.length; k++) {
            sum += (double) counts[c] * counts[k] * ratio(values[c], values[k]);
          }
        }
        return 2.0 * sum / ((double) n * (n - 1));
      }
    }
    throw new AssertionError(metric);
  }

  private static double observedDisagreement(
      Metric metric,
      double[] cells,
      int offset,
      int[] present,
      int coders,
      ValueIndex index,
      double[] x,
      long n) {
    // Sum of δ² over the unordered pairs of each unit, grouped by m_u so that each group is
    // weighted by 2/(m_u - 1) once. Nominal counts differing pairs exactly in longs.
    double[] byM = new double[coders + 1];
    long[] differingByM = new long[coders + 1];
    int[] ids = new int[coders];
    for (int u = 0, base = offset; u < present.length; u++, base += coders) {
      int m = present[u];
      if (m < 2) {
        continue; // not pairable: its values are not in the index
      }
      for (int c = 0, i = 0; c < coders; c++) {
        double v = cells[base + c];
        if (!Double.isNaN(v)) {
          ids[i++] = index.indexOf(v);
        }
      }
      if (metric == Metric.NOMINAL) {
        differingByM[m] += differingPairs(ids, m);
      } else if (metric == Metric.RATIO) {
        byM[m] += ratioPairs(ids, m, x);
      } else {
        byM[m] += squaredPairs(ids, m, x);
      }
    }
    double total = 0;
    for (int m = 2; m <= coders; m++) {
      double pairs = metric == Metric.NOMINAL ? differingByM[m] : byM[m];
      total += 2.0 * pairs / (m - 1);
    }
    return total / n;
  }

  private static long differingPairs(int[] ids, int m) {
    long differing = 0;
    for (int i = 0; i < m; i++) {
      int a = ids[i];
      for (int j = i + 1; j < m; j++) {
        if (ids[j] != a) {
          differing++;
        }
      }
    }
    return differing;
  }

  private static double squaredPairs(int[] ids, int m, double[] x) {
    double sum = 0;
    for (int i = 0; i < m; i++) {
      double a = x[ids[i]];
      for (int j = i + 1; j < m; j++) {
        double d = a - x[ids[j]];
        sum += d * d;
      }
    }
    return sum;
  }

  private static double ratioPairs(int[] ids, int m, double[] x) {
    double sum = 0;
    for (int i = 0; i < m; i++) {
      double a = x[ids[i]];
      for (int j = i + 1; j < m; j++) {
        sum += ratio(a, x[ids[j]]);
      }
    }
    return sum;
  }

  static double ratio(double a, double b) {
    if (a == b) {
      return 0.0;
    }
    double r = (a - b) / (a + b);
    return r * r;
  }

  /** The sorted distinct pairable values, their counts, and a map from value to position. */
  static final class ValueIndex {
    final double[] values;
    final long[] counts;
    /** Counting table: offset (value − min) to position; null when sorting was used. */
    final int[] table;

    private final long min;

    private ValueIndex(double[] values, long[] counts, int[] table, long min) {
      this.values = values;
      this.counts = counts;
      this.table = table;
      this.min = min;
    }

    int indexOf(double v) {
      return table != null ? table[(int) ((long) v - min)] : Arrays.binarySearch(values, v);
    }

    static ValueIndex counting(
        double[] cells, int offset, int coders, int[] present, long min, int span) {
      long[] tally = new long[span];
      for (int u = 0, base = offset; u < present.length; u++, base += coders) {
        if (present[u] < 2) {
          continue;
        }
        for (int c = 0; c < coders; c++) {
          double v = cells[base + c];
          if (!Double.isNaN(v)) {
            tally[(int) ((long) v - min)]++;
          }
        }
      }
      return fromTally(tally, min);
    }

    /** The index of the values {@code min + o} counted {@code tally[o]} times (offsets not seen map to -1). */
    static ValueIndex fromTally(long[] tally, long min) {
      int distinct = 0;
      for (long t : tally) {
        if (t > 0) {
          distinct++;
        }
      }
      double[] values = new double[distinct];
      long[] counts = new long[distinct];
      int[] table = new int[tally.length];
      for (int v = 0, i = 0; v < tally.length; v++) {
        if (tally[v] > 0) {
          values[i] = min + v;
          counts[i] = tally[v];
          table[v] = i++;
        } else {
          table[v] = -1;
        }
      }
      return new ValueIndex(values, counts, table, min);
    }

    static ValueIndex sorting(double[] cells, int offset, int coders, int[] present, int n) {
      double[] all = new double[n];
      int size = 0;
      for (int u = 0, base = offset; u < present.length; u++, base += coders) {
        if (present[u] < 2) {
          continue;
        }
        for (int c = 0; c < coders; c++) {
          double v = cells[base + c];
          if (!Double.isNaN(v)) {
            all[size++] = v;
          }
        }
      }
      Arrays.sort(all);
      int distinct = 0;
      for (int i = 0; i < n; i++) {
        if (i == 0 || all[i] != all[i - 1]) {
          distinct++;
        }
      }
      double[] values = new double[distinct];
      long[] counts = new long[distinct];
      for (int i = 0, d = -1; i < n; i++) {
        if (i == 0 || all[i] != all[i - 1]) {
          values[++d] = all[i];
        }
        counts[d]++;
      }
      return new ValueIndex(values, counts, null, 0);
    }
  }
}
