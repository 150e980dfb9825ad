package org.alignkit.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link IntervalMethod#JACKKNIFE}: alpha with each pairable unit left out in turn, and the
 * jackknife standard error of alpha over the units. Package-private.
 *
 * <p>Integer levels on a small span leave a unit out by subtracting its tally from a copy of the
 * data's {@link LevelTally}, reading alpha off the rest and adding the unit back: one pass over the
 * data to find the units, then a small sum over the value pairs per unit. Other data are computed
 * again without each unit (units × cells).
 */
final class Jackknife {
  private Jackknife() {}

  static AlphaInterval estimate(
      AlphaResult estimate, PairableUnits units, Metric metric, IntervalSpec spec) {
    int n = units.count;
    AlphaInterval.Builder b = AlphaInterval.builder()
        .estimate(estimate)
        .method(IntervalMethod.JACKKNIFE)
        .level(spec.level())
        .resamples(n);
    if (n < 2) {
      return Resampling.undefined(
          b, "the jackknife needs at least two pairable units, the data have " + n);
    }
    double[] leftOut = leaveEachOut(units, metric, spec.parallel());
    double mean = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(leftOut[i])) {
        return Resampling.undefined(
            b,
            "alpha is undefined without unit " + (units.rows[i] + 1)
                + " (no variation is left), so the jackknife cannot be computed");
      }
      mean += leftOut[i];
    }
    mean /= n;
    double squares = 0;
    for (double a : leftOut) {
      squares += (a - mean) * (a - mean);
    }
    double se = Math.sqrt((n - 1.0) / n * squares);
    double alpha = estimate.alpha();
    int df = n - 1;
    double t = StudentT.quantile(1 - (1 - spec.level()) / 2, df);
    Map<Double, Double> below = new LinkedHashMap<>();
    for (double m : Resampling.minimums(spec)) {
      double p = se > 0 ? StudentT.cdf((m - alpha) / se, df) : (alpha < m ? 1.0 : 0.0);
      below.put(m, p);
    }
    return b.lower(alpha - t * se)
        .upper(Math.min(1.0, alpha + t * se))
        .standardError(se)
        .putAllProbabilityBelow(below)
        .build();
  }

  /** Alpha without each pairable unit, in unit order; NaN where alpha is then undefined. */
  static double[] leaveEachOut(PairableUnits units, Metric metric, boolean parallel) {
    int n = units.count;
    double[] alphas = new double[n];
    Resampling.inBlocks(n, parallel, (from, to) -> {
      if (units.tally != null) {
        LevelTally rest = units.tally.copy();
        for (int i = from; i < to; i++) {
          rest.add(units.offsets, units.start[i], units.size(i), -1);
          alphas[i] = KrippendorffAlpha.alphaOf(rest, metric);
          rest.add(units.offsets, units.start[i], units.size(i), 1);
        }
      } else {
        int[] others = new int[n - 1];
        for (int i = from; i < to; i++) {
          for (int j = 0, k = 0; j < n; j++) {
            if (j != i) {
              others[k++] = j;
            }
          }
          alphas[i] =
              KrippendorffAlpha.compute(units.dataOf(others, n - 1), metric).alpha();
        }
      }
    });
    return alphas;
  }
}
