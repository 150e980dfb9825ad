package org.alignkit.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalInt;
import org.alignkit.scoring.NodeScore;
import org.alignkit.scoring.Outcome;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The level one rule set gives one node of one group: a level when the node is scored, else none,
 * with the outcome saying why (not applicable, no information, insufficient coverage).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class RuleLevel {
  RuleLevel() {}

  /** The level; empty unless the outcome is {@link Outcome#SCORED}. */
  @Value.Parameter
  public abstract OptionalInt level();

  /** Whether the node has a score, and if not, why. */
  @Value.Parameter
  public abstract Outcome outcome();

  /** The level and outcome of a node score. */
  public static RuleLevel of(NodeScore score) {
    return ImmutableRuleLevel.of(score.level(), score.outcome());
  }

  /** A level, or none with the outcome. */
  public static RuleLevel of(OptionalInt level, Outcome outcome) {
    return ImmutableRuleLevel.of(level, outcome);
  }

  @Value.Check
  void check() {
    checkArgument(
        level().isPresent() == (outcome() == Outcome.SCORED),
        "a level is given exactly when the node is scored (level %s, outcome %s)",
        level(),
        outcome());
  }

  /** The level as text: the number, or the outcome in lower case. */
  @Override
  public String toString() {
    return level().isPresent()
        ? Integer.toString(level().getAsInt())
        : outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
