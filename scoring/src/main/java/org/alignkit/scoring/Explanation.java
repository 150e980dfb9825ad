package org.alignkit.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.alignkit.scoring.spi.MissingDataTreatment;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Why a node has its level: the rules with their parameters, every input with its status and the
 * value used, the intermediate values, the score, the level, why not the next level, and what would
 * reach it.
 *
 * <p>{@link #neededForNextLevel()} is found by raising the lowest used input one level at a time
 * (ties: the first in framework order) until the next level is reached; it is one short way there,
 * not the only one. Inputs that were left out (absent and excluded) are not considered.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Explanation {
  Explanation() {}

  /** The node explained. */
  public abstract String nodeId();

  /** The aggregation rule with its parameters. */
  public abstract RuleRef aggregation();

  /** The banding rule with its parameters. */
  public abstract RuleRef banding();

  /** The missing-data rule with its parameters. */
  public abstract RuleRef missingData();

  /** Every input in framework order, with status, given and used value. */
  public abstract List<ExplanationInput> inputs();

  /** What the missing-data rule decided, if any input was absent. */
  public abstract Optional<MissingDataTreatment> treatment();

  /** Intermediate values of the aggregation, e.g. {@code sum} and {@code count}. */
  public abstract Map<String, Rational> intermediates();

  /** The outcome. */
  public abstract Outcome outcome();

  /** The score, when scored. */
  public abstract Optional<Rational> score();

  /** The level, when scored. */
  public abstract OptionalInt level();

  /** The next level up, when scored below the top of the scale. */
  public abstract OptionalInt nextLevel();

  /** Raises that would reach the next level; empty at the top or when none was found. */
  public abstract List<Raise> neededForNextLevel();

  /** The explanation in one or two English sentences. */
  public abstract String reason();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Explanation}s. */
  public static final class Builder extends ImmutableExplanation.Builder {
    Builder() {}
  }
}
