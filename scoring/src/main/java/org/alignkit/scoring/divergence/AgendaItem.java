package org.alignkit.scoring.divergence;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.alignkit.core.LocalizedText;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One item of the harmonisation agenda: an indicator on which the groups diverge, with what each
 * group claims is true (its level and that level's descriptor, in every language of the framework),
 * its evidence and comment, and the gap between the lowest and the highest level.
 *
 * <p>See {@link RoundAnalysis#agenda()} for the ranking. Immutable; two items are equal when every
 * attribute is equal, however they were made (the builder, or a round's analysis, whose items read
 * the round's arrays).
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

  /** Equal when every attribute is equal, however the item was made. */
  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AgendaItem)) {
      return false;
    }
    AgendaItem that = (AgendaItem) o;
    return rank() == that.rank()
        && indicatorId().equals(that.indicatorId())
        && title().equals(that.title())
        && domainId().equals(that.domainId())
        && componentId().equals(that.componentId())
        && answers().equals(that.answers())
        && spread().equals(that.spread())
        && lowestGroups().equals(that.lowestGroups())
        && highestGroups().equals(that.highestGroups())
        && apartFromOthers().equals(that.apartFromOthers())
        && reasons().equals(that.reasons());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(
        rank(),
        indicatorId(),
        title(),
        domainId(),
        componentId(),
        answers(),
        spread(),
        lowestGroups(),
        highestGroups(),
        apartFromOthers(),
        reasons());
  }

  /** The attributes. */
  @Override
  public final String toString() {
    return MoreObjects.toStringHelper("AgendaItem")
        .add("rank", rank())
        .add("indicatorId", indicatorId())
        .add("title", title())
        .add("domainId", domainId())
        .add("componentId", componentId())
        .add("answers", answers())
        .add("spread", spread())
        .add("lowestGroups", lowestGroups())
        .add("highestGroups", highestGroups())
        .add("apartFromOthers", apartFromOthers())
        .add("reasons", reasons())
        .toString();
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
