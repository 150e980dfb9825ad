package org.alignkit.scoring.divergence;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Dissent;
import org.alignkit.core.Domain;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.Rating;
import org.alignkit.core.Scale;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.alignkit.scoring.divergence.RoundTable.NodeTable;
import org.alignkit.scoring.internal.CardAccess;
import org.alignkit.scoring.metrics.internal.MetricsAccess;
import org.alignkit.scoring.metrics.Divergences;
import org.alignkit.scoring.metrics.ReliabilityData;
import org.alignkit.scoring.spi.Rational;
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
  private static final RoundAnalyser DEFAULT = new RoundAnalyser(DivergenceCriteria.defaults());

  private final DivergenceCriteria criteria;
  private final Thresholds thresholds;

  private RoundAnalyser(DivergenceCriteria criteria) {
    this.criteria = requireNonNull(criteria, "criteria");
    this.thresholds = new Thresholds(criteria);
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
    List<StakeholderGroup> groups = exercise.groups();
    ImmutableList<String> groupIds = groupIds(groups);
    for (String id : nodeScores.keySet()) {
      checkArgument(
          groupIds.contains(id),
          "node scores are given for group '%s', which is not in the exercise (groups: %s)",
          id,
          groupIds);
    }
    Layout layout = Layout.of(framework);
    NodeTable nodes = null;
    if (!nodeScores.isEmpty()) {
      int count = layout.nodeIds.length;
      int gs = groupIds.size();
      BigDecimal[] decimals = new BigDecimal[count * gs];
      for (int g = 0; g < gs; g++) {
        NodeScores s = nodeScores.get(groupIds.get(g));
        if (s == null) {
          continue;
        }
        for (int k = 0; k < count; k++) {
          Optional<BigDecimal> score = s.score(layout.nodeIds[k]);
          if (score.isPresent()) {
            decimals[k * gs + g] = score.get();
          }
        }
      }
      nodes = NodeTable.ofDecimals(layout, groupIds, decimals);
    }
    return analyse(framework, layout, exercise, groupIds, levels(layout, exercise), nodes);
  }

  /**
   * Scores every group's assessment with the engine and analyses the round with those scores: the
   * one call for a whole round. Each assessment is checked once, by the engine.
   *
   * @throws org.alignkit.scoring.spi.ScoringException if an assessment does not fit the engine's
   *     framework, or a rule fails
   * @throws IllegalArgumentException if the exercise answers another framework or version, or has
   *     fewer than two groups
   */
  public RoundAnalysis analyse(ScoringEngine engine, Exercise exercise) {
    requireNonNull(engine, "engine");
    requireNonNull(exercise, "exercise");
    checkFramework(engine.framework(), exercise);
    List<Assessment> assessments = exercise.assessments();
    List<ScoreCard> cards = new ArrayList<>(assessments.size());
    for (Assessment a : assessments) {
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
    checkArgument(cards.size() >= 2, "divergence needs at least two groups' cards, got %s", cards.size());
    Framework framework = cards.get(0).framework();
    List<Assessment> assessments = new ArrayList<>(cards.size());
    for (ScoreCard card : cards) {
      if (card.framework() != framework && !card.framework().equals(framework)) {
        throw new IllegalArgumentException(
            "the cards were scored over different frameworks: "
                + framework.label()
                + " and "
                + card.frameworkLabel());
      }
      assessments.add(card.assessment());
    }
    return analyseCards(framework, Exercise.of(assessments), cards);
  }

  private RoundAnalysis analyseCards(Framework framework, Exercise exercise, List<ScoreCard> cards) {
    List<StakeholderGroup> groups = exercise.groups();
    ImmutableList<String> groupIds = groupIds(groups);
    Layout layout = Layout.of(framework);
    int count = layout.nodeIds.length;
    int gs = groups.size();
    int units = layout.size();
    Rational[] values = new Rational[count * gs];
    int[] levels = new int[units * gs];
    CardAccess access = CardAccess.get();
    for (int g = 0; g < gs; g++) {
      ScoreCard card = cards.get(g);
      Rational[] scores = access.nodeScores(card);
      for (int k = 0; k < count; k++) {
        values[k * gs + g] = scores[layout.nodeCardIndex[k]];
      }
      int[] cardLevels = access.indicatorLevels(card);
      for (int u = 0; u < units; u++) {
        int level = cardLevels[u];
        levels[u * gs + g] = level == 0 ? RoundTable.NONE : level;
      }
    }
    NodeTable nodes = NodeTable.ofExact(layout, groupIds, values);
    return analyse(framework, layout, exercise, groupIds, levels, nodes);
  }

  /** The analysis proper, on assessments that fit the framework. */
  private RoundAnalysis analyse(
      Framework framework,
      Layout layout,
      Exercise exercise,
      ImmutableList<String> groupIds,
      int[] levels,
      NodeTable nodes) {
    checkArgument(
        groupIds.size() >= 2,
        "divergence needs at least two groups, but the exercise %s %s has only '%s'",
        exercise.country(),
        exercise.round().id(),
        groupIds.get(0));
    RoundTable table =
        new RoundTable(
            layout,
            exercise.groups(),
            groupIds,
            exercise.assessments(),
            levels,
            nodes,
            thresholds);
    int units = layout.size();
    int gs = groupIds.size();
    // The levels are kept by the table and never modified: the data share them. Each domain is
    // tallied once; the framework's tally is the sum of its domains'.
    MetricsAccess metrics = MetricsAccess.get();
    ReliabilityData all = metrics.ofLevels(units, gs, levels, RoundTable.NONE, groupIds);
    ReliabilityData[] domainData = metrics.partition(all, layout.domainStart);
    List<Domain> domains = framework.domains();
    ImmutableMap.Builder<String, Agreement> byDomain = ImmutableMap.builderWithExpectedSize(domains.size());
    for (int d = 0; d < domains.size(); d++) {
      String id = domains.get(d).id();
      byDomain.put(id, agreement(id, domainData[d]));
    }
    return new RoundAnalysis(
        framework.id(),
        framework.version(),
        exercise.country(),
        exercise.round().id(),
        criteria,
        table,
        agreement(framework.id(), all),
        byDomain.buildOrThrow());
  }

  private static ImmutableList<String> groupIds(List<StakeholderGroup> groups) {
    String[] ids = new String[groups.size()];
    for (int g = 0; g < ids.length; g++) {
      ids[g] = groups.get(g).id();
    }
    return ImmutableList.copyOf(ids);
  }

  /** The levels of assessments that fit the framework, {@code [u * groups + g]}. */
  private static int[] levels(Layout layout, Exercise exercise) {
    List<Assessment> assessments = exercise.assessments();
    int gs = assessments.size();
    int[] levels = new int[layout.size() * gs];
    Arrays.fill(levels, RoundTable.NONE);
    for (int g = 0; g < gs; g++) {
      Rating[] ratings = layout.align(assessments.get(g));
      for (int u = 0; u < ratings.length; u++) {
        Rating r = ratings[u];
        if (r != null && r.isRated()) {
          levels[u * gs + g] = r.levelOr(RoundTable.NONE);
        }
      }
    }
    return levels;
  }

  /**
   * Compares the groups' divergence before a harmonisation workshop with the record it agreed.
   *
   * @throws org.alignkit.core.ModelException if an assessment or the agreed ratings do not fit the
   *     framework
   * @throws IllegalArgumentException if the exercise or the record answers another framework or
   *     version, or a dissent names a group not in the exercise or an unknown indicator
   */
  public ConsensusComparison compare(
      Framework framework, Exercise exercise, ConsensusRecord consensus) {
    requireNonNull(consensus, "consensus");
    RoundAnalysis before = analyse(framework, exercise);
    Assessment agreed = consensus.agreed();
    checkArgument(
        agreed.frameworkId().equals(framework.id())
            && agreed.frameworkVersion().equals(framework.version()),
        "the consensus answers framework %s %s, not %s",
        agreed.frameworkId(),
        agreed.frameworkVersion(),
        framework.label());
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
    Layout layout = Layout.of(framework);
    int groups = before.groupIds().size();
    int units = layout.indicators.length;
    double[][] withConsensus = new double[units][groups + 1];
    List<ConsensusIndicator> out = new ArrayList<>(units);
    int[] positions = new int[groups];
    for (int u = 0; u < units; u++) {
      Indicator indicator = layout.indicators[u];
      IndicatorDivergence b = before.indicators().get(u);
      GroupAnswer agreedAnswer =
          answer(framework.scale(), indicator, agreed.group(), agreed.rating(indicator.id()));
      List<Dissent> dissents = consensus.dissents(indicator.id());
      ConsensusIndicator.Builder ci =
          ConsensusIndicator.builder()
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
        int n = 0;
        for (int g = 0; g < groups; g++) {
          GroupAnswer a = b.answers().get(g);
          if (a.isRated()) {
            ci.putDistanceFromAgreed(a.groupId(), Math.abs(a.level().getAsInt() - agreedLevel));
          }
          Integer position = agreedLevel;
          for (Dissent d : dissents) {
            if (d.groupId().equals(a.groupId())) {
              position =
                  d.level().isPresent()
                      ? Integer.valueOf(d.level().getAsInt())
                      : a.isRated() ? Integer.valueOf(a.level().getAsInt()) : null;
            }
          }
          if (position != null) {
            positions[n++] = position;
          }
        }
        int[] sorted = Arrays.copyOf(positions, n);
        Arrays.sort(sorted);
        ci.after(Spreads.ofSortedLevels(sorted, n, framework.scale().span()));
        ci.addAllReasonsAfter(reasons(sorted, n));
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

  static GroupAnswer answer(
      Scale scale, Indicator indicator, StakeholderGroup group, Optional<Rating> rating) {
    GroupAnswer.Builder b =
        GroupAnswer.builder()
            .groupId(group.id())
            .groupName(group.name())
            .appliesToGroup(indicator.appliesTo(group));
    if (rating.isEmpty()) {
      return b.status(AnswerStatus.NOT_RATED).build();
    }
    Rating r = rating.get();
    b.evidence(r.evidence()).comment(r.comment());
    switch (r.status()) {
      case RATED:
        int level = r.level().getAsInt();
        return b.status(AnswerStatus.RATED)
            .level(level)
            .levelName(scale.levels().get(level - 1).name())
            .descriptor(indicator.descriptor(level, scale))
            .build();
      case NOT_APPLICABLE:
        return b.status(AnswerStatus.NOT_APPLICABLE).build();
      case NO_INFORMATION:
        return b.status(AnswerStatus.NO_INFORMATION).build();
      default:
        throw new AssertionError(r.status());
    }
  }

  /** The reasons that hold for the sorted levels (used for the divergence after a consensus). */
  private Set<DivergenceReason> reasons(int[] sorted, int n) {
    return RoundTable.reasonSet(thresholds.test(sorted, n, new int[n]) & (Thresholds.RANGE | Thresholds.APART));
  }

  private static Agreement agreement(String scopeId, ReliabilityData data) {
    return ImmutableAgreement.of(scopeId, data.unitCount(), data, Divergences.distanceMatrix(data));
  }
}
