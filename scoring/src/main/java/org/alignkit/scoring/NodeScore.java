package org.alignkit.scoring;

import java.util.Optional;
import java.util.OptionalInt;
import org.alignkit.core.NodeType;
import org.apiguardian.api.API;

/**
 * The score of one component, domain or of the whole framework in a {@link ScoreCard}: the outcome,
 * the exact score, the level, the coverage and, when the engine explains, the explanation.
 * Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NodeScore {
  private final ScoreCard card;
  private final int node;

  NodeScore(ScoreCard card, int node) {
    this.card = card;
    this.node = node;
  }

  /** The node's id (the framework's id for the whole framework). */
  public String id() {
    return card.plan.nodeIds[node];
  }

  /** The node's type: component, domain or framework. */
  public NodeType type() {
    return card.plan.nodeTypes[node];
  }

  /** Whether the node has a score, and if not, why. */
  public Outcome outcome() {
    return card.outcomes[node];
  }

  /** The exact score; empty unless {@link #outcome()} is {@link Outcome#SCORED}. */
  public Optional<Rational> score() {
    return Optional.ofNullable(card.scores[node]);
  }

  /** The score as a double, or NaN without a score: for display and charts only. */
  public double scoreAsDouble() {
    Rational s = card.scores[node];
    return s == null ? Double.NaN : s.doubleValue();
  }

  /** The level on the scale; empty unless scored. */
  public OptionalInt level() {
    int l = card.levels[node];
    return l == 0 ? OptionalInt.empty() : OptionalInt.of(l);
  }

  /** The status of the node's direct inputs (indicators for a component, child nodes otherwise). */
  public Coverage coverage() {
    int[] c = card.coverage();
    int b = node * 4;
    return Coverage.of(c[b], c[b + 1], c[b + 2], c[b + 3]);
  }

  /** The status of every indicator below the node. */
  public Coverage indicatorCoverage() {
    int[] c = card.indicatorCoverage();
    int b = node * 4;
    return Coverage.of(c[b], c[b + 1], c[b + 2], c[b + 3]);
  }

  /** Why the node has its level; empty when the engine runs without explanations. */
  public Optional<Explanation> explanation() {
    return card.explanations == null ? Optional.empty() : Optional.of(card.explanations[node]);
  }

  @Override
  public String toString() {
    return id()
        + ": "
        + (outcome() == Outcome.SCORED
            ? card.scores[node].toDecimalString() + " (level " + card.levels[node] + ")"
            : outcome());
  }
}
