package org.alignkit.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.Indicator;
import org.alignkit.core.Rating;
import org.alignkit.scoring.InputStatus;
import org.alignkit.scoring.NodeScore;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.alignkit.scoring.spi.MissingDataTreatment;

/**
 * Scores a round under several rule sets and compares the results: the work behind {@link
 * RoundAnalyser#sensitivity}. Package-private.
 */
final class Sensitivities {
  private Sensitivities() {}

  /** The rule sets checked: at least one, ids distinct. */
  static List<RuleSet> checked(List<RuleSet> ruleSets) {
    requireNonNull(ruleSets, "ruleSets");
    checkArgument(!ruleSets.isEmpty(), "compare at least one rule set");
    Set<String> ids = new HashSet<>();
    for (RuleSet r : ruleSets) {
      checkArgument(ids.add(r.id()), "rule set '%s' is given twice", r.id());
    }
    return List.copyOf(ruleSets);
  }

  /** Every group's score card under one rule set, in exercise order, with explanations. */
  static List<ScoreCard> cards(Framework framework, Exercise exercise, RuleSet ruleSet) {
    ScoringEngine engine =
        ScoringEngine.builder(framework).ruleSet(ruleSet).explanations(true).build();
    List<ScoreCard> cards = new ArrayList<>();
    for (Assessment a : exercise.assessments()) {
      cards.add(engine.score(a));
    }
    return cards;
  }

  /** A node's score in a card; the framework's id names the overall score. */
  static NodeScore score(ScoreCard card, String nodeId) {
    return nodeId.equals(card.overall().id())
        ? card.overall()
        : card.node(nodeId).orElseThrow();
  }

  static RuleSensitivity round(
      RoundAnalyser analyser, Framework framework, Exercise exercise, List<RuleSet> ruleSets) {
    List<RuleSet> rules = checked(ruleSets);
    List<String> ids = new ArrayList<>();
    Map<String, List<ScoreCard>> cards = new LinkedHashMap<>();
    for (RuleSet r : rules) {
      ids.add(r.id());
      cards.put(r.id(), cards(framework, exercise, r));
    }
    List<String> groupIds = new ArrayList<>();
    exercise.groups().forEach(g -> groupIds.add(g.id()));
    RuleSensitivity.Builder out =
        RuleSensitivity.builder().addAllRuleSetIds(ids).addAllGroupIds(groupIds);
    for (int g = 0; g < groupIds.size(); g++) {
      for (FrameworkNode node : framework.nodes()) {
        NodeSensitivity.Builder n =
            NodeSensitivity.builder().groupId(groupIds.get(g)).nodeId(node.id()).type(node.type());
        for (String id : ids) {
          n.putLevels(id, RuleLevel.of(score(cards.get(id).get(g), node.id())));
        }
        out.addNodes(n.build());
      }
    }
    if (groupIds.size() < 2) {
      return out.build(); // a lone group has no agenda
    }
    // The agenda under each rule set: judged on the levels the rule set reads.
    RoundAnalysis asGiven = analyser.analyse(framework, exercise);
    Map<String, Map<String, Integer>> ranks = new LinkedHashMap<>();
    for (String id : ids) {
      Exercise read = readAs(framework, exercise, cards.get(id));
      RoundAnalysis analysis = read == exercise ? asGiven : analyser.analyse(framework, read);
      Map<String, Integer> byIndicator = new LinkedHashMap<>();
      for (AgendaItem item : analysis.agenda()) {
        byIndicator.put(item.indicatorId(), item.rank());
      }
      ranks.put(id, byIndicator);
    }
    for (Indicator indicator : framework.indicators()) {
      boolean anywhere = ranks.values().stream().anyMatch(m -> m.containsKey(indicator.id()));
      if (!anywhere) {
        continue;
      }
      AgendaSensitivity.Builder a = AgendaSensitivity.builder().indicatorId(indicator.id());
      for (String id : ids) {
        Integer rank = ranks.get(id).get(indicator.id());
        a.putRanks(id, rank == null ? OptionalInt.empty() : OptionalInt.of(rank));
      }
      out.addAgenda(a.build());
    }
    return out.build();
  }

  /**
   * The round as a rule set reads it: each group's absent answers (no information, not rated) on
   * the indicators of a component whose missing-data rule counted them as the lowest level become
   * that level; the exercise itself when no answer changes.
   */
  static Exercise readAs(Framework framework, Exercise exercise, List<ScoreCard> cards) {
    int lowest = framework.scale().min();
    List<Assessment> read = new ArrayList<>();
    boolean changed = false;
    for (int g = 0; g < cards.size(); g++) {
      ScoreCard card = cards.get(g);
      Map<String, Rating> lowered = new LinkedHashMap<>();
      for (Domain d : framework.domains()) {
        for (Component c : d.components()) {
          boolean asLowest = card.node(c.id())
              .flatMap(NodeScore::explanation)
              .flatMap(e -> e.treatment())
              .filter(t -> t == MissingDataTreatment.COUNT_AS_LOWEST)
              .isPresent();
          if (!asLowest) {
            continue;
          }
          for (Indicator i : c.indicators()) {
            InputStatus s = card.indicatorStatus(i.id());
            if (s == InputStatus.NO_INFORMATION || s == InputStatus.MISSING) {
              lowered.put(i.id(), Rating.of(i.id(), lowest));
            }
          }
        }
      }
      Assessment a = exercise.assessments().get(g);
      if (lowered.isEmpty()) {
        read.add(a);
      } else {
        changed = true;
        read.add(withRatings(a, lowered));
      }
    }
    return changed ? Exercise.of(read) : exercise;
  }

  /** The assessment with some ratings replaced (or added, for indicators it did not rate). */
  private static Assessment withRatings(Assessment a, Map<String, Rating> replacements) {
    Assessment.Builder b = Assessment.builder()
        .frameworkId(a.frameworkId())
        .frameworkVersion(a.frameworkVersion())
        .country(a.country())
        .subnationalUnit(a.subnationalUnit())
        .round(a.round())
        .group(a.group())
        .addAllRespondents(a.respondents());
    Set<String> done = new HashSet<>();
    for (Rating r : a.ratings()) {
      Rating replacement = replacements.get(r.indicatorId());
      if (replacement == null) {
        b.addRatings(r);
      } else if (done.add(r.indicatorId())) {
        b.addRatings(replacement);
      }
    }
    replacements.forEach((id, r) -> {
      if (!done.contains(id)) {
        b.addRatings(r);
      }
    });
    return b.build();
  }
}
