package org.alignkit.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Dissent;
import org.alignkit.core.Domain;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.Indicator;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.metrics.Divergences;
import org.alignkit.metrics.ReliabilityData;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.apiguardian.api.API;

/**
 * Analyses one round of the diagnostic: divergence between the stakeholder groups per indicator and
 * per node, agreement (Krippendorff's alpha and distances) overall and per domain, the ranked
 * harmonisation agenda, and divergence before and after a consensus.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.builder(framework).build();
 * RoundAnalysis analysis = RoundAnalyser.withDefaults().analyse(engine, exercise);
 * analysis.agenda().forEach(item -> ...);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one analyser may serve any number of threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RoundAnalyser {
  /** The mark of "no level" in the levels handed to {@link ReliabilityData#ofLevels}. */
  private static final int NO_LEVEL = Integer.MIN_VALUE;

  private static final RoundAnalyser DEFAULT = new RoundAnalyser(DivergenceCriteria.defaults());

  private final DivergenceCriteria criteria;
  private final Judgement judgement;

  private RoundAnalyser(DivergenceCriteria criteria) {
    this.criteria = requireNonNull(criteria, "criteria");
    this.judgement = new Judgement(criteria);
  }

  /** An analyser with the {@link DivergenceCriteria#defaults() default criteria}. */
  public static RoundAnalyser withDefaults() {
    return DEFAULT;
  }

  /** An analyser with the given criteria. */
  public static RoundAnalyser of(DivergenceCriteria criteria) {
    return new RoundAnalyser(criteria);
  }

  /** The criteria for areas of high divergence. */
  public DivergenceCriteria criteria() {
    return criteria;
  }

  /**
   * Analyses a round without node scores: indicators, agreement and agenda; {@link
   * RoundAnalysis#nodes()} is empty.
   *
   * @throws org.alignkit.core.ModelException if an assessment does not fit the framework
   * @throws IllegalArgumentException if the exercise answers another framework or version, or has
   *     fewer than two groups
   */
  public RoundAnalysis analyse(Framework framework, Exercise exercise) {
    return analyse(framework, exercise, Map.of());
  }

  /**
   * Analyses a round with the groups' node scores (for example {@link NodeScores#of(ScoreCard)}).
   * Every assessment is checked against the framework first.
   *
   * @param nodeScores the scores of each group, by group id; groups without an entry have no node
   *     score; an empty map gives no node divergence
   * @throws org.alignkit.core.ModelException if an assessment does not fit the framework
   * @throws IllegalArgumentException if the exercise answers another framework or version, has
   *     fewer than two groups, or {@code nodeScores} names a group not in the exercise
   */
  public RoundAnalysis analyse(
      Framework framework, Exercise exercise, Map<String, ? extends NodeScores> nodeScores) {
    requireNonNull(framework, "framework");
    requireNonNull(exercise, "exercise");
    requireNonNull(nodeScores, "nodeScores");
    checkFramework(framework, exercise);
    for (Assessment a : exercise.assessments()) {
      framework.requireValid(a);
    }
    List<String> groupIds = groupIds(exercise);
    for (String id : nodeScores.keySet()) {
      checkArgument(
          groupIds.contains(id),
          "node scores are given for group '%s', which is not in the exercise (groups: %s)",
          id,
          groupIds);
    }
    List<NodeScores> scores = new ArrayList<>();
    if (!nodeScores.isEmpty()) {
      for (String id : groupIds) {
        NodeScores s = nodeScores.get(id);
        scores.add(s == null ? NodeScores.empty() : s);
      }
    }
    return analyse(framework, exercise, scores, List.of());
  }

  /**
   * Scores every group's assessment with the engine and analyses the round with those scores: the
   * one call for a whole round. Each assessment is checked once, by the engine; the analysis keeps
   * the cards ({@link RoundAnalysis#cards()}).
   *
   * @throws org.alignkit.scoring.ScoringException if an assessment does not fit the engine's
   *     framework, or a rule fails
   * @throws IllegalArgumentException if the exercise answers another framework or version, or has
   *     fewer than two groups
   */
  public RoundAnalysis analyse(ScoringEngine engine, Exercise exercise) {
    requireNonNull(engine, "engine");
    requireNonNull(exercise, "exercise");
    checkFramework(engine.framework(), exercise);
    List<ScoreCard> cards = new ArrayList<>();
    for (Assessment a : exercise.assessments()) {
      cards.add(engine.score(a));
    }
    return analyseCards(engine.framework(), exercise, cards);
  }

  /**
   * Analyses a round from its groups' score cards, one per group, scored over the same framework
   * (by one engine, or engines with different rules). The cards' assessments make the exercise.
   *
   * @throws org.alignkit.core.ModelException if the assessments do not make an exercise (another
   *     country or round, a group twice)
   * @throws IllegalArgumentException if there are fewer than two cards, or they were scored over
   *     different frameworks
   */
  public RoundAnalysis analyse(List<ScoreCard> cards) {
    requireNonNull(cards, "cards");
    checkArgument(
        cards.size() >= 2, "divergence needs at least two groups' cards, got %s", cards.size());
    Framework framework = cards.get(0).framework();
    List<Assessment> assessments = new ArrayList<>();
    for (ScoreCard card : cards) {
      checkArgument(
          card.framework().equals(framework),
          "the cards were scored over different frameworks: %s and %s",
          framework.label(),
          card.frameworkLabel());
      assessments.add(card.assessment());
    }
    return analyseCards(framework, Exercise.of(assessments), cards);
  }

  private RoundAnalysis analyseCards(
      Framework framework, Exercise exercise, List<ScoreCard> cards) {
    List<NodeScores> scores = new ArrayList<>();
    for (ScoreCard card : cards) {
      scores.add(NodeScores.of(card));
    }
    return analyse(framework, exercise, scores, cards);
  }

  /**
   * The analysis proper, on assessments that fit the framework.
   *
   * @param nodeScores each group's node scores in group order, or empty for no node divergence
   */
  private RoundAnalysis analyse(
      Framework framework, Exercise exercise, List<NodeScores> nodeScores, List<ScoreCard> cards) {
    List<String> groupIds = groupIds(exercise);
    checkArgument(
        groupIds.size() >= 2,
        "divergence needs at least two groups, but the exercise %s %s has only '%s'",
        exercise.country(),
        exercise.round().id(),
        groupIds.get(0));
    List<IndicatorDivergence> indicators = new ArrayList<>();
    for (Indicator indicator : framework.indicators()) {
      indicators.add(indicatorDivergence(framework, indicator, exercise));
    }
    List<NodeDivergence> nodes = new ArrayList<>();
    if (!nodeScores.isEmpty()) {
      for (FrameworkNode node : framework.nodes()) {
        nodes.add(nodeDivergence(framework, node, groupIds, nodeScores));
      }
    }
    ReliabilityData levels = levels(framework, exercise, indicators, groupIds);
    return RoundAnalysis.builder()
        .frameworkId(framework.id())
        .frameworkVersion(framework.version())
        .country(exercise.country())
        .roundId(exercise.round().id())
        .addAllGroupIds(groupIds)
        .criteria(criteria)
        .addAllIndicators(indicators)
        .addAllNodes(nodes)
        .agreement(Agreement.of(framework.id(), levels))
        .putAllAgreementByDomain(agreementByDomain(framework, levels))
        .addAllAgenda(agenda(framework, indicators))
        .addAllCards(cards)
        .build();
  }

  /** Every group's answer to an indicator, the spread of the levels and the outlying groups. */
  private IndicatorDivergence indicatorDivergence(
      Framework framework, Indicator indicator, Exercise exercise) {
    List<GroupAnswer> answers = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    for (Assessment a : exercise.assessments()) {
      GroupAnswer answer =
          GroupAnswer.of(framework.scale(), indicator, a.group(), a.rating(indicator.id()));
      answers.add(answer);
      answer.level().ifPresent(levels::add);
    }
    Optional<Spread> spread = levels.isEmpty()
        ? Optional.empty()
        : Optional.of(Spread.ofLevels(levels, framework.scale().span()));
    List<Integer> apartLevels = judgement.levelsApartFromOthers(levels);
    return IndicatorDivergence.builder()
        .indicatorId(indicator.id())
        .domainId(framework.domainOf(indicator.id()).orElseThrow().id())
        .componentId(framework.parent(indicator.id()).orElseThrow().id())
        .addAllAnswers(answers)
        .spread(spread)
        .addAllOutliers(spread
            .map(s -> groupsAt(answers, integers(Judgement.furthestFromMedian(s))))
            .orElse(List.of()))
        .addAllApartFromOthers(groupsAt(answers, apartLevels))
        .addAllReasons(judgement.reasons(levels))
        .build();
  }

  /** The groups whose level is one of the given levels, in group order. */
  private static List<String> groupsAt(List<GroupAnswer> answers, List<Integer> levels) {
    List<String> out = new ArrayList<>();
    for (GroupAnswer a : answers) {
      if (a.isRated() && levels.contains(a.level().getAsInt())) {
        out.add(a.groupId());
      }
    }
    return out;
  }

  /** Levels (whole numbers) given as decimals. */
  private static List<Integer> integers(List<BigDecimal> levels) {
    List<Integer> out = new ArrayList<>(levels.size());
    for (BigDecimal l : levels) {
      out.add(l.intValueExact());
    }
    return out;
  }

  /** The groups' scores on a node side by side, their spread and the outlying groups. */
  private static NodeDivergence nodeDivergence(
      Framework framework, FrameworkNode node, List<String> groupIds, List<NodeScores> nodeScores) {
    ImmutableMap.Builder<String, BigDecimal> scores = ImmutableMap.builder();
    List<String> unscored = new ArrayList<>();
    for (int g = 0; g < groupIds.size(); g++) {
      Optional<BigDecimal> score = nodeScores.get(g).score(node.id());
      if (score.isPresent()) {
        scores.put(groupIds.get(g), score.get());
      } else {
        unscored.add(groupIds.get(g));
      }
    }
    Map<String, BigDecimal> byGroup = scores.buildOrThrow();
    Optional<Spread> spread = byGroup.isEmpty()
        ? Optional.empty()
        : Optional.of(Spread.of(byGroup.values(), framework.scale().span()));
    List<String> outliers = new ArrayList<>();
    spread.ifPresent(s -> {
      List<BigDecimal> furthest = Judgement.furthestFromMedian(s);
      byGroup.forEach((group, score) -> {
        if (furthest.stream().anyMatch(v -> v.compareTo(score) == 0)) {
          outliers.add(group);
        }
      });
    });
    return NodeDivergence.builder()
        .nodeId(node.id())
        .type(node.type())
        .putAllScores(byGroup)
        .addAllUnscored(unscored)
        .spread(spread)
        .addAllOutliers(outliers)
        .build();
  }

  /** The groups' levels as indicators × groups, answers other than a level missing. */
  private static ReliabilityData levels(
      Framework framework,
      Exercise exercise,
      List<IndicatorDivergence> indicators,
      List<String> groupIds) {
    int groups = groupIds.size();
    int[] levels = new int[indicators.size() * groups];
    for (int u = 0; u < indicators.size(); u++) {
      List<GroupAnswer> answers = indicators.get(u).answers();
      for (int g = 0; g < groups; g++) {
        levels[u * groups + g] = answers.get(g).level().orElse(NO_LEVEL);
      }
    }
    return ReliabilityData.ofLevels(indicators.size(), groups, levels, NO_LEVEL)
        .withCoderNames(groupIds);
  }

  /** Agreement per domain: the units of each domain, which are contiguous in tree order. */
  private static Map<String, Agreement> agreementByDomain(
      Framework framework, ReliabilityData levels) {
    ImmutableMap.Builder<String, Agreement> byDomain = ImmutableMap.builder();
    int from = 0;
    for (Domain domain : framework.domains()) {
      int size =
          domain.components().stream().mapToInt(c -> c.indicators().size()).sum();
      byDomain.put(domain.id(), Agreement.of(domain.id(), levels.unitRange(from, from + size)));
      from += size;
    }
    return byDomain.buildOrThrow();
  }

  /** The highly divergent indicators in the order {@link RoundAnalysis#agenda()} documents. */
  private static List<AgendaItem> agenda(
      Framework framework, List<IndicatorDivergence> indicators) {
    Map<String, Integer> domainOrder = new HashMap<>();
    for (Domain d : framework.domains()) {
      domainOrder.put(d.id(), domainOrder.size());
    }
    Comparator<IndicatorDivergence> order = Comparator.<IndicatorDivergence, BigDecimal>comparing(
            d -> d.spread().orElseThrow().range())
        .reversed()
        .thenComparing(
            d -> d.spread().orElseThrow().meanAbsolutePairwiseDifference().orElse(0.0),
            Comparator.reverseOrder())
        .thenComparing(d -> domainOrder.get(d.domainId()))
        .thenComparing(d -> weight(framework, d.indicatorId()), Comparator.reverseOrder())
        .thenComparing(d -> framework.indicatorIndex(d.indicatorId()).getAsInt());
    List<IndicatorDivergence> divergent = new ArrayList<>();
    for (IndicatorDivergence d : indicators) {
      if (d.isHighlyDivergent()) {
        divergent.add(d);
      }
    }
    divergent.sort(order);
    List<AgendaItem> agenda = new ArrayList<>();
    for (IndicatorDivergence d : divergent) {
      Indicator indicator = framework.indicator(d.indicatorId()).orElseThrow();
      agenda.add(AgendaItem.of(agenda.size() + 1, indicator.title(), d));
    }
    return agenda;
  }

  private static BigDecimal weight(Framework framework, String indicatorId) {
    return framework.indicator(indicatorId).orElseThrow().weight().orElse(BigDecimal.ONE);
  }

  private static List<String> groupIds(Exercise exercise) {
    List<String> ids = new ArrayList<>();
    for (StakeholderGroup g : exercise.groups()) {
      ids.add(g.id());
    }
    return List.copyOf(ids);
  }

  /**
   * Scores the round under each rule set and compares the results: per group and node the level
   * each rule set gives, robust or rule-dependent, and per indicator whether it is on each rule
   * set's harmonisation agenda (judged with this analyser's criteria; a lone group has no agenda).
   * The first rule set is the reference. Rules are found as {@link ScoringEngine#builder} finds
   * them.
   *
   * @param ruleSets the rule sets to compare, at least one, with distinct ids: the bundled ones,
   *     rule-set files, or one rule set with a parameter swept ({@link
   *     org.alignkit.scoring.RuleSetVariants#sweep})
   * @throws org.alignkit.scoring.ScoringException if a rule set does not fit the framework, or a
   *     rule fails
   * @throws IllegalArgumentException if the exercise answers another framework or version, or no
   *     rule set is given, or one twice
   */
  public RuleSensitivity sensitivity(
      Framework framework, Exercise exercise, List<RuleSet> ruleSets) {
    requireNonNull(framework, "framework");
    requireNonNull(exercise, "exercise");
    checkFramework(framework, exercise);
    return Sensitivities.round(this, framework, exercise, ruleSets);
  }

  /**
   * Compares the groups' divergence before a harmonisation workshop with the record it agreed.
   *
   * @throws org.alignkit.core.ModelException if an assessment or the agreed ratings do not fit the
   *     framework
   * @throws RoundMismatchException if the record is of another country, unit or round, or answers
   *     another framework or version ({@link Rounds#requireConsensusOf})
   * @throws IllegalArgumentException if the exercise answers another framework or version, or a
   *     dissent names a group not in the exercise or an unknown indicator
   */
  public ConsensusComparison compare(
      Framework framework, Exercise exercise, ConsensusRecord consensus) {
    requireNonNull(consensus, "consensus");
    RoundAnalysis before = analyse(framework, exercise);
    Assessment agreed = consensus.agreed();
    Rounds.requireConsensusOf(framework, exercise, consensus);
    framework.requireValid(agreed);
    Map<String, Integer> groupIndex = new HashMap<>();
    for (int g = 0; g < before.groupIds().size(); g++) {
      groupIndex.put(before.groupIds().get(g), g);
    }
    for (Dissent d : consensus.dissents()) {
      checkArgument(
          groupIndex.containsKey(d.groupId()),
          "a dissent on %s names group '%s', which is not in the exercise (groups: %s)",
          d.indicatorId(),
          d.groupId(),
          before.groupIds());
      checkArgument(
          framework.indicator(d.indicatorId()).isPresent(),
          "a dissent of group '%s' names indicator '%s', which is not in framework %s",
          d.groupId(),
          d.indicatorId(),
          framework.label());
    }
    List<Indicator> indicators = framework.indicators();
    int groups = before.groupIds().size();
    int units = indicators.size();
    double[][] withConsensus = new double[units][groups + 1];
    List<ConsensusIndicator> out = new ArrayList<>(units);
    for (int u = 0; u < units; u++) {
      Indicator indicator = indicators.get(u);
      IndicatorDivergence b = before.indicators().get(u);
      GroupAnswer agreedAnswer = GroupAnswer.of(
          framework.scale(), indicator, agreed.group(), agreed.rating(indicator.id()));
      List<Dissent> dissents = consensus.dissents(indicator.id());
      ConsensusIndicator.Builder ci = ConsensusIndicator.builder()
          .indicatorId(indicator.id())
          .agreed(agreedAnswer)
          .before(b.spread())
          .addAllDissents(dissents)
          .addAllReasonsBefore(b.reasons());
      for (int g = 0; g < groups; g++) {
        GroupAnswer a = b.answers().get(g);
        withConsensus[u][g] = a.isRated() ? a.level().getAsInt() : Double.NaN;
      }
      withConsensus[u][groups] =
          agreedAnswer.isRated() ? agreedAnswer.level().getAsInt() : Double.NaN;
      if (agreedAnswer.isRated()) {
        int agreedLevel = agreedAnswer.level().getAsInt();
        List<Integer> positions = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
          GroupAnswer a = b.answers().get(g);
          if (a.isRated()) {
            ci.putDistanceFromAgreed(a.groupId(), Math.abs(a.level().getAsInt() - agreedLevel));
          }
          Integer position = agreedLevel;
          for (Dissent d : dissents) {
            if (d.groupId().equals(a.groupId())) {
              position = d.level().isPresent()
                  ? Integer.valueOf(d.level().getAsInt())
                  : a.isRated() ? Integer.valueOf(a.level().getAsInt()) : null;
            }
          }
          if (position != null) {
            positions.add(position);
          }
        }
        ci.after(Spread.ofLevels(positions, framework.scale().span()));
        ci.addAllReasonsAfter(judgement.reasons(positions));
      }
      out.add(ci.build());
    }
    List<String> coders = new ArrayList<>(before.groupIds());
    coders.add(ConsensusRecord.CONSENSUS_GROUP_ID);
    if (before.groupIds().contains(ConsensusRecord.CONSENSUS_GROUP_ID)) {
      coders.set(groups, ConsensusRecord.CONSENSUS_GROUP_ID + " (agreed)");
    }
    return ConsensusComparison.builder()
        .before(before)
        .addAllIndicators(out)
        .distancesWithConsensus(
            Divergences.distanceMatrix(ReliabilityData.of(withConsensus).withCoderNames(coders)))
        .addAllDissents(consensus.dissents())
        .addAllActions(consensus.actions())
        .build();
  }

  private static void checkFramework(Framework framework, Exercise exercise) {
    checkArgument(
        exercise.frameworkId().equals(framework.id())
            && exercise.frameworkVersion().equals(framework.version()),
        "the exercise %s %s answers framework %s %s, not %s",
        exercise.country(),
        exercise.round().id(),
        exercise.frameworkId(),
        exercise.frameworkVersion(),
        framework.label());
  }
}
