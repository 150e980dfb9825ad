package org.alignkit.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alignkit.core.LocalizedText;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One item of the harmonisation agenda: an indicator on which the groups diverge, with its rank and
 * title and its {@link IndicatorDivergence}: what each group claims is true (its level and that
 * level's descriptor, in every language of the framework), its evidence and comment, and the gap
 * between the lowest and the highest level.
 *
 * <p>See {@link RoundAnalysis#agenda()} for the ranking. Immutable; equal when every attribute is
 * equal.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class AgendaItem {
  AgendaItem() {}

  /** The item's rank on the agenda, 1 for the first. */
  public abstract int rank();

  /** The indicator's title. */
  public abstract LocalizedText title();

  /** The divergence on the indicator, which made it an area of high divergence. */
  public abstract IndicatorDivergence divergence();

  /** The indicator's id. */
  public final String indicatorId() {
    return divergence().indicatorId();
  }

  /** The id of the indicator's domain. */
  public final String domainId() {
    return divergence().domainId();
  }

  /** The id of the indicator's component. */
  public final String componentId() {
    return divergence().componentId();
  }

  /** Every group's answer side by side, in the order of the exercise's groups. */
  public final List<GroupAnswer> answers() {
    return divergence().answers();
  }

  /** The spread of the levels given. */
  public final Spread spread() {
    return divergence().spread().orElseThrow();
  }

  /** The gap: the highest level given minus the lowest. */
  public final BigDecimal gap() {
    return spread().range();
  }

  /** The groups that gave the lowest level, in group order. */
  public final List<String> lowestGroups() {
    return groupsAt(spread().minimum());
  }

  /** The groups that gave the highest level, in group order. */
  public final List<String> highestGroups() {
    return groupsAt(spread().maximum());
  }

  /** The groups at least the criteria's distance from the median of the others, in group order. */
  public final List<String> apartFromOthers() {
    return divergence().apartFromOthers();
  }

  /** Which criteria made the indicator divergent; never empty. */
  public final Set<DivergenceReason> reasons() {
    return divergence().reasons();
  }

  private List<String> groupsAt(BigDecimal level) {
    List<String> out = new ArrayList<>();
    for (GroupAnswer a : answers()) {
      if (a.isRated() && level.compareTo(BigDecimal.valueOf(a.level().getAsInt())) == 0) {
        out.add(a.groupId());
      }
    }
    return List.copyOf(out);
  }

  /** An item of the agenda. */
  public static AgendaItem of(int rank, LocalizedText title, IndicatorDivergence divergence) {
    return builder().rank(rank).title(title).divergence(divergence).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(rank() >= 1, "ranks start at 1, got %s", rank());
    checkArgument(
        divergence().isHighlyDivergent(),
        "indicator %s is not an area of high divergence: an agenda item needs a reason",
        divergence().indicatorId());
    checkArgument(divergence().spread().isPresent(), "an agenda item needs levels");
  }

  /** Builds {@link AgendaItem}s. */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    Builder() {}
  }
}
