package org.alignkit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Divergence on one indicator in one round: every group's answer side by side, the spread of the
 * levels given, the outlying groups, and whether the indicator is an area of high divergence.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class IndicatorDivergence {
  IndicatorDivergence() {}

  /** The indicator's id. */
  @Value.Parameter
  public abstract String indicatorId();

  /** The id of the indicator's domain. */
  @Value.Parameter
  public abstract String domainId();

  /** The id of the indicator's component. */
  @Value.Parameter
  public abstract String componentId();

  /** Every group's answer, in the order of the exercise's groups. */
  @Value.Parameter
  public abstract List<GroupAnswer> answers();

  /** The spread of the levels given; empty when no group gave a level. */
  @Value.Parameter
  public abstract Optional<Spread> spread();

  /**
   * The groups furthest from the median of all levels given, in group order; empty when all levels
   * are equal (or fewer than two groups rated).
   */
  @Value.Parameter
  public abstract List<String> outliers();

  /**
   * The groups whose level is at least {@link DivergenceCriteria#minimumDistanceFromOthers()} from
   * the median of the other groups' levels, in group order.
   */
  @Value.Parameter
  public abstract List<String> apartFromOthers();

  /** Why the indicator is an area of high divergence; empty when it is not. */
  @Value.Parameter
  public abstract Set<DivergenceReason> reasons();

  /** Whether the indicator is an area of high divergence under the criteria used. */
  public final boolean isHighlyDivergent() {
    return !reasons().isEmpty();
  }

  /** The number of groups that gave a level. */
  public final int ratedCount() {
    return spread().map(Spread::count).orElse(0);
  }

  /** The groups that said "not applicable", in group order. */
  public final List<String> notApplicable() {
    return groupsWith(AnswerStatus.NOT_APPLICABLE);
  }

  /** The groups that said "no information", in group order. */
  public final List<String> noInformation() {
    return groupsWith(AnswerStatus.NO_INFORMATION);
  }

  /** The groups whose assessment has no rating for the indicator, in group order. */
  public final List<String> notRated() {
    return groupsWith(AnswerStatus.NOT_RATED);
  }

  /** The groups whose answer has the given status, in group order. */
  public final List<String> groupsWith(AnswerStatus status) {
    List<String> out = new ArrayList<>();
    for (GroupAnswer a : answers()) {
      if (a.status() == status) {
        out.add(a.groupId());
      }
    }
    return List.copyOf(out);
  }

  /** The answer of a group. */
  public final Optional<GroupAnswer> answer(String groupId) {
    for (GroupAnswer a : answers()) {
      if (a.groupId().equals(groupId)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorDivergence}s. */
  public static final class Builder extends ImmutableIndicatorDivergence.Builder {
    Builder() {}
  }
}
