package org.alignkit.metrics;

import java.util.SplittableRandom;

/**
 * {@link IntervalMethod#UNIT_BOOTSTRAP}: resamples the pairable units with replacement and computes
 * alpha on each resample. Package-private.
 *
 * <p>Integer levels on a small span add each drawn unit to a scratch {@link LevelTally} and read
 * alpha off it ({@link KrippendorffAlpha#alphaOf}); a resample of N units costs N small additions
 * and one sum over the value pairs. Other data build each resample as data and compute alpha on it.
 */
final class UnitBootstrap {
  private UnitBootstrap() {}

  static AlphaInterval estimate(
      AlphaResult estimate, PairableUnits units, Metric metric, IntervalSpec spec) {
    int resamples = spec.resamples();
    long seed = spec.seed();
    double[] alphas = new double[resamples];
    int n = units.count;
    Resampling.inBlocks(resamples, spec.parallel(), (from, to) -> {
      int[] chosen = new int[n];
      LevelTally scratch = units.tally == null ? null : units.tally.empty();
      for (int r = from; r < to; r++) {
        SplittableRandom random = Resampling.stream(seed, r);
        for (int j = 0; j < n; j++) {
          chosen[j] = random.nextInt(n);
        }
        alphas[r] = scratch != null
            ? alphaOfTally(scratch, units, chosen, metric)
            : KrippendorffAlpha.compute(units.dataOf(chosen, n), metric).alpha();
      }
    });
    return Resampling.percentile(estimate, spec, alphas, seed);
  }

  private static double alphaOfTally(
      LevelTally scratch, PairableUnits units, int[] chosen, Metric metric) {
    scratch.clear();
    for (int i : chosen) {
      scratch.add(units.offsets, units.start[i], units.size(i), 1);
    }
    return KrippendorffAlpha.alphaOf(scratch, metric);
  }
}
