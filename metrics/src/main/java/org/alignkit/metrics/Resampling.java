package org.alignkit.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * What the three interval methods share: the random stream of each resample, running resamples in
 * blocks (in parallel or not, with the same result), and the percentile interval of resampled
 * alphas. Package-private.
 */
final class Resampling {
  /** Resamples per block: each block gets its own scratch space. */
  private static final int BLOCK = 128;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Resampling() {}

  /**
   * The random stream of resample {@code r}: derived from the seed and {@code r} alone, so that a
   * resample draws the same numbers whichever thread runs it and in whatever order.
   */
  static SplittableRandom stream(long seed, int r) {
    return new SplittableRandom(mix64(mix64(seed) + GOLDEN_GAMMA * (r + 1L)));
  }

  /** The SplitMix64 finaliser: a bijection of longs that spreads every input bit. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Work on the resamples {@code [from, to)}. */
  interface Block {
    void run(int from, int to);
  }

  /** Runs {@code count} resamples in blocks, in the calling thread or on the fork-join pool. */
  static void inBlocks(int count, boolean parallel, Block block) {
    int blocks = (count + BLOCK - 1) / BLOCK;
    IntStream indices = IntStream.range(0, blocks);
    if (parallel) {
      indices = indices.parallel();
    }
    indices.forEach(b -> block.run(b * BLOCK, Math.min(count, (b + 1) * BLOCK)));
  }

  /**
   * The percentile interval of resampled alphas ({@code NaN} entries are resamples in which alpha is
   * undefined and are left out): the order statistics ⌊Rγ/2⌋ and ⌊R(1 − γ/2)⌋ + 1 of the R defined
   * alphas, γ = 1 − level, as KALPHA takes them; the standard deviation of the alphas; and for each
   * minimum the share of alphas below it.
   */
  static AlphaInterval percentile(
      AlphaResult estimate, IntervalSpec spec, double[] alphas, long seed) {
    double[] defined =
        Arrays.stream(alphas).filter(a -> !Double.isNaN(a)).sorted().toArray();
    int r = defined.length;
    AlphaInterval.Builder b = AlphaInterval.builder()
        .estimate(estimate)
        .method(spec.method())
        .level(spec.level())
        .resamples(alphas.length)
        .seed(seed)
        .undefinedResamples(alphas.length - r);
    if (r == 0) {
      return undefined(b, "alpha is undefined in every resample");
    }
    double tail = (1 - spec.level()) / 2;
    int lower = Math.max(1, (int) Math.floor(r * tail + 1e-9));
    int upper = Math.min(r, (int) Math.floor(r * (1 - tail) + 1e-9) + 1);
    double mean = 0;
    for (double a : defined) {
      mean += a;
    }
    mean /= r;
    double squares = 0;
    for (double a : defined) {
      squares += (a - mean) * (a - mean);
    }
    Map<Double, Double> below = new LinkedHashMap<>();
    for (double m : minimums(spec)) {
      int under = lowerBound(defined, m);
      below.put(m, (double) under / r);
    }
    return b.lower(defined[lower - 1])
        .upper(Math.min(1.0, defined[upper - 1]))
        .standardError(r > 1 ? Math.sqrt(squares / (r - 1)) : 0.0)
        .putAllProbabilityBelow(below)
        .build();
  }

  /** The minimums asked for, ascending, each once. */
  static Iterable<Double> minimums(IntervalSpec spec) {
    return new TreeSet<>(spec.minimums());
  }

  /** How many of the sorted values are strictly below {@code x}. */
  private static int lowerBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** An undefined interval with a reason. */
  static AlphaInterval undefined(AlphaInterval.Builder b, String reason) {
    return b.lower(Double.NaN)
        .upper(Double.NaN)
        .standardError(Double.NaN)
        .undefinedReason(reason)
        .build();
  }
}
