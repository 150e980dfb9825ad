package org.alignkit.analysis.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alignkit.analysis.NodeScores;
import org.alignkit.core.Assessment;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.ScoringEngine;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Progress between two rounds under several rule sets: per group and node the class of the change
 * (progress, stagnation, decline, not comparable) each rule set gives, robust or rule-dependent
 * ({@link ChangeSensitivity}). A rise that is progress under the mean and stagnation under the
 * weakest link is a finding about the rules. The first rule set is the reference.
 *
 * <p>Each rule set scores both rounds; {@link Progress#compare} classes the changes. Changes of
 * single indicators do not depend on scoring rules and are not repeated here. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ProgressSensitivity {
  ProgressSensitivity() {}

  /** The rule sets' ids, in the order given; the first is the reference. */
  public abstract List<String> ruleSetIds();

  /** The earlier round's id. */
  public abstract String baselineRoundId();

  /** The later round's id. */
  public abstract String currentRoundId();

  /**
   * The classes per group and node: the groups in both rounds in the later round's order, each with
   * its nodes in {@link GroupProgress#nodes()} order.
   */
  public abstract List<ChangeSensitivity> changes();

  /** The changes whose class depends on the rules, in the order of {@link #changes()}. */
  public final List<ChangeSensitivity> ruleDependentChanges() {
    List<ChangeSensitivity> out = new ArrayList<>();
    for (ChangeSensitivity c : changes()) {
      if (!c.isRobust()) {
        out.add(c);
      }
    }
    return out;
  }

  /** The classes of one group's change on one node. */
  public final Optional<ChangeSensitivity> change(String groupId, String nodeId) {
    for (ChangeSensitivity c : changes()) {
      if (c.groupId().equals(groupId) && c.nodeId().equals(nodeId)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Compares two rounds under each rule set, with the {@linkplain Progress#compare(RoundData,
   * RoundData) default progress rule}.
   *
   * @throws IllegalArgumentException if the rounds answer different frameworks, or no rule set is
   *     given, or one twice
   * @throws org.alignkit.scoring.ScoringException if a rule set does not fit a framework
   */
  public static ProgressSensitivity compare(
      Framework baselineFramework,
      Exercise baseline,
      Framework currentFramework,
      Exercise current,
      List<RuleSet> ruleSets) {
    return compare(baselineFramework, baseline, currentFramework, current, ruleSets, null);
  }

  /** Compares two rounds under each rule set, classing changes by {@code rule}. */
  public static ProgressSensitivity compare(
      Framework baselineFramework,
      Exercise baseline,
      Framework currentFramework,
      Exercise current,
      List<RuleSet> ruleSets,
      ProgressRule rule) {
    requireNonNull(baselineFramework, "baselineFramework");
    requireNonNull(baseline, "baseline");
    requireNonNull(currentFramework, "currentFramework");
    requireNonNull(current, "current");
    requireNonNull(ruleSets, "ruleSets");
    checkArgument(!ruleSets.isEmpty(), "compare at least one rule set");
    Set<String> seen = new HashSet<>();
    for (RuleSet r : ruleSets) {
      checkArgument(seen.add(r.id()), "rule set '%s' is given twice", r.id());
    }
    List<String> ids = new ArrayList<>();
    Map<String, ProgressReport> reports = new LinkedHashMap<>();
    for (RuleSet r : ruleSets) {
      ids.add(r.id());
      RoundData b = scored(baselineFramework, baseline, r);
      RoundData c = scored(currentFramework, current, r);
      reports.put(r.id(), rule == null ? Progress.compare(b, c) : Progress.compare(b, c, rule));
    }
    ProgressReport reference = reports.get(ids.get(0));
    Builder out = builder()
        .addAllRuleSetIds(ids)
        .baselineRoundId(reference.baselineRoundId())
        .currentRoundId(reference.currentRoundId());
    for (GroupProgress group : reference.groups()) {
      for (Change change : group.nodes()) {
        ChangeSensitivity.Builder s = ChangeSensitivity.builder()
            .groupId(group.groupId())
            .nodeId(change.nodeId())
            .type(change.type());
        for (String id : ids) {
          Change other = reports
              .get(id)
              .group(group.groupId())
              .orElseThrow()
              .change(change.nodeId())
              .orElseThrow();
          s.putClasses(id, other.progressClass());
        }
        out.addChanges(s.build());
      }
    }
    return out.build();
  }

  /** A round with every group's node scores under one rule set. */
  private static RoundData scored(Framework framework, Exercise exercise, RuleSet ruleSet) {
    ScoringEngine engine = ScoringEngine.builder(framework).ruleSet(ruleSet).build();
    Map<String, NodeScores> scores = new LinkedHashMap<>();
    for (Assessment a : exercise.assessments()) {
      scores.put(a.group().id(), NodeScores.of(engine.score(a)));
    }
    return RoundData.builder()
        .framework(framework)
        .exercise(exercise)
        .putAllNodeScores(scores)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!ruleSetIds().isEmpty(), "a sensitivity needs at least one rule set");
    for (ChangeSensitivity c : changes()) {
      checkArgument(
          List.copyOf(c.classes().keySet()).equals(ruleSetIds()),
          "%s/%s: classes are given for %s, not for the rule sets %s",
          c.groupId(),
          c.nodeId(),
          c.classes().keySet(),
          ruleSetIds());
    }
  }

  /** Builds {@link ProgressSensitivity} values. */
  public static final class Builder extends ImmutableProgressSensitivity.Builder {
    Builder() {}
  }
}
