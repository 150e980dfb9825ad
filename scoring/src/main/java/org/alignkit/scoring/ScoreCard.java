package org.alignkit.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.NodeType;
import org.apiguardian.api.API;

/**
 * The result of scoring one assessment under one rule set: the level of each indicator, and for
 * each component, domain and the whole framework a {@link NodeScore}. Immutable; equal when the
 * framework, rule set, assessment and every result are equal.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScoreCard {
  final ScoringEngine.Plan plan;
  final Assessment assessment;
  final int[] indicatorLevels; // 0 = none
  final InputStatus[] indicatorStatus;
  final Rational[] scores;
  final int[] levels; // 0 = none
  final Outcome[] outcomes;
  final Explanation[] explanations; // null when off
  /** Derived from the statuses and outcomes on first use (most callers never ask). */
  private volatile int[] coverage;

  private volatile int[] indicatorCoverage;

  ScoreCard(
      ScoringEngine.Plan plan,
      Assessment assessment,
      int[] indicatorLevels,
      InputStatus[] indicatorStatus,
      Rational[] scores,
      int[] levels,
      Outcome[] outcomes,
      Explanation[] explanations) {
    this.plan = plan;
    this.assessment = assessment;
    this.indicatorLevels = indicatorLevels;
    this.indicatorStatus = indicatorStatus;
    this.scores = scores;
    this.levels = levels;
    this.outcomes = outcomes;
    this.explanations = explanations;
  }

  /** Each node's direct inputs by status, {@code [k * 4 + status.ordinal()]}; made once. */
  int[] coverage() {
    int[] c = coverage;
    if (c == null) {
      c = plan.coverage(indicatorStatus, outcomes);
      coverage = c;
    }
    return c;
  }

  /** Each node's indicators by status, {@code [k * 4 + status.ordinal()]}; made once. */
  int[] indicatorCoverage() {
    int[] c = indicatorCoverage;
    if (c == null) {
      c = plan.indicatorCoverage(indicatorStatus);
      indicatorCoverage = c;
    }
    return c;
  }

  /** The assessment scored. */
  public Assessment assessment() {
    return assessment;
  }

  /** The id of the rule set used. */
  public String ruleSetId() {
    return plan.ruleSet.id();
  }

  /** The framework the assessment was scored over. */
  public Framework framework() {
    return plan.framework;
  }

  /** The label ({@code id version}) of the framework. */
  public String frameworkLabel() {
    return plan.framework.label();
  }

  /** An indicator's level; empty when it has none (not applicable, no information, missing). */
  public OptionalInt indicatorLevel(String indicatorId) {
    int i = plan.indicatorIndex(indicatorId);
    return indicatorLevels[i] == 0 ? OptionalInt.empty() : OptionalInt.of(indicatorLevels[i]);
  }

  /**
   * An indicator's status.
   *
   * @throws IllegalArgumentException if the framework has no such indicator
   */
  public InputStatus indicatorStatus(String indicatorId) {
    return indicatorStatus[plan.indicatorIndex(indicatorId)];
  }

  /** The score of the whole framework. */
  public NodeScore overall() {
    return new NodeScore(this, 0);
  }

  /** The score of a component or domain. */
  public Optional<NodeScore> node(String nodeId) {
    OptionalInt i = plan.framework.nodeIndex(nodeId);
    return i.isEmpty() ? Optional.empty() : Optional.of(new NodeScore(this, i.getAsInt()));
  }

  /** The domains' scores, in framework order. */
  public List<NodeScore> domains() {
    List<NodeScore> out = new ArrayList<>();
    for (int i = 0; i < plan.nodeIds.length; i++) {
      if (plan.nodeTypes[i] == NodeType.DOMAIN) {
        out.add(new NodeScore(this, i));
      }
    }
    return out;
  }

  /** The components' scores, in framework order. */
  public List<NodeScore> components() {
    List<NodeScore> out = new ArrayList<>();
    for (int i = 0; i < plan.nodeIds.length; i++) {
      if (plan.nodeTypes[i] == NodeType.COMPONENT) {
        out.add(new NodeScore(this, i));
      }
    }
    return out;
  }

  /** Whether the card carries explanations. */
  public boolean hasExplanations() {
    return explanations != null;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ScoreCard)) {
      return false;
    }
    ScoreCard c = (ScoreCard) o;
    return plan.framework.equals(c.plan.framework)
        && plan.ruleSet.equals(c.plan.ruleSet)
        && assessment.equals(c.assessment)
        && Arrays.equals(indicatorLevels, c.indicatorLevels)
        && Arrays.equals(indicatorStatus, c.indicatorStatus)
        && Arrays.equals(scores, c.scores)
        && Arrays.equals(levels, c.levels)
        && Arrays.equals(outcomes, c.outcomes)
        && Arrays.equals(explanations, c.explanations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan.ruleSet.id(), Arrays.hashCode(scores), Arrays.hashCode(levels));
  }

  @Override
  public String toString() {
    return "ScoreCard[" + ruleSetId() + ", " + assessment.group().id() + ": " + overall() + "]";
  }
}
