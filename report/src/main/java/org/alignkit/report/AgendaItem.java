package org.alignkit.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One item of the ranked harmonisation agenda: an indicator on which the groups diverge, the gap
 * between them, and what each group answered with its evidence and comment. The report shows the
 * level descriptor of each group's level side by side: what each group claims is true.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class AgendaItem {
  AgendaItem() {}

  /** The rank, 1 for the item to discuss first. */
  public abstract int rank();

  /** The indicator's id. */
  public abstract String indicatorId();

  /** The gap between the groups, in levels (e.g. the range). */
  public abstract BigDecimal gap();

  /** Each group's answer, by group id, in the order the report should show them. */
  public abstract Map<String, GroupRating> positions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(rank() >= 1, "ranks start at 1, got %s", rank());
    checkArgument(gap().signum() >= 0, "a gap is never negative, got %s", gap());
  }

  /** Builds {@link AgendaItem}s. */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    Builder() {}
  }
}
