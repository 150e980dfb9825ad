package org.alignkit.analysis.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * When a change between two rounds is progress, stagnation or decline: the change must reach
 * {@link #fraction()} of a {@link #base()} to count.
 *
 * <p>The default is the rule of the IHP+Results 2016 progress report: progress if up by at least
 * 3 %, decline if down by at least 3 %, stagnation in between, with the base {@link
 * ThresholdBase#SMALLER_OF_BOTH} so that the rule is symmetric (see {@link ThresholdBase}). A change
 * of exactly the threshold counts: the arithmetic is exact ({@link BigDecimal}), so +3 % of the
 * baseline is progress, never stagnation by rounding.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ProgressRule {
  private static final ProgressRule IHP_2016 = builder().build();

  ProgressRule() {}

  /** The threshold as a fraction of the base; default 0.03 (3 %). */
  @Value.Default
  public BigDecimal fraction() {
    return new BigDecimal("0.03");
  }

  /** What the threshold is a fraction of; default {@link ThresholdBase#SMALLER_OF_BOTH}. */
  @Value.Default
  public ThresholdBase base() {
    return ThresholdBase.SMALLER_OF_BOTH;
  }

  /** The default rule: IHP+Results 2016, ±3 %, symmetric base. */
  public static ProgressRule ihp2016() {
    return IHP_2016;
  }

  /** The IHP+Results 2016 rule to the letter: ±3 % of the baseline (not symmetric). */
  public static ProgressRule ihp2016Literal() {
    return builder().base(ThresholdBase.BASELINE).build();
  }

  /** A rule of a fraction of a base. */
  public static ProgressRule of(BigDecimal fraction, ThresholdBase base) {
    return builder().fraction(fraction).base(base).build();
  }

  /**
   * The threshold for a change from {@code baseline} to {@code current} on a scale of the given span.
   */
  public final BigDecimal threshold(BigDecimal baseline, BigDecimal current, int scaleSpan) {
    requireNonNull(baseline, "baseline");
    requireNonNull(current, "current");
    BigDecimal b;
    switch (base()) {
      case SMALLER_OF_BOTH:
        b = baseline.abs().min(current.abs());
        break;
      case LARGER_OF_BOTH:
        b = baseline.abs().max(current.abs());
        break;
      case BASELINE:
        b = baseline.abs();
        break;
      case SCALE_SPAN:
        b = BigDecimal.valueOf(scaleSpan);
        break;
      default:
        throw new AssertionError(base());
    }
    return fraction().multiply(b);
  }

  /**
   * The class of a change: {@link ProgressClass#PROGRESS} if {@code current − baseline} is positive
   * and at least the {@linkplain #threshold threshold}, {@link ProgressClass#DECLINE} if negative and
   * at least the threshold in size, {@link ProgressClass#STAGNATION} otherwise (also for no change).
   */
  public final ProgressClass classify(BigDecimal baseline, BigDecimal current, int scaleSpan) {
    BigDecimal change = current.subtract(baseline);
    if (change.signum() == 0) {
      return ProgressClass.STAGNATION;
    }
    if (change.abs().compareTo(threshold(baseline, current, scaleSpan)) < 0) {
      return ProgressClass.STAGNATION;
    }
    return change.signum() > 0 ? ProgressClass.PROGRESS : ProgressClass.DECLINE;
  }

  /** A new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        fraction().signum() >= 0, "the fraction must not be negative, got %s", fraction());
  }

  /** Builds {@link ProgressRule}s. */
  public static final class Builder extends ImmutableProgressRule.Builder {
    Builder() {}
  }
}
