package org.alignkit.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * When an indicator counts as an area of high divergence and goes on the harmonisation agenda.
 *
 * <p>An indicator that at least {@link #minimumRatedGroups()} groups rated is highly divergent when
 * either criterion holds:
 *
 * <ul>
 *   <li>{@link DivergenceReason#RANGE}: the range of the levels (highest − lowest) is at least
 *       {@link #minimumRange()};
 *   <li>{@link DivergenceReason#APART_FROM_OTHERS}: some group's level is at least {@link
 *       #minimumDistanceFromOthers()} away from the median of the other groups' levels.
 * </ul>
 *
 * <p>The defaults (2 and 2 levels, 2 groups) follow the harmonisation workshops of the 2022 pilots,
 * which discussed the indicators where groups stood two or more levels apart. Set a threshold above
 * the scale's span to switch its criterion off. Comparisons are exact.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class DivergenceCriteria {
  private static final DivergenceCriteria DEFAULTS = builder().build();

  DivergenceCriteria() {}

  /** The smallest range of levels that makes an indicator divergent; default 2. */
  @Value.Default
  public BigDecimal minimumRange() {
    return BigDecimal.valueOf(2);
  }

  /**
   * The smallest distance between one group's level and the median of the others' levels that
   * makes an indicator divergent; default 2.
   */
  @Value.Default
  public BigDecimal minimumDistanceFromOthers() {
    return BigDecimal.valueOf(2);
  }

  /** How many groups must have rated an indicator (given a level) for it to be judged; default 2. */
  @Value.Default
  public int minimumRatedGroups() {
    return 2;
  }

  /** The default criteria: range ≥ 2 levels, or one group ≥ 2 levels from the others' median. */
  public static DivergenceCriteria defaults() {
    return DEFAULTS;
  }

  /** A new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        minimumRange().signum() > 0, "minimumRange must be positive, got %s", minimumRange());
    checkArgument(
        minimumDistanceFromOthers().signum() > 0,
        "minimumDistanceFromOthers must be positive, got %s",
        minimumDistanceFromOthers());
    checkArgument(
        minimumRatedGroups() >= 2,
        "minimumRatedGroups must be at least 2 (divergence needs two groups), got %s",
        minimumRatedGroups());
  }

  /** Builds {@link DivergenceCriteria}. */
  public static final class Builder extends ImmutableDivergenceCriteria.Builder {
    Builder() {}
  }
}
