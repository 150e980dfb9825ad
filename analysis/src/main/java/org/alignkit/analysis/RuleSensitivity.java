package org.alignkit.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One round scored under several rule sets, to tell findings about the country from findings about
 * the rules: per group and node the level each rule set gives, robust or rule-dependent ({@link
 * NodeSensitivity}), and per indicator whether it is on each rule set's harmonisation agenda ({@link
 * AgendaSensitivity}). Made by {@link RoundAnalyser#sensitivity}; the first rule set is the
 * reference that the others are compared with.
 *
 * <p><b>The agenda under a rule set.</b> The agenda is judged on the groups' levels by the
 * analyser's {@link DivergenceCriteria}. A rule set whose missing-data rule counts a component's
 * absent inputs as the lowest level (PEFA's D*, for example) reads a group's "no information" on
 * that component's indicators as the lowest level, exactly as its score cards count it; the agenda
 * under that rule set is judged on those levels, so an indicator one group rates high and another
 * has no information on can enter it. Every other rule set reads the levels as the round gives them,
 * and its agenda is the round's ({@link RoundAnalysis#agenda()}).
 *
 * <p>Immutable; equal when every attribute is equal.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class RuleSensitivity {
  RuleSensitivity() {}

  /** The rule sets' ids, in the order given; the first is the reference. */
  public abstract List<String> ruleSetIds();

  /** The groups' ids, in the order of the exercise. */
  public abstract List<String> groupIds();

  /**
   * The levels per group and node: for each group in order, the framework's nodes in their order
   * (the framework, then each domain followed by its components).
   */
  public abstract List<NodeSensitivity> nodes();

  /**
   * The indicators on the agenda under at least one rule set, in the framework's tree order, with
   * their rank under each rule set.
   */
  public abstract List<AgendaSensitivity> agenda();

  /** The nodes whose level depends on the rules, in the order of {@link #nodes()}. */
  public final List<NodeSensitivity> ruleDependentNodes() {
    List<NodeSensitivity> out = new ArrayList<>();
    for (NodeSensitivity n : nodes()) {
      if (!n.isRobust()) {
        out.add(n);
      }
    }
    return out;
  }

  /** The agenda items that some rule set leaves off, in the order of {@link #agenda()}. */
  public final List<AgendaSensitivity> ruleDependentAgenda() {
    List<AgendaSensitivity> out = new ArrayList<>();
    for (AgendaSensitivity a : agenda()) {
      if (!a.isRobust()) {
        out.add(a);
      }
    }
    return out;
  }

  /** The levels of one group's node. */
  public final Optional<NodeSensitivity> node(String groupId, String nodeId) {
    for (NodeSensitivity n : nodes()) {
      if (n.groupId().equals(groupId) && n.nodeId().equals(nodeId)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /** An indicator's place on the agendas, if some rule set puts it there. */
  public final Optional<AgendaSensitivity> agendaItem(String indicatorId) {
    for (AgendaSensitivity a : agenda()) {
      if (a.indicatorId().equals(indicatorId)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!ruleSetIds().isEmpty(), "a sensitivity needs at least one rule set");
    checkArgument(
        ruleSetIds().stream().distinct().count() == ruleSetIds().size(),
        "rule set ids repeat: %s",
        ruleSetIds());
    for (NodeSensitivity n : nodes()) {
      checkArgument(
          List.copyOf(n.levels().keySet()).equals(ruleSetIds()),
          "%s/%s: levels are given for %s, not for the rule sets %s",
          n.groupId(),
          n.nodeId(),
          n.levels().keySet(),
          ruleSetIds());
      checkArgument(groupIds().contains(n.groupId()), "unknown group '%s'", n.groupId());
    }
    for (AgendaSensitivity a : agenda()) {
      checkArgument(
          List.copyOf(a.ranks().keySet()).equals(ruleSetIds()),
          "%s: ranks are given for %s, not for the rule sets %s",
          a.indicatorId(),
          a.ranks().keySet(),
          ruleSetIds());
    }
  }

  /** Builds {@link RuleSensitivity} values. */
  public static final class Builder extends ImmutableRuleSensitivity.Builder {
    Builder() {}
  }
}
