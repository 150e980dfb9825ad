package org.alignkit.scoring.divergence;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One group's scores on the nodes of a framework (components, domains and the framework itself),
 * as the scoring engine computed them. Divergence and progress read scores only through this
 * interface, so that any score card adapts to it with one lambda:
 *
 * <pre>{@code
 * NodeScores scores = nodeId -> card.score(nodeId);
 * }</pre>
 *
 * <p>Implementations must be thread-safe and give the same answer for the same id every time.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface NodeScores {
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
   * Scores from a map of node id to score (copied), without levels.
   *
   * @throws NullPointerException if a key or value is null
   */
  static NodeScores of(Map<String, BigDecimal> scores) {
    ImmutableMap<String, BigDecimal> copy = ImmutableMap.copyOf(requireNonNull(scores, "scores"));
    return nodeId -> Optional.ofNullable(copy.get(nodeId));
  }
}
