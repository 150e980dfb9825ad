package org.alignkit.scoring.divergence;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Dissent;
import org.alignkit.core.Domain;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.NodeType;
import org.alignkit.core.Rating;
import org.alignkit.core.Scale;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.scoring.metrics.AlphaResult;
import org.alignkit.scoring.metrics.Divergences;
import org.alignkit.scoring.metrics.KrippendorffAlpha;
import org.alignkit.scoring.metrics.Metric;
import org.alignkit.scoring.metrics.ReliabilityData;
import org.apiguardian.api.API;

/**
 * Analyses one round of the diagnostic: divergence between the stakeholder groups per indicator and
 * per node, agreement (Krippendorff's alpha and distances) overall and per domain, the ranked
 * harmonisation agenda, and divergence before and after a consensus.
 *
 * <pre>{@code
 * RoundAnalysis analysis = RoundAnalyser.withDefaults().analyse(framework, exercise);
 * analysis.agenda().forEach(item -> ...);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one analyser may serve any number of threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RoundAnalyser {
  private static final RoundAnalyser DEFAULT = new RoundAnalyser(DivergenceCriteria.defaults());
  private static final Metric[] METRICS = Metric.values();

  private final DivergenceCriteria criteria;
  /** Twice the criteria's thresholds, rounded up: exact bounds for doubled integer distances. */
  private final long twiceMinimumRange;

  private final long twiceMinimumDistance;

  private RoundAnalyser(DivergenceCriteria criteria) {
    this.criteria = requireNonNull(criteria, "criteria");
    this.twiceMinimumRange = twiceRoundedUp(criteria.minimumRange());
    this.twiceMinimumDistance = twiceRoundedUp(criteria.minimumDistanceFromOthers());
  }

  /** ⌈2t⌉, capped: an integer d satisfies d ≥ 2t exactly when d ≥ ⌈2t⌉. */
  private static long twiceRoundedUp(BigDecimal threshold) {
    BigDecimal twice = threshold.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.CEILING);
    return twice.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0
        ? Long.MAX_VALUE
        : twice.longValueExact();
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
   * Analyses a round with the groups' node scores (for example from a score card: {@code id ->
   * card.score(id)}).
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
    checkFits(framework, exercise);
    checkArgument(
        exercise.assessments().size() >= 2,
        "divergence needs at least two groups, but the exercise %s %s has only '%s'",
        exercise.country(),
        exercise.round().id(),
        exercise.groups().get(0).id());
    List<String> groupIds = new ArrayList<>(exercise.groups().size());
    for (StakeholderGroup g : exercise.groups()) {
      groupIds.add(g.id());
    }
    for (String id : nodeScores.keySet()) {
      checkArgument(
          groupIds.contains(id),
          "node scores are given for group '%s', which is not in the exercise (groups: %s)",
          id,
          groupIds);
    }
    Layout layout = Layout.of(framework);
    int units = layout.indicators.length;
    int groups = groupIds.size();
    double[][] matrix = new double[units][groups];
    List<IndicatorDivergence> indicators = new ArrayList<>(units);
    int[] levels = new int[groups];
    List<Assessment> assessments = exercise.assessments();
    for (int u = 0; u < units; u++) {
      Indicator indicator = layout.indicators[u];
      List<GroupAnswer> answers = new ArrayList<>(groups);
      int n = 0;
      for (int g = 0; g < groups; g++) {
        Assessment a = assessments.get(g);
        GroupAnswer answer = answer(framework.scale(), indicator, a.group(), a.rating(indicator.id()));
        answers.add(answer);
        if (answer.isRated()) {
          int level = answer.level().getAsInt();
          matrix[u][g] = level;
          levels[n++] = level;
        } else {
          matrix[u][g] = Double.NaN;
        }
      }
      indicators.add(indicatorDivergence(layout, u, answers, levels, n, framework.scale().span()));
    }

    RoundAnalysis.Builder result =
        RoundAnalysis.builder()
            .frameworkId(framework.id())
            .frameworkVersion(framework.version())
            .country(exercise.country())
            .roundId(exercise.round().id())
            .addAllGroupIds(groupIds)
            .criteria(criteria)
            .addAllIndicators(indicators)
            .addAllAgenda(agenda(layout, indicators));
    if (!nodeScores.isEmpty()) {
      result.addAllNodes(nodes(framework, groupIds, nodeScores));
    }
    ReliabilityData all = ReliabilityData.of(matrix).withCoderNames(groupIds);
    result.agreement(agreement(framework.id(), all));
    List<Domain> domains = framework.domains();
    for (int d = 0; d < domains.size(); d++) {
      int from = layout.domainStart[d];
      int to = layout.domainStart[d + 1];
      ReliabilityData part =
          ReliabilityData.of(Arrays.copyOfRange(matrix, from, to)).withCoderNames(groupIds);
      result.putAgreementByDomain(domains.get(d).id(), agreement(domains.get(d).id(), part));
    }
    return result.build();
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
        ci.addAllReasonsAfter(reasons(sorted, n, null, null));
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

  private static void checkFits(Framework framework, Exercise exercise) {
    checkArgument(
        exercise.frameworkId().equals(framework.id())
            && exercise.frameworkVersion().equals(framework.version()),
        "the exercise %s %s answers framework %s %s, not %s",
        exercise.country(),
        exercise.round().id(),
        exercise.frameworkId(),
        exercise.frameworkVersion(),
        framework.label());
    for (Assessment a : exercise.assessments()) {
      framework.requireValid(a);
    }
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

  private IndicatorDivergence indicatorDivergence(
      Layout layout, int u, List<GroupAnswer> answers, int[] levels, int n, int span) {
    IndicatorDivergence.Builder b =
        IndicatorDivergence.builder()
            .indicatorId(layout.indicators[u].id())
            .domainId(layout.domainIds[u])
            .componentId(layout.componentIds[u])
            .addAllAnswers(answers);
    if (n == 0) {
      return b.build();
    }
    int[] sorted = Arrays.copyOf(levels, n);
    Arrays.sort(sorted);
    b.spread(Spreads.ofSortedLevels(sorted, n, span));
    // Outliers: furthest from the median of all levels (in doubled units, exact).
    int median2 = Spreads.twiceMedian(sorted, n);
    int furthest = 0;
    for (GroupAnswer a : answers) {
      if (a.isRated()) {
        furthest = Math.max(furthest, Math.abs(2 * a.level().getAsInt() - median2));
      }
    }
    if (furthest > 0) {
      for (GroupAnswer a : answers) {
        if (a.isRated() && Math.abs(2 * a.level().getAsInt() - median2) == furthest) {
          b.addOutliers(a.groupId());
        }
      }
    }
    List<String> apart = new ArrayList<>();
    b.addAllReasons(reasons(sorted, n, answers, apart));
    b.addAllApartFromOthers(apart);
    return b.build();
  }

  /**
   * The criteria that hold for the sorted levels; fills {@code apart} (if given) with the groups of
   * {@code answers} at least the criteria's distance from the others' median.
   */
  private Set<DivergenceReason> reasons(
      int[] sorted, int n, List<GroupAnswer> answers, List<String> apart) {
    Set<DivergenceReason> reasons = EnumSet.noneOf(DivergenceReason.class);
    if (n < criteria.minimumRatedGroups() || n < 2) {
      return reasons;
    }
    if (2L * (sorted[n - 1] - sorted[0]) >= twiceMinimumRange) {
      reasons.add(DivergenceReason.RANGE);
    }
    // A group apart from the others: compare each distinct level with the median of the rest.
    boolean anyApart = false;
    for (int i = 0; i < n; i++) {
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        continue;
      }
      int others2 = Spreads.twiceMedianWithout(sorted, n, i);
      int distance2 = Math.abs(2 * sorted[i] - others2);
      if (distance2 >= twiceMinimumDistance) {
        anyApart = true;
        if (apart != null) {
          for (GroupAnswer a : answers) {
            if (a.isRated() && a.level().getAsInt() == sorted[i]) {
              apart.add(a.groupId());
            }
          }
        }
      }
    }
    if (anyApart) {
      reasons.add(DivergenceReason.APART_FROM_OTHERS);
      if (apart != null && apart.size() > 1) {
        // Keep group order.
        List<String> ordered = new ArrayList<>(apart.size());
        for (GroupAnswer a : answers) {
          if (apart.contains(a.groupId())) {
            ordered.add(a.groupId());
          }
        }
        apart.clear();
        apart.addAll(ordered);
      }
    }
    return reasons;
  }

  private static List<AgendaItem> agenda(Layout layout, List<IndicatorDivergence> indicators) {
    List<Integer> divergent = new ArrayList<>();
    for (int u = 0; u < indicators.size(); u++) {
      if (indicators.get(u).isHighlyDivergent()) {
        divergent.add(u);
      }
    }
    int[] range = new int[indicators.size()];
    double[] pairwise = new double[indicators.size()];
    for (int u : divergent) {
      Spread s = indicators.get(u).spread().orElseThrow();
      range[u] = s.maximum().intValue() - s.minimum().intValue();
      pairwise[u] = s.meanAbsolutePairwiseDifference().orElse(0);
    }
    divergent.sort(
        (x, y) -> {
          int c = Integer.compare(range[y], range[x]);
          if (c != 0) {
            return c;
          }
          c = Double.compare(pairwise[y], pairwise[x]);
          if (c != 0) {
            return c;
          }
          c = Integer.compare(layout.domainIndex[x], layout.domainIndex[y]);
          if (c != 0) {
            return c;
          }
          c = layout.weights[y].compareTo(layout.weights[x]);
          if (c != 0) {
            return c;
          }
          return Integer.compare(x, y);
        });
    List<AgendaItem> items = new ArrayList<>(divergent.size());
    int rank = 1;
    for (int u : divergent) {
      IndicatorDivergence d = indicators.get(u);
      Spread s = d.spread().orElseThrow();
      AgendaItem.Builder item =
          AgendaItem.builder()
              .rank(rank++)
              .indicatorId(d.indicatorId())
              .title(layout.indicators[u].title())
              .domainId(d.domainId())
              .componentId(d.componentId())
              .addAllAnswers(d.answers())
              .spread(s)
              .addAllApartFromOthers(d.apartFromOthers())
              .addAllReasons(d.reasons());
      int min = s.minimum().intValueExact();
      int max = s.maximum().intValueExact();
      for (GroupAnswer a : d.answers()) {
        if (a.isRated()) {
          int level = a.level().getAsInt();
          if (level == min) {
            item.addLowestGroups(a.groupId());
          }
          if (level == max) {
            item.addHighestGroups(a.groupId());
          }
        }
      }
      items.add(item.build());
    }
    return items;
  }

  private static List<NodeDivergence> nodes(
      Framework framework, List<String> groupIds, Map<String, ? extends NodeScores> nodeScores) {
    List<NodeDivergence> out = new ArrayList<>();
    int span = framework.scale().span();
    out.add(node(framework.id(), NodeType.FRAMEWORK, groupIds, nodeScores, span));
    for (Domain d : framework.domains()) {
      out.add(node(d.id(), NodeType.DOMAIN, groupIds, nodeScores, span));
      for (Component c : d.components()) {
        out.add(node(c.id(), NodeType.COMPONENT, groupIds, nodeScores, span));
      }
    }
    return out;
  }

  private static NodeDivergence node(
      String id,
      NodeType type,
      List<String> groupIds,
      Map<String, ? extends NodeScores> nodeScores,
      int span) {
    NodeDivergence.Builder b = NodeDivergence.builder().nodeId(id).type(type);
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (String g : groupIds) {
      NodeScores s = nodeScores.get(g);
      Optional<BigDecimal> score = s == null ? Optional.empty() : s.score(id);
      if (score.isPresent()) {
        scores.put(g, score.get());
      } else {
        b.addUnscored(g);
      }
    }
    b.putAllScores(scores);
    int n = scores.size();
    if (n == 0) {
      return b.build();
    }
    BigDecimal[] sorted = scores.values().toArray(new BigDecimal[0]);
    Arrays.sort(sorted);
    b.spread(Spreads.ofSortedScores(sorted, n, span));
    BigDecimal median = Spreads.median(sorted, n);
    BigDecimal furthest = BigDecimal.ZERO;
    for (BigDecimal v : scores.values()) {
      BigDecimal d = v.subtract(median).abs();
      if (d.compareTo(furthest) > 0) {
        furthest = d;
      }
    }
    if (furthest.signum() > 0) {
      for (Map.Entry<String, BigDecimal> e : scores.entrySet()) {
        if (e.getValue().subtract(median).abs().compareTo(furthest) == 0) {
          b.addOutliers(e.getKey());
        }
      }
    }
    return b.build();
  }

  private static Agreement agreement(String scopeId, ReliabilityData data) {
    return Agreement.builder()
        .scopeId(scopeId)
        .indicatorCount(data.unitCount())
        .data(data)
        .distances(Divergences.distanceMatrix(data))
        .build();
  }

  /** The framework's indicators in tree order, with their domain, component and weight. */
  static final class Layout {
    final Indicator[] indicators;
    final String[] domainIds;
    final String[] componentIds;
    final int[] domainIndex;
    final BigDecimal[] weights;
    /** Index of each domain's first indicator; one more entry for the end. */
    final int[] domainStart;

    private Layout(Framework framework) {
      int units = framework.indicators().size();
      indicators = new Indicator[units];
      domainIds = new String[units];
      componentIds = new String[units];
      domainIndex = new int[units];
      weights = new BigDecimal[units];
      domainStart = new int[framework.domains().size() + 1];
      int u = 0;
      for (int d = 0; d < framework.domains().size(); d++) {
        Domain domain = framework.domains().get(d);
        domainStart[d] = u;
        for (Component c : domain.components()) {
          for (Indicator i : c.indicators()) {
            indicators[u] = i;
            domainIds[u] = domain.id();
            componentIds[u] = c.id();
            domainIndex[u] = d;
            weights[u] = i.weight().orElse(BigDecimal.ONE);
            u++;
          }
        }
      }
      domainStart[framework.domains().size()] = u;
    }

    static Layout of(Framework framework) {
      return new Layout(framework);
    }
  }
}
