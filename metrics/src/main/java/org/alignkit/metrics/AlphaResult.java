package org.alignkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The outcome of {@link KrippendorffAlpha#compute(ReliabilityData, Metric)}: alpha and the
 * quantities it is made of.
 *
 * <p>α = 1 − D<sub>o</sub>/D<sub>e</sub>. When α is undefined ({@link #isDefined()} is false),
 * {@link #alpha()} is {@link Double#NaN} and {@link #undefinedReason()} says why: either no unit
 * has two or more values, or all pairable values are equal so that D<sub>e</sub> = 0 (there is no
 * variation to be reliable about; Krippendorff's alpha is then 0/0).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class AlphaResult {
  AlphaResult() {}

  /** The metric used. */
  public abstract Metric metric();

  /** Alpha: at most 1, 1 for perfect agreement, 0 for agreement at chance; NaN if undefined. */
  public abstract double alpha();

  /** The observed disagreement D<sub>o</sub> (0 if no unit is pairable). */
  public abstract double observedDisagreement();

  /** The expected disagreement D<sub>e</sub> (0 if no unit is pairable). */
  public abstract double expectedDisagreement();

  /** n: the number of pairable values, i.e. values in units with at least two values. */
  public abstract long pairableValues();

  /** The number of units with at least two values; the other units are left out. */
  public abstract int unitsUsed();

  /** Why alpha is undefined; present exactly when {@link #alpha()} is NaN. */
  public abstract Optional<String> undefinedReason();

  /** Whether alpha is defined (a number). */
  public final boolean isDefined() {
    return undefinedReason().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // Explicit tests rather than checkArgument's varargs: no boxing when the values are fine.
    if (Double.isNaN(alpha()) != undefinedReason().isPresent()) {
      throw new IllegalArgumentException("alpha is NaN exactly when a reason is given (alpha "
          + alpha() + ", reason " + undefinedReason() + ")");
    }
    if (alpha() > 1.0) {
      throw new IllegalArgumentException("alpha above 1: " + alpha());
    }
    if (!(observedDisagreement() >= 0 && expectedDisagreement() >= 0)) {
      throw new IllegalArgumentException("disagreements are never negative (Do "
          + observedDisagreement() + ", De " + expectedDisagreement() + ")");
    }
    checkArgument(pairableValues() >= 0 && unitsUsed() >= 0, "counts are never negative");
  }

  /** Builds {@link AlphaResult}s. */
  public static final class Builder extends ImmutableAlphaResult.Builder {
    Builder() {}
  }
}
