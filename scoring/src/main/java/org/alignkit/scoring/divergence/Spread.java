package org.alignkit.scoring.divergence;

import static com.google.common.base.Preconditions.checkArgument;

import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How far apart the groups' values for one node are: the levels of an indicator, or the scores of a
 * component, domain or framework. Only values given count: "not applicable", "no information" and
 * unscored groups are left out.
 *
 * <p>Minimum, maximum, range and median are exact; the standard deviation (population: the groups
 * that rated are the whole population of interest) and the mean absolute pairwise difference are
 * {@code double}s computed by {@link org.alignkit.scoring.metrics.Divergences}. Every measure is
 * exactly 0 when all values are equal, and only then. The normalised measures divide by the span of
 * the scale (4 on a 1–5 scale), so that 1 means "as far apart as the scale allows" for the range.
 *
 * <p>Immutable. Two spreads are equal when every attribute is equal, however they were made (the
 * builder, or a round's analysis, whose spreads of levels read the round's arrays).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Spread {
  Spread() {}

  /** How many values there are; at least 1. */
  @Value.Parameter
  public abstract int count();

  /** The lowest value. */
  @Value.Parameter
  public abstract BigDecimal minimum();

  /** The highest value. */
  @Value.Parameter
  public abstract BigDecimal maximum();

  /** The median: the middle value, or the mean of the two middle values. */
  @Value.Parameter
  public abstract BigDecimal median();

  /** The population standard deviation √(Σ(x − x̄)²/n). */
  @Value.Parameter
  public abstract double standardDeviation();

  /** The mean absolute difference over all pairs of values; empty with fewer than two values. */
  @Value.Parameter
  public abstract OptionalDouble meanAbsolutePairwiseDifference();

  /** The span of the scale, {@code max − min} (positive). */
  @Value.Parameter
  public abstract int scaleSpan();

  /** The range, maximum − minimum (exact). */
  public final BigDecimal range() {
    return maximum().subtract(minimum());
  }

  /** Whether all values are equal. */
  public final boolean isUnanimous() {
    return maximum().compareTo(minimum()) == 0;
  }

  /** The range divided by the scale's span. */
  public final double normalisedRange() {
    return range().doubleValue() / scaleSpan();
  }

  /** The standard deviation divided by the scale's span. */
  public final double normalisedStandardDeviation() {
    return standardDeviation() / scaleSpan();
  }

  /** The mean absolute pairwise difference divided by the scale's span. */
  public final OptionalDouble normalisedMeanAbsolutePairwiseDifference() {
    OptionalDouble m = meanAbsolutePairwiseDifference();
    return m.isPresent() ? OptionalDouble.of(m.getAsDouble() / scaleSpan()) : m;
  }

  /**
   * The spread of some values (levels or scores) on a scale of the given span.
   *
   * @throws IllegalArgumentException if there is no value or the span is not positive
   */
  public static Spread of(Collection<BigDecimal> values, int scaleSpan) {
    checkArgument(!values.isEmpty(), "a spread needs at least one value");
    BigDecimal[] sorted = values.toArray(new BigDecimal[0]);
    for (BigDecimal v : sorted) {
      requireNonNull(v, "value");
    }
    Arrays.sort(sorted);
    return Spreads.ofSortedScores(sorted, sorted.length, scaleSpan);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Equal when every attribute is equal (decimals by {@link BigDecimal#equals}, so with their
   * scale; doubles bit for bit), however the spread was made.
   */
  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Spread)) {
      return false;
    }
    Spread that = (Spread) o;
    return count() == that.count()
        && minimum().equals(that.minimum())
        && maximum().equals(that.maximum())
        && median().equals(that.median())
        && Double.doubleToLongBits(standardDeviation())
            == Double.doubleToLongBits(that.standardDeviation())
        && meanAbsolutePairwiseDifference().equals(that.meanAbsolutePairwiseDifference())
        && scaleSpan() == that.scaleSpan();
  }

  @Override
  public final int hashCode() {
    return Objects.hash(
        count(),
        minimum(),
        maximum(),
        median(),
        standardDeviation(),
        meanAbsolutePairwiseDifference(),
        scaleSpan());
  }

  /** The attributes. */
  @Override
  public final String toString() {
    MoreObjects.ToStringHelper h =
        MoreObjects.toStringHelper("Spread")
            .add("count", count())
            .add("minimum", minimum())
            .add("maximum", maximum())
            .add("median", median())
            .add("standardDeviation", standardDeviation());
    OptionalDouble m = meanAbsolutePairwiseDifference();
    if (m.isPresent()) {
      h.add("meanAbsolutePairwiseDifference", m.getAsDouble());
    }
    return h.add("scaleSpan", scaleSpan()).toString();
  }

  /** Checked when built by the builder; the analysis's own factory makes consistent values. */
  void check() {
    checkArgument(count() >= 1, "a spread needs at least one value, got %s", count());
    checkArgument(scaleSpan() > 0, "the scale span must be positive, got %s", scaleSpan());
    checkArgument(
        minimum().compareTo(maximum()) <= 0,
        "minimum %s above maximum %s",
        minimum(),
        maximum());
    checkArgument(
        meanAbsolutePairwiseDifference().isPresent() == count() >= 2,
        "the mean absolute pairwise difference is given exactly when there are two values or more");
  }

  /** Builds {@link Spread}s. */
  public static final class Builder extends ImmutableSpread.Builder {
    Builder() {}

    /**
     * Builds the value.
     *
     * @throws IllegalArgumentException if the attributes are inconsistent
     * @throws IllegalStateException if a required attribute is missing
     */
    @Override
    public Spread build() {
      Spread built = super.build();
      built.check();
      return built;
    }
  }
}
