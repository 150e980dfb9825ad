package org.alignkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An interval estimate for Krippendorff's alpha, made by {@link
 * KrippendorffAlpha#interval(ReliabilityData, Metric, IntervalSpec)}: alpha itself ({@link
 * #estimate()}), the lower and upper limit at the {@link #level()}, the standard error, and how the
 * interval was made: the {@link #method()}, the number of {@link #resamples()} and the {@link
 * #seed()}, which every report of an interval should show with it.
 *
 * <p>When the interval cannot be estimated ({@link #isDefined()} false: alpha itself is undefined,
 * or the data have too few pairable units), the limits and the standard error are {@link
 * Double#NaN} and {@link #undefinedReason()} says why. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class AlphaInterval {
  AlphaInterval() {}

  /** Alpha of the data, with its parts; the point estimate the interval surrounds. */
  public abstract AlphaResult estimate();

  /** The metric (that of {@link #estimate()}). */
  public final Metric metric() {
    return estimate().metric();
  }

  /** Alpha ({@link AlphaResult#alpha()} of {@link #estimate()}). */
  public final double alpha() {
    return estimate().alpha();
  }

  /** The method. */
  public abstract IntervalMethod method();

  /** The confidence level, e.g. 0.95. */
  public abstract double level();

  /** The lower limit; NaN when undefined. */
  public abstract double lower();

  /** The upper limit, at most 1; NaN when undefined. */
  public abstract double upper();

  /**
   * The standard error: the standard deviation of the resampled alphas (bootstraps), or the
   * jackknife standard error; NaN when undefined.
   */
  public abstract double standardError();

  /**
   * The number of resamples drawn (bootstraps), or of leave-one-unit-out replicates (the jackknife:
   * the pairable units).
   */
  public abstract int resamples();

  /** The seed of the random streams; empty for the jackknife, which draws no random numbers. */
  public abstract OptionalLong seed();

  /**
   * The resamples left out because alpha is undefined in them (unit bootstrap: every value the
   * same); 0 for the other methods.
   */
  @Value.Default
  public int undefinedResamples() {
    return 0;
  }

  /**
   * For each minimum alpha asked for ({@link IntervalSpec#minimums()}), ascending, the probability
   * that alpha falls below it: the share of resampled alphas below the minimum (bootstraps; for the
   * pair bootstrap this is KALPHA's q), or the Student t probability from the jackknife standard
   * error. Empty when the interval is undefined.
   */
  public abstract Map<Double, Double> probabilityBelow();

  /** The probability that alpha falls below {@code minimum}, if it was asked for. */
  public final OptionalDouble probabilityBelow(double minimum) {
    Double p = probabilityBelow().get(minimum);
    return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
  }

  /** Why the interval is undefined; present exactly when the limits are NaN. */
  public abstract Optional<String> undefinedReason();

  /** Whether the interval is defined. */
  public final boolean isDefined() {
    return undefinedReason().isEmpty();
  }

  /** The width, {@code upper − lower}; NaN when undefined. */
  public final double width() {
    return upper() - lower();
  }

  /** Whether {@code value} lies within the limits (inclusive); false when undefined. */
  public final boolean contains(double value) {
    return value >= lower() && value <= upper();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    boolean undefined = undefinedReason().isPresent();
    checkArgument(
        undefined == Double.isNaN(lower()) && undefined == Double.isNaN(upper()),
        "the limits are NaN exactly when a reason is given (limits %s, %s; reason %s)",
        lower(),
        upper(),
        undefinedReason());
    checkArgument(undefined || lower() <= upper(), "lower %s above upper %s", lower(), upper());
    checkArgument(undefined || upper() <= 1.0, "upper limit above 1: %s", upper());
    checkArgument(level() > 0 && level() < 1, "level %s is not between 0 and 1", level());
    checkArgument(resamples() >= 0 && undefinedResamples() >= 0, "counts are never negative");
  }

  /** Builds {@link AlphaInterval}s. */
  public static final class Builder extends ImmutableAlphaInterval.Builder {
    Builder() {}
  }
}
