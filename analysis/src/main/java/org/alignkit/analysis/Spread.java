package org.alignkit.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import org.alignkit.metrics.Divergences;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How far apart the groups' values for one node are: the levels of an indicator, or the scores of a
 * component, domain or framework. Only values given count: "not applicable", "no information" and
 * unscored groups are left out.
 *
 * <p>Minimum, maximum, range and median are exact; the standard deviation (population: the groups
 * that rated are the whole population of interest) and the mean absolute pairwise difference are
 * {@code double}s computed by {@link org.alignkit.metrics.Divergences}. Every measure is exactly 0
 * when all values are equal, and only then. The normalised measures divide by the span of the scale
 * (4 on a 1–5 scale), so that 1 means "as far apart as the scale allows" for the range.
 *
 * <p>Immutable; equal when every attribute is equal.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Spread {
  /** Scores are turned into doubles with at most this many significant digits: a double holds no more. */
  private static final MathContext DOUBLE_DIGITS = new MathContext(15);

  Spread() {}

  /** How many values there are; at least 1. */
  public abstract int count();

  /** The lowest value. */
  public abstract BigDecimal minimum();

  /** The highest value. */
  public abstract BigDecimal maximum();

  /** The median: the middle value, or the mean of the two middle values. */
  public abstract BigDecimal median();

  /** The population standard deviation √(Σ(x − x̄)²/n). */
  public abstract double standardDeviation();

  /** The mean absolute difference over all pairs of values; empty with fewer than two values. */
  public abstract OptionalDouble meanAbsolutePairwiseDifference();

  /** The span of the scale, {@code max − min} (positive). */
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
   * The spread of some levels on a scale of the given span; the standard deviation and the pairwise
   * difference come from exact integer sums.
   *
   * @throws IllegalArgumentException if there is no level or the span is not positive
   */
  public static Spread ofLevels(Collection<Integer> levels, int scaleSpan) {
    checkArgument(!levels.isEmpty(), "a spread needs at least one value");
    int n = levels.size();
    int[] values = new int[n];
    int i = 0;
    for (int level : levels) {
      values[i++] = level;
    }
    Arrays.sort(values);
    // The median of levels is a whole or a half level: half of the sum of the middle two (or twice
    // the middle one), exactly.
    long twiceMedian = n % 2 == 1 ? 2L * values[n / 2] : (long) values[n / 2 - 1] + values[n / 2];
    BigDecimal median = twiceMedian % 2 == 0
        ? BigDecimal.valueOf(twiceMedian / 2)
        : BigDecimal.valueOf(twiceMedian * 5, 1);
    return builder()
        .count(n)
        .minimum(BigDecimal.valueOf(values[0]))
        .maximum(BigDecimal.valueOf(values[n - 1]))
        .median(median)
        .standardDeviation(Divergences.populationStandardDeviation(values))
        .meanAbsolutePairwiseDifference(
            pairwise(Divergences.meanAbsolutePairwiseDifference(values)))
        .scaleSpan(scaleSpan)
        .build();
  }

  /**
   * The spread of some values (levels or scores) on a scale of the given span.
   *
   * @throws IllegalArgumentException if there is no value or the span is not positive
   */
  public static Spread of(Collection<BigDecimal> values, int scaleSpan) {
    checkArgument(!values.isEmpty(), "a spread needs at least one value");
    List<BigDecimal> sorted = new ArrayList<>(values.size());
    for (BigDecimal v : values) {
      sorted.add(requireNonNull(v, "value"));
    }
    sorted.sort(null);
    double[] doubles = new double[sorted.size()];
    for (int i = 0; i < doubles.length; i++) {
      BigDecimal v = sorted.get(i);
      doubles[i] = v.precision() > DOUBLE_DIGITS.getPrecision()
          ? v.round(DOUBLE_DIGITS).doubleValue()
          : v.doubleValue();
    }
    BigDecimal minimum = sorted.get(0);
    BigDecimal maximum = sorted.get(sorted.size() - 1);
    boolean unanimous = minimum.compareTo(maximum) == 0;
    return builder()
        .count(sorted.size())
        .minimum(minimum)
        .maximum(maximum)
        .median(medianOfSorted(sorted))
        .standardDeviation(unanimous ? 0.0 : Divergences.populationStandardDeviation(doubles))
        .meanAbsolutePairwiseDifference(pairwise(
            unanimous && doubles.length >= 2
                ? 0.0
                : Divergences.meanAbsolutePairwiseDifference(doubles)))
        .scaleSpan(scaleSpan)
        .build();
  }

  /** The exact median of values sorted ascending: the middle one, or the mean of the two middle ones. */
  static BigDecimal medianOfSorted(List<BigDecimal> sorted) {
    int n = sorted.size();
    if (n % 2 == 1) {
      return sorted.get(n / 2);
    }
    return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
  }

  private static OptionalDouble pairwise(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(count() >= 1, "a spread needs at least one value, got %s", count());
    checkArgument(scaleSpan() > 0, "the scale span must be positive, got %s", scaleSpan());
    checkArgument(
        minimum().compareTo(maximum()) <= 0, "minimum %s above maximum %s", minimum(), maximum());
    checkArgument(
        meanAbsolutePairwiseDifference().isPresent() == count() >= 2,
        "the mean absolute pairwise difference is given exactly when there are two values or more");
  }

  /** Builds {@link Spread}s. */
  public static final class Builder extends ImmutableSpread.Builder {
    Builder() {}
  }
}
