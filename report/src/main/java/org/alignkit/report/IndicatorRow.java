package org.alignkit.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One row of the divergence heat map: each group's answer to one indicator, the whole's score, and
 * whether the groups diverge on it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class IndicatorRow {
  IndicatorRow() {}

  /** The indicator's id. */
  public abstract String indicatorId();

  /** Each group's answer, by group id; a group without an entry did not answer (missing). */
  public abstract Map<String, GroupRating> ratings();

  /** The whole's score and level for the indicator (all groups, or the consensus). */
  public abstract Optional<ScoreCell> overall();

  /** The range of the groups' levels (highest minus lowest), when at least one group rated it. */
  public abstract Optional<BigDecimal> range();

  /** Whether the divergence criteria flag this indicator for the harmonisation workshop. */
  @Value.Default
  public boolean divergent() {
    return false;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    range().ifPresent(r -> checkArgument(r.signum() >= 0, "a range is never negative, got %s", r));
  }

  /** Builds {@link IndicatorRow}s. */
  public static final class Builder extends ImmutableIndicatorRow.Builder {
    Builder() {}
  }
}
