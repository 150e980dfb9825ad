package org.alignkit.scoring.divergence;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.alignkit.core.LocalizedText;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One item of the harmonisation agenda: an indicator on which the groups diverge, with what each
 * group claims is true (its level and that level's descriptor, in every language of the framework),
 * its evidence and comment, and the gap between the lowest and the highest level.
 *
 * <p>See {@link RoundAnalysis#agenda()} for the ranking.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class AgendaItem {
  AgendaItem() {}

  /** The item's rank on the agenda, 1 for the first. */
  @Value.Parameter
  public abstract int rank();

  /** The indicator's id. */
  @Value.Parameter
  public abstract String indicatorId();

  /** The indicator's title. */
  @Value.Parameter
  public abstract LocalizedText title();

  /** The id of the indicator's domain. */
  @Value.Parameter
  public abstract String domainId();

  /** The id of the indicator's component. */
  @Value.Parameter
  public abstract String componentId();

  /** Every group's answer side by side, in the order of the exercise's groups. */
  @Value.Parameter
  public abstract List<GroupAnswer> answers();

  /** The spread of the levels given. */
  @Value.Parameter
  public abstract Spread spread();

  /** The groups that gave the lowest level, in group order. */
  @Value.Parameter
  public abstract List<String> lowestGroups();

  /** The groups that gave the highest level, in group order. */
  @Value.Parameter
  public abstract List<String> highestGroups();

  /** The groups at least the criteria's distance from the median of the others, in group order. */
  @Value.Parameter
  public abstract List<String> apartFromOthers();

  /** Which criteria made the indicator divergent; never empty. */
  @Value.Parameter
  public abstract Set<DivergenceReason> reasons();

  /** The gap: the highest level given minus the lowest. */
  public final BigDecimal gap() {
    return spread().range();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(rank() >= 1, "ranks start at 1, got %s", rank());
    checkArgument(!reasons().isEmpty(), "an agenda item needs a reason");
  }

  /** Builds {@link AgendaItem}s. */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    Builder() {}
  }
}
