package org.alignkit.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.alignkit.scoring.NodeScore;
import org.alignkit.scoring.ScoreCard;
import org.apiguardian.api.API;

/**
 * One group's scores on the nodes of a framework (components, domains and the framework itself),
 * as a scorer computed them. Divergence and progress read scores only through this interface: a
 * {@link ScoreCard} adapts with {@link #of(ScoreCard)}, scores from elsewhere with {@link #of(Map)}
 * or a lambda:
 *
 * <pre>{@code
 * NodeScores scores = nodeId -> Optional.ofNullable(myScores.get(nodeId));
 * }</pre>
 *
 * <p>Implementations must be thread-safe and give the same answer for the same id every time.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface NodeScores {
  /**
   * How exact scores are shown as decimals everywhere in the analysis: 16 significant digits
   * ({@link java.math.MathContext#DECIMAL64}).
   */
  java.math.MathContext DECIMALS = java.math.MathContext.DECIMAL64;

  /**
   * The score of a node (a component, a domain or the framework, by id); empty if the node has no
   * score (unknown, or every indicator below it unrated).
   */
  Optional<BigDecimal> score(String nodeId);

  /**
   * The maturity level of a node, if the scorer banded its score into a level; empty by default.
   */
  default OptionalInt level(String nodeId) {
    return OptionalInt.empty();
  }

  /** No scores at all. */
  static NodeScores empty() {
    return nodeId -> Optional.empty();
  }

  /**
   * The scores and levels of a score card, each exact score shown as a decimal of 16 significant
   * digits ({@link java.math.MathContext#DECIMAL64}); the framework's id names the overall score.
   */
  static NodeScores of(ScoreCard card) {
    requireNonNull(card, "card");
    String overall = card.overall().id();
    return new NodeScores() {
      private Optional<NodeScore> node(String nodeId) {
        return nodeId.equals(overall) ? Optional.of(card.overall()) : card.node(nodeId);
      }

      @Override
      public Optional<BigDecimal> score(String nodeId) {
        return node(nodeId).flatMap(NodeScore::score).map(r -> r.toBigDecimal(DECIMALS));
      }

      @Override
      public OptionalInt level(String nodeId) {
        return node(nodeId).map(NodeScore::level).orElse(OptionalInt.empty());
      }
    };
  }

  /**
   * Scores from a map of node id to score (copied), without levels.
   *
   * @throws NullPointerException if a key or value is null
   */
  static NodeScores of(Map<String, BigDecimal> scores) {
    ImmutableMap<String, BigDecimal> copy = ImmutableMap.copyOf(requireNonNull(scores, "scores"));
    return nodeId -> Optional.ofNullable(copy.get(nodeId));
  }
}
