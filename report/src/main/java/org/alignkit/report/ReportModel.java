package org.alignkit.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alignkit.analysis.AgendaItem;
import org.alignkit.analysis.Agreement;
import org.alignkit.analysis.NodeSensitivity;
import org.alignkit.analysis.RuleSensitivity;
import org.alignkit.analysis.progress.ProgressClass;
import org.alignkit.analysis.progress.ProgressSensitivity;
import org.alignkit.core.ActionItem;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Dissent;
import org.alignkit.core.Framework;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Round;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.metrics.AlphaInterval;
import org.alignkit.metrics.AlphaResult;
import org.alignkit.metrics.Metric;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Everything a report of one round shows, independent of the output format and language: the
 * framework (its tree, scale, level descriptors and provenance), the rule set, the groups, the
 * scores and levels per node and group, the ratings per indicator with the divergent ones flagged,
 * the harmonisation agenda, agreement (with interval estimates for alpha when asked for), the
 * distances between groups, the workshop's outcome (the consensus record: agreed levels, dissents,
 * the action plan and its endorsements), with a baseline round progress and the follow-up of the
 * baseline's action plan, and, when several rule sets are compared, the rule sensitivity of the
 * levels, the agenda and progress.
 *
 * <p>Built models are consistent: every id they mention is a node of the framework or one of the
 * groups, every level is on the framework's scale, agenda ranks are {@code 1..n} in order. Texts
 * are {@link LocalizedText}s; the renderers pick the language.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ReportModel {
  ReportModel() {}

  /** The report's title, e.g. "Alignment diagnostic, Rwanda 2026". */
  public abstract LocalizedText title();

  /** The country's name; may be empty. */
  @Value.Default
  public LocalizedText country() {
    return LocalizedText.empty();
  }

  /** The round reported on. */
  public abstract Round round();

  /** The baseline round that {@link #progress()} compares with, if any. */
  public abstract Optional<Round> baselineRound();

  /** The framework: tree, titles, scale, level descriptors and provenance. */
  public abstract Framework framework();

  /** The scoring rule set the scores come from. */
  public abstract RuleSetInfo ruleSet();

  /** The stakeholder groups, in the order the report shows them; at least one. */
  public abstract List<StakeholderGroup> groups();

  /**
   * Whether the whole's cells ({@link NodeResult#overall()}) are an agreed consensus rather than
   * all groups' ratings taken together; changes only the label.
   */
  @Value.Default
  public boolean overallIsConsensus() {
    return false;
  }

  /** Scores of the framework, its domains and components; any order. */
  public abstract List<NodeResult> nodeResults();

  /** The heat map rows, one per indicator, in the order to show them. */
  public abstract List<IndicatorRow> indicators();

  /** The harmonisation agenda, ranked: ranks {@code 1..n} in order. */
  public abstract List<AgendaItem> agenda();

  /** Progress since {@link #baselineRound()}; empty without a baseline. */
  public abstract List<ProgressRow> progress();

  /** Agreement between the groups over all indicators, if computed. */
  public abstract Optional<Agreement> agreement();

  /** Agreement per domain, by domain id; empty without {@link #agreement()}. */
  public abstract Map<String, Agreement> agreementByDomain();

  /** The metric of the alpha the report shows; ordinal unless given (levels are ordered). */
  @Value.Default
  public Metric agreementMetric() {
    return Metric.ORDINAL;
  }

  /** The alpha over all indicators in {@link #agreementMetric()}; empty when undefined or not computed. */
  public final Optional<Double> alpha() {
    return agreement().flatMap(this::alphaOf);
  }

  /** The alpha of a domain in {@link #agreementMetric()}; empty when undefined or not computed. */
  public final Optional<Double> alpha(String domainId) {
    return Optional.ofNullable(agreementByDomain().get(domainId)).flatMap(this::alphaOf);
  }

  private Optional<Double> alphaOf(Agreement a) {
    AlphaResult r = a.alpha(agreementMetric());
    return r.isDefined() ? Optional.of(r.alpha()) : Optional.empty();
  }

  /**
   * Interval estimates for the alpha over all indicators in {@link #agreementMetric()}, one per
   * method asked for, each with its method, resamples and seed; empty unless asked for.
   */
  public abstract List<AlphaInterval> alphaIntervals();

  /** Interval estimates for each domain's alpha, by domain id; empty unless asked for. */
  public abstract Map<String, List<AlphaInterval>> alphaIntervalsByDomain();

  /**
   * The round under several rule sets: levels per group and node and the agenda, robust or
   * rule-dependent; the first rule set is {@link #ruleSet()}. Empty unless rule sets were compared.
   */
  public abstract Optional<RuleSensitivity> ruleSensitivity();

  /**
   * Progress since the baseline under the same rule sets as {@link #ruleSensitivity()}; empty
   * without a baseline or without compared rule sets.
   */
  public abstract Optional<ProgressSensitivity> progressSensitivity();

  /** Distances between pairs of groups; one entry per pair, any order. */
  public abstract List<GroupDistance> distances();

  /**
   * The round's consensus record, if the workshop's outcome is known: its agreed levels are the
   * whole's cells ({@link #overallIsConsensus()}), its dissents, action plan and endorsements are
   * shown as recorded.
   */
  public abstract Optional<ConsensusRecord> consensus();

  /** The baseline round's consensus record, whose action plan {@link #followUp()} follows up. */
  public abstract Optional<ConsensusRecord> baselineConsensus();

  /**
   * Every action of the baseline's plan, followed up at this round, in the plan's order; empty
   * without {@link #baselineConsensus()}.
   */
  public abstract List<FollowUpRow> followUp();

  /** The scores of a node, if the model has them. */
  public final Optional<NodeResult> nodeResult(String nodeId) {
    return Optional.ofNullable(nodeResultsById().get(nodeId));
  }

  /** The heat map row of an indicator, if the model has it. */
  public final Optional<IndicatorRow> indicatorRow(String indicatorId) {
    return Optional.ofNullable(indicatorRowsById().get(indicatorId));
  }

  /** The group with an id. */
  public final Optional<StakeholderGroup> group(String groupId) {
    return groups().stream().filter(g -> g.id().equals(groupId)).findFirst();
  }

  /** The distance between two groups: 0 for a group and itself, empty when unknown. */
  public final Optional<Double> distance(String first, String second) {
    if (first.equals(second)) {
      return group(first).map(g -> 0.0);
    }
    return distances().stream()
        .filter(d -> (d.first().equals(first) && d.second().equals(second))
            || (d.first().equals(second) && d.second().equals(first)))
        .map(GroupDistance::distance)
        .findFirst();
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, NodeResult> nodeResultsById() {
    return nodeResults().stream()
        .collect(Collectors.toMap(NodeResult::nodeId, Function.identity(), (a, b) -> a));
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, IndicatorRow> indicatorRowsById() {
    return indicators().stream()
        .collect(Collectors.toMap(IndicatorRow::indicatorId, Function.identity(), (a, b) -> a));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    Framework fw = framework();
    Set<String> groupIds = new HashSet<>();
    if (groups().isEmpty()) {
      problems.add("a report needs at least one group");
    }
    for (StakeholderGroup g : groups()) {
      if (!groupIds.add(g.id())) {
        problems.add("group '" + g.id() + "' is listed twice");
      }
    }
    Set<String> seen = new HashSet<>();
    for (NodeResult r : nodeResults()) {
      String where = "node result '" + r.nodeId() + "'";
      if (!seen.add(r.nodeId())) {
        problems.add(where + " is listed twice");
      }
      boolean known = r.nodeId().equals(fw.id())
          || fw.domain(r.nodeId()).isPresent()
          || fw.component(r.nodeId()).isPresent();
      if (!known) {
        problems.add(where + ": not the framework, a domain or a component of " + fw.label());
      }
      r.groups().forEach((g, cell) -> checkGroup(where, g, groupIds, problems));
      r.groups().values().forEach(cell -> checkCell(where, cell, problems));
      r.overall().ifPresent(cell -> checkCell(where, cell, problems));
    }
    seen.clear();
    for (IndicatorRow row : indicators()) {
      String where = "indicator row '" + row.indicatorId() + "'";
      if (!seen.add(row.indicatorId())) {
        problems.add(where + " is listed twice");
      }
      checkIndicator(where, row.indicatorId(), problems);
      row.ratings().forEach((g, rating) -> checkRating(where, g, rating, groupIds, problems));
      row.overall().ifPresent(cell -> checkCell(where, cell, problems));
    }
    for (int i = 0; i < agenda().size(); i++) {
      AgendaItem item = agenda().get(i);
      String where = "agenda item " + (i + 1) + " ('" + item.indicatorId() + "')";
      if (item.rank() != i + 1) {
        problems.add(where + " has rank " + item.rank() + "; ranks must be 1..n in list order");
      }
      checkIndicator(where, item.indicatorId(), problems);
      GroupRating.byGroup(item.answers())
          .forEach((g, rating) -> checkRating(where, g, rating, groupIds, problems));
    }
    for (ProgressRow row : progress()) {
      String where = "progress row '" + row.nodeId() + "'";
      row.groupId().ifPresent(g -> checkGroup(where, g, groupIds, problems));
      boolean known = row.nodeId().equals(fw.id()) || fw.node(row.nodeId()).isPresent();
      if (!known && row.progressClass() != ProgressClass.NOT_COMPARABLE) {
        problems.add(
            where + ": not a node of " + fw.label() + " (only not-comparable rows may name one)");
      }
    }
    if (!progress().isEmpty() && baselineRound().isEmpty()) {
      problems.add("progress rows need a baseline round");
    }
    agreementByDomain().keySet().stream()
        .filter(d -> fw.domain(d).isEmpty())
        .forEach(d -> problems.add("agreement: '" + d + "' is not a domain"));
    consensus().ifPresent(c -> checkConsensus("consensus", c, groupIds, problems));
    baselineConsensus().ifPresent(c -> {
      if (baselineRound().isEmpty()) {
        problems.add("a baseline consensus needs a baseline round");
      } else if (!c.round().id().equals(baselineRound().get().id())) {
        problems.add("the baseline consensus is of round " + c.round().id()
            + ", not of the baseline round " + baselineRound().get().id());
      }
    });
    consensus().ifPresent(c -> {
      if (!c.round().id().equals(round().id())) {
        problems.add("the consensus is of round " + c.round().id() + ", not of round "
            + round().id());
      }
    });
    if (!followUp().isEmpty() && baselineConsensus().isEmpty()) {
      problems.add("follow-up rows need the baseline consensus, whose plan they follow up");
    }
    for (FollowUpRow row : followUp()) {
      String where = "follow-up of action '" + row.actionId() + "'";
      if (baselineConsensus().isPresent()
          && !baselineConsensus().get().action(row.actionId()).equals(Optional.of(row.action()))) {
        problems.add(where + ": not an action of the baseline's plan");
      }
      row.indicators().forEach(ch -> {
        if (fw.indicator(ch.nodeId()).isEmpty()
            && ch.progressClass() != ProgressClass.NOT_COMPARABLE) {
          problems.add(where + ": '" + ch.nodeId() + "' is not an indicator of " + fw.label());
        }
      });
    }
    for (AlphaInterval i : alphaIntervals()) {
      if (i.metric() != agreementMetric()) {
        problems.add("alpha interval: metric " + i.metric() + ", not " + agreementMetric());
      }
    }
    alphaIntervalsByDomain().keySet().stream()
        .filter(d -> fw.domain(d).isEmpty())
        .forEach(d -> problems.add("alpha interval: '" + d + "' is not a domain"));
    ruleSensitivity().ifPresent(s -> {
      if (!s.ruleSetIds().get(0).equals(ruleSet().id())) {
        problems.add("rule sensitivity: the reference rule set is '"
            + s.ruleSetIds().get(0) + "', not the report's '" + ruleSet().id() + "'");
      }
      for (NodeSensitivity n : s.nodes()) {
        checkGroup("rule sensitivity " + n.nodeId(), n.groupId(), groupIds, problems);
        if (!n.nodeId().equals(fw.id()) && fw.node(n.nodeId()).isEmpty()) {
          problems.add("rule sensitivity: '" + n.nodeId() + "' is not a node of " + fw.label());
        }
      }
      s.agenda().forEach(a -> checkIndicator("rule sensitivity", a.indicatorId(), problems));
    });
    progressSensitivity().ifPresent(p -> {
      if (ruleSensitivity().isEmpty()
          || !p.ruleSetIds().equals(ruleSensitivity().get().ruleSetIds())) {
        problems.add("progress sensitivity: the rule sets differ from the round's sensitivity");
      }
      if (baselineRound().isEmpty()) {
        problems.add("progress sensitivity needs a baseline round");
      }
    });
    Set<String> pairs = new HashSet<>();
    for (GroupDistance d : distances()) {
      String where = "distance " + d.first() + "–" + d.second();
      checkGroup(where, d.first(), groupIds, problems);
      checkGroup(where, d.second(), groupIds, problems);
      String key = d.first().compareTo(d.second()) < 0
          ? d.first() + "\u0000" + d.second()
          : d.second() + "\u0000" + d.first();
      if (!pairs.add(key)) {
        problems.add(where + " is given twice");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "inconsistent report model:\n  " + String.join("\n  ", problems));
    }
  }

  private void checkConsensus(
      String what, ConsensusRecord c, Set<String> groupIds, List<String> problems) {
    for (Dissent d : c.dissents()) {
      String where = what + ": dissent of '" + d.groupId() + "' on '" + d.indicatorId() + "'";
      checkGroup(where, d.groupId(), groupIds, problems);
      checkIndicator(where, d.indicatorId(), problems);
      d.level().ifPresent(l -> checkLevel(where, l, problems));
    }
    for (ActionItem a : c.actions()) {
      String where = what + ": action '" + a.id() + "'";
      if (framework().domain(a.domainId()).isEmpty()) {
        problems.add(
            where + ": '" + a.domainId() + "' is not a domain of " + framework().label());
      }
      a.indicatorIds().forEach(i -> checkIndicator(where, i, problems));
    }
  }

  private void checkIndicator(String where, String id, List<String> problems) {
    if (framework().indicator(id).isEmpty()) {
      problems.add(where + ": not an indicator of " + framework().label());
    }
  }

  private static void checkGroup(
      String where, String groupId, Set<String> groupIds, List<String> problems) {
    if (!groupIds.contains(groupId)) {
      problems.add(where + ": unknown group '" + groupId + "'");
    }
  }

  private void checkCell(String where, ScoreCell cell, List<String> problems) {
    cell.level().ifPresent(l -> checkLevel(where, l, problems));
  }

  private void checkRating(
      String where,
      String groupId,
      GroupRating rating,
      Set<String> groupIds,
      List<String> problems) {
    checkGroup(where, groupId, groupIds, problems);
    rating.level().ifPresent(l -> checkLevel(where + ", group '" + groupId + "'", l, problems));
  }

  private void checkLevel(String where, int level, List<String> problems) {
    if (!framework().scale().contains(level)) {
      problems.add(where + ": level " + level + " is not on the scale 1.."
          + framework().scale().max());
    }
  }

  /** Builds {@link ReportModel}s. */
  public static final class Builder extends ImmutableReportModel.Builder {
    Builder() {}
  }
}
