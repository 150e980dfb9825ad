package org.alignkit.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alignkit.scoring.ScoreCard;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What one round of the diagnostic shows about the groups' divergence, made by {@link
 * RoundAnalyser}: per indicator and per node, agreement overall and per domain, the ranked
 * harmonisation agenda and, when the round was scored by the analyser, the groups' score cards.
 *
 * <p>Immutable and thread-safe; every value is computed when the analysis is made. Equal when every
 * attribute is equal.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class RoundAnalysis {
  RoundAnalysis() {}

  /** The framework's id. */
  public abstract String frameworkId();

  /** The framework's version. */
  public abstract String frameworkVersion();

  /** The country of the exercise. */
  public abstract String country();

  /** The round's id. */
  public abstract String roundId();

  /** The groups' ids, in the order of the exercise. */
  public abstract List<String> groupIds();

  /** The criteria used for the agenda. */
  public abstract DivergenceCriteria criteria();

  /** Divergence per indicator, in the framework's tree order. */
  public abstract List<IndicatorDivergence> indicators();

  /**
   * Divergence on the groups' scores per node, in the framework's node order ({@link
   * org.alignkit.core.Framework#nodes()}: the framework first, then each domain followed by its
   * components). Empty when no node scores were given.
   */
  public abstract List<NodeDivergence> nodes();

  /** Agreement over all indicators. */
  public abstract Agreement agreement();

  /** Agreement per domain, by domain id in the framework's order. */
  public abstract Map<String, Agreement> agreementByDomain();

  /**
   * The harmonisation agenda: the highly divergent indicators, ranked. The order is total and
   * deterministic:
   *
   * <ol>
   *   <li>larger range of levels (the gap) first;
   *   <li>then larger mean absolute pairwise difference first;
   *   <li>then the indicator's domain, in the framework's domain order;
   *   <li>then larger indicator weight first (no weight counts as 1);
   *   <li>then the indicator's position in the framework's tree order.
   * </ol>
   *
   * Items are numbered from 1 in that order. The order does not depend on the order of the groups.
   */
  public abstract List<AgendaItem> agenda();

  /**
   * The groups' score cards, in the order of {@link #groupIds()}, when the analyser scored the round
   * or was given the cards; empty when it was given node scores.
   */
  public abstract List<ScoreCard> cards();

  /** The number of items on the {@link #agenda()}. */
  public final int agendaSize() {
    return agenda().size();
  }

  /** The divergence of an indicator. */
  public final Optional<IndicatorDivergence> indicator(String indicatorId) {
    return indicators().stream()
        .filter(d -> d.indicatorId().equals(indicatorId))
        .findFirst();
  }

  /** The divergence of a node (framework, domain or component). */
  public final Optional<NodeDivergence> node(String nodeId) {
    return nodes().stream().filter(d -> d.nodeId().equals(nodeId)).findFirst();
  }

  /** The score card of a group, if the analysis holds the cards. */
  public final Optional<ScoreCard> card(String groupId) {
    return cards().stream()
        .filter(c -> c.assessment().group().id().equals(groupId))
        .findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RoundAnalysis} values. */
  public static final class Builder extends ImmutableRoundAnalysis.Builder {
    Builder() {}
  }
}
