package org.alignkit.analysis.progress;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.Optional;
import org.alignkit.analysis.NodeScores;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One round as input to {@link Progress} and {@link TargetProfile}: the framework answered, the
 * groups' exercise, optionally their node scores, and optionally the consensus agreed at the
 * workshop with its node scores.
 *
 * <p>Built values are checked: the exercise and the consensus answer the framework, and node scores
 * name groups of the exercise.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class RoundData {
  RoundData() {}

  /** The framework answered. */
  public abstract Framework framework();

  /** The groups' assessments. */
  public abstract Exercise exercise();

  /** The groups' node scores by group id (for example {@code id -> card.score(id)}); may be empty. */
  public abstract Map<String, NodeScores> nodeScores();

  /** The agreed ratings (the assessment of a {@link ConsensusRecord}), if the round has one. */
  public abstract Optional<Assessment> consensus();

  /** The node scores of the consensus, if the round has them. */
  public abstract Optional<NodeScores> consensusScores();

  /** A round of groups' assessments only. */
  public static RoundData of(Framework framework, Exercise exercise) {
    return builder().framework(framework).exercise(exercise).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Framework f = framework();
    checkArgument(
        exercise().frameworkId().equals(f.id())
            && exercise().frameworkVersion().equals(f.version()),
        "the exercise answers framework %s %s, not %s",
        exercise().frameworkId(),
        exercise().frameworkVersion(),
        f.label());
    for (Assessment a : exercise().assessments()) {
      f.requireValid(a);
    }
    consensus().ifPresent(c -> {
      checkArgument(
          c.frameworkId().equals(f.id()) && c.frameworkVersion().equals(f.version()),
          "the consensus answers framework %s %s, not %s",
          c.frameworkId(),
          c.frameworkVersion(),
          f.label());
      f.requireValid(c);
    });
    for (String g : nodeScores().keySet()) {
      checkArgument(
          exercise().assessment(g).isPresent(),
          "node scores are given for group '%s', which is not in the exercise",
          g);
    }
    checkArgument(
        consensusScores().isEmpty() || consensus().isPresent(),
        "consensus scores are given without the consensus ratings");
  }

  /** Builds {@link RoundData}. */
  public static final class Builder extends ImmutableRoundData.Builder {
    Builder() {}
  }
}
