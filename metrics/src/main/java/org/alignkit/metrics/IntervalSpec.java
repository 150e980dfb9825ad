package org.alignkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How to estimate an interval for Krippendorff's alpha: the {@link IntervalMethod}, the number of
 * resamples, the seed, the confidence level and the minimum alphas whose shortfall probability is
 * reported. Plain data; {@link KrippendorffAlpha#interval(ReliabilityData, Metric, IntervalSpec)}
 * uses it, and every {@link AlphaInterval} reports the method, resamples and seed it came from.
 *
 * <pre>{@code
 * IntervalSpec spec = IntervalSpec.builder()
 *     .method(IntervalMethod.UNIT_BOOTSTRAP)
 *     .resamples(10_000)
 *     .seed(2026)
 *     .build();
 * }</pre>
 *
 * <p><b>Reproducible.</b> Resample {@code r} draws from a random stream derived from the seed and
 * {@code r} alone, so the same spec on the same data gives the same interval, run sequentially or
 * {@linkplain #parallel() in parallel} on any number of threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class IntervalSpec {
  /** The default number of resamples: 10 000. */
  public static final int DEFAULT_RESAMPLES = 10_000;

  /** The default seed: 1 (any fixed number: the default run is reproducible too). */
  public static final long DEFAULT_SEED = 1L;

  IntervalSpec() {}

  /** The method. */
  public abstract IntervalMethod method();

  /**
   * The number of bootstrap resamples, at least 100; default {@value #DEFAULT_RESAMPLES}. The
   * jackknife ignores it: it leaves each unit out once.
   */
  @Value.Default
  public int resamples() {
    return DEFAULT_RESAMPLES;
  }

  /** The seed of the bootstraps' random streams; default {@value #DEFAULT_SEED}. */
  @Value.Default
  public long seed() {
    return DEFAULT_SEED;
  }

  /** The confidence level, strictly between 0 and 1; default 0.95. */
  @Value.Default
  public double level() {
    return 0.95;
  }

  /**
   * The minimum alphas for which the probability that alpha falls below them is reported ({@link
   * AlphaInterval#probabilityBelow()}), each at most 1; default 0.667 and 0.8, the lowest alphas
   * Krippendorff accepts for tentative conclusions and for reliable data. Set with {@code
   * minimums(List.of(...))}; an empty list asks for none.
   */
  @SuppressWarnings("immutables:untype") // a default list, set whole rather than element by element
  @Value.Default
  public List<Double> minimums() {
    return List.of(0.667, 0.8);
  }

  /**
   * Whether the resamples are spread over the threads of the common fork-join pool (or of the pool
   * the call runs in); default false. The interval is the same either way.
   */
  @Value.Default
  public boolean parallel() {
    return false;
  }

  /** A spec with the method and every default. */
  public static IntervalSpec of(IntervalMethod method) {
    return builder().method(method).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(resamples() >= 100, "at least 100 resamples are needed, got %s", resamples());
    checkArgument(
        level() > 0 && level() < 1, "the level must lie strictly between 0 and 1, got %s", level());
    for (double m : minimums()) {
      checkArgument(
          Double.isFinite(m) && m <= 1, "a minimum alpha must be a number up to 1, got %s", m);
    }
  }

  /** Builds {@link IntervalSpec}s. */
  public static final class Builder extends ImmutableIntervalSpec.Builder {
    Builder() {}
  }
}
