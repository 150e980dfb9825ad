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

  /**
   * The explanation in one or two English sentences, e.g. "OB-1: mean of 4 inputs gives 11/4
   * (2.75); floor banding gives level 2; level 3 is not reached: it needs OB-1.1 at 3." Written on
   * first use, from the other attributes.
   */
  @Value.Lazy
  public String reason() {
    StringBuilder r = new StringBuilder(nodeId());
    int used = 0;
    int rated = 0;
    int applicable = 0;
    for (ExplanationInput i : inputs()) {
      used += i.used().isPresent() ? 1 : 0;
      rated += i.status() == InputStatus.RATED ? 1 : 0;
      applicable += i.status() == InputStatus.NOT_APPLICABLE ? 0 : 1;
    }
    switch (outcome()) {
      case NOT_APPLICABLE:
        return r.append(" has no score: every input is not applicable.").toString();
      case INSUFFICIENT_COVERAGE:
        return r.append(" has no score: only ")
            .append(rated)
            .append(" of ")
            .append(applicable)
            .append(" applicable inputs are rated: insufficient coverage under ")
            .append(missingData())
            .append('.')
            .toString();
      case NO_INFORMATION:
        return r.append(" has no score: no input has a value and ")
            .append(missingData())
            .append(" leaves the absent ones out.")
            .toString();
      default:
        break;
    }
    Rational score = score().orElseThrow();
    r.append(": ")
        .append(aggregation().id())
        .append(" of ")
        .append(used)
        .append(used == 1 ? " input" : " inputs")
        .append(" gives ")
        .append(score)
        .append(score.isInteger() ? "" : " (" + score.toDecimalString() + ")")
        .append("; ")
        .append(banding().id())
        .append(" banding gives level ")
        .append(level().orElseThrow());
    if (treatment().isPresent() && treatment().get() == MissingDataTreatment.EXCLUDE) {
      r.append("; absent inputs were left out (").append(missingData().id()).append(')');
    } else if (treatment().isPresent() && treatment().get() == MissingDataTreatment.COUNT_AS_LOWEST) {
      r.append("; absent inputs counted as the lowest level (").append(missingData().id()).append(')');
    }
    if (nextLevel().isEmpty()) {
      return r.append("; this is the top of the scale.").toString();
    }
    r.append("; level ").append(nextLevel().getAsInt()).append(" is not reached");
    if (neededForNextLevel().isEmpty()) {
      return r.append(" and raising the used inputs does not reach it.").toString();
    }
    r.append(": it needs ");
    for (int i = 0; i < neededForNextLevel().size(); i++) {
      Raise x = neededForNextLevel().get(i);
      r.append(i == 0 ? "" : ", ").append(x.id()).append(" at ").append(x.to());
    }
    return r.append('.').toString();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Explanation}s. */
  public static final class Builder extends ImmutableExplanation.Builder {
    Builder() {}
  }
}
