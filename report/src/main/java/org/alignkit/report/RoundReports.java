package org.alignkit.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.Indicator;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Rating;
import org.alignkit.core.RatingStatus;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.scoring.InputStatus;
import org.alignkit.scoring.NodeScore;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.alignkit.scoring.divergence.GroupAnswer;
import org.alignkit.scoring.divergence.IndicatorDivergence;
import org.alignkit.scoring.divergence.NodeScores;
import org.alignkit.scoring.divergence.RoundAnalyser;
import org.alignkit.scoring.divergence.RoundAnalysis;
import org.alignkit.scoring.divergence.Spread;
import org.alignkit.scoring.metrics.AlphaResult;
import org.alignkit.scoring.metrics.DistanceMatrix;
import org.alignkit.scoring.metrics.Metric;
import org.alignkit.scoring.progress.Change;
import org.alignkit.scoring.progress.GroupProgress;
import org.alignkit.scoring.progress.Progress;
import org.alignkit.scoring.progress.ProgressReport;
import org.alignkit.scoring.progress.RoundData;
import org.apiguardian.api.API;

/**
 * Builds the {@link ReportModel} of a round from the groups' assessments: scores every group with a
 * {@link ScoringEngine}, analyses divergence with a {@link RoundAnalyser} and, with a baseline
 * round, measures progress with {@link Progress}.
 *
 * <p><b>The whole.</b> With a consensus ({@link Builder#consensus(ConsensusRecord)}) the whole's
 * cells are the consensus's scores. Without one, the whole is the <em>median answer</em>: for every
 * indicator, the median of the levels the groups gave (the lower median when the number of levels is
 * even, so the whole never claims more than half the groups do), or "not applicable" when at least
 * as many groups said so as said "no information", or "no information"; this assessment is then
 * scored by the same rules as the groups, so the whole's components, domains and framework follow
 * the rule set's aggregation, missing-data and banding rules exactly.
 *
 * <p>Instances are immutable and thread-safe; the builder is not.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RoundReports {
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final String WHOLE_ID = "all-groups";

  private final Framework framework;
  private final Exercise exercise;
  private final RuleSet ruleSet;
  private final Optional<ConsensusRecord> consensus;
  private final Optional<Framework> baselineFramework;
  private final Optional<Exercise> baseline;
  private final Optional<ConsensusRecord> baselineConsensus;
  private final RoundAnalyser analyser;

  private RoundReports(Builder b) {
    this.framework = b.framework;
    this.exercise = b.exercise;
    this.ruleSet = b.ruleSet;
    this.consensus = Optional.ofNullable(b.consensus);
    this.baselineFramework = Optional.ofNullable(b.baselineFramework);
    this.baseline = Optional.ofNullable(b.baseline);
    this.baselineConsensus = Optional.ofNullable(b.baselineConsensus);
    this.analyser = b.analyser;
  }

  /** The report model of a round under the default rules, without baseline or consensus. */
  public static ReportModel of(Framework framework, Exercise exercise) {
    return builder(framework, exercise).build().model();
  }

  /** A builder for the round {@code exercise}, which answers {@code framework}. */
  public static Builder builder(Framework framework, Exercise exercise) {
    return new Builder(framework, exercise);
  }

  /** The rule set the scores come from. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** Scores, analyses and assembles the report model. */
  public ReportModel model() {
    ScoringEngine engine = ScoringEngine.builder(framework).ruleSet(ruleSet).build();
    Map<String, ScoreCard> cards = new LinkedHashMap<>();
    for (Assessment a : exercise.assessments()) {
      cards.put(a.group().id(), engine.score(a));
    }
    Assessment whole = consensus.map(ConsensusRecord::agreed).orElseGet(() -> medianAnswer(exercise));
    ScoreCard wholeCard = engine.score(whole);

    Optional<RoundAnalysis> analysis =
        exercise.assessments().size() >= 2
            ? Optional.of(analyser.analyse(List.copyOf(cards.values())))
            : Optional.empty();

    ReportModel.Builder model =
        ReportModel.builder()
            .title(
                LocalizedText.of(
                    "Alignment diagnostic, " + exercise.country() + " " + exercise.round().id(),
                    "Diagnostic d'alignement, " + exercise.country() + " " + exercise.round().id()))
            .country(LocalizedText.en(exercise.country()))
            .round(exercise.round())
            .framework(framework)
            .ruleSet(
                RuleSetInfo.of(
                    ruleSet.id(),
                    LocalizedText.en(
                        ruleSet.description().isBlank()
                            ? ruleSet.title()
                            : ruleSet.title() + ": " + ruleSet.description())))
            .addAllGroups(exercise.groups())
            .overallIsConsensus(consensus.isPresent());

    List<FrameworkNode> nodes = new ArrayList<>();
    nodes.add(framework);
    nodes.addAll(framework.domains());
    nodes.addAll(framework.components());
    for (FrameworkNode node : nodes) {
      NodeResult.Builder r = NodeResult.builder().nodeId(node.id());
      cards.forEach((g, card) -> nodeScore(card, node.id()).ifPresent(s -> r.putGroups(g, cell(s))));
      nodeScore(wholeCard, node.id()).ifPresent(s -> r.overall(cell(s)));
      model.addNodeResults(r.build());
    }

    for (Indicator indicator : framework.indicators()) {
      IndicatorRow.Builder row = IndicatorRow.builder().indicatorId(indicator.id());
      for (Assessment a : exercise.assessments()) {
        a.rating(indicator.id()).ifPresent(rating -> row.putRatings(a.group().id(), groupRating(rating)));
      }
      row.overall(indicatorCell(wholeCard, indicator.id()));
      analysis
          .flatMap(an -> an.indicator(indicator.id()))
          .ifPresent(
              d -> {
                d.spread().map(Spread::range).ifPresent(row::range);
                row.divergent(d.isHighlyDivergent());
              });
      model.addIndicators(row.build());
    }

    analysis.ifPresent(an -> addAnalysis(an, model));

    if (baseline.isPresent()) {
      Exercise base = baseline.get();
      Framework baseFramework = baselineFramework.orElse(framework);
      ScoringEngine baseEngine =
          baseFramework == framework
              ? engine
              : ScoringEngine.builder(baseFramework).ruleSet(ruleSet).build();
      Assessment baseWhole =
          baselineConsensus.map(ConsensusRecord::agreed).orElseGet(() -> medianAnswer(base));
      RoundData baseData = roundData(baseFramework, base, baseEngine, baseWhole);
      RoundData currentData = roundData(framework, exercise, engine, whole);
      ProgressReport report = Progress.compare(baseData, currentData);
      model.baselineRound(base.round());
      for (GroupProgress gp : report.groups()) {
        addProgress(model, Optional.of(gp.groupId()), gp);
      }
      report.consensus().ifPresent(gp -> addProgress(model, Optional.empty(), gp));
    }
    return model.build();
  }

  private void addProgress(ReportModel.Builder model, Optional<String> groupId, GroupProgress gp) {
    for (Change c : gp.nodes()) {
      model.addProgress(
          ProgressRow.builder()
              .nodeId(c.nodeId())
              .groupId(groupId)
              .baseline(c.baseline())
              .current(c.current())
              .progressClass(progressClass(c.progressClass()))
              .build());
    }
  }

  private RoundData roundData(Framework f, Exercise e, ScoringEngine engine, Assessment whole) {
    Map<String, ScoreCard> cards = new LinkedHashMap<>();
    for (Assessment a : e.assessments()) {
      cards.put(a.group().id(), engine.score(a));
    }
    return RoundData.builder()
        .framework(f)
        .exercise(e)
        .putAllNodeScores(nodeScoresOf(cards))
        .consensus(whole)
        .consensusScores(NodeScores.of(engine.score(whole)))
        .build();
  }

  private void addAnalysis(RoundAnalysis an, ReportModel.Builder model) {
    for (org.alignkit.scoring.divergence.AgendaItem item : an.agenda()) {
      AgendaItem.Builder b =
          AgendaItem.builder().rank(item.rank()).indicatorId(item.indicatorId()).gap(item.gap());
      for (GroupAnswer answer : item.answers()) {
        groupRating(answer).ifPresent(r -> b.putPositions(answer.groupId(), r));
      }
      model.addAgenda(b.build());
    }
    Agreement.Builder agreement = Agreement.builder().metric("ordinal");
    AlphaResult overall = an.agreement().alpha(Metric.ORDINAL);
    if (overall.isDefined()) {
      agreement.alpha(overall.alpha());
    }
    an.agreementByDomain()
        .forEach(
            (domainId, a) -> {
              AlphaResult r = a.alpha(Metric.ORDINAL);
              if (r.isDefined() && framework.domain(domainId).isPresent()) {
                agreement.putByDomain(domainId, r.alpha());
              }
            });
    model.agreement(agreement.build());
    DistanceMatrix d = an.agreement().distances();
    List<String> ids = an.groupIds();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        double v = d.distance(i, j);
        if (Double.isFinite(v)) {
          model.addDistances(GroupDistance.of(ids.get(i), ids.get(j), v));
        }
      }
    }
  }

  /** The node scores of each group's card, for the divergence and progress analyses. */
  private Map<String, NodeScores> nodeScoresOf(Map<String, ScoreCard> cards) {
    Map<String, NodeScores> scores = new LinkedHashMap<>();
    cards.forEach((g, card) -> scores.put(g, NodeScores.of(card)));
    return scores;
  }

  private Optional<NodeScore> nodeScore(ScoreCard card, String nodeId) {
    return nodeId.equals(framework.id()) ? Optional.of(card.overall()) : card.node(nodeId);
  }

  private static ScoreCell cell(NodeScore s) {
    Optional<BigDecimal> score = s.score().map(r -> r.toBigDecimal(MC));
    if (s.level().isPresent()) {
      ScoreCell.Builder b = ScoreCell.builder().level(s.level().getAsInt());
      score.ifPresent(b::score);
      return b.build();
    }
    LocalizedText reason;
    switch (s.outcome()) {
      case NOT_APPLICABLE:
        reason = LocalizedText.of("not applicable", "sans objet");
        break;
      case NO_INFORMATION:
        reason = LocalizedText.of("no information", "pas d'information");
        break;
      case INSUFFICIENT_COVERAGE:
        reason = LocalizedText.of("insufficient coverage", "couverture insuffisante");
        break;
      default:
        reason = LocalizedText.of("no level under these rules", "pas de niveau avec ces règles");
    }
    return score.map(v -> ScoreCell.unbanded(v, reason)).orElseGet(() -> ScoreCell.absent(reason));
  }

  private static ScoreCell indicatorCell(ScoreCard card, String indicatorId) {
    OptionalInt level = card.indicatorLevel(indicatorId);
    if (level.isPresent()) {
      return ScoreCell.of(BigDecimal.valueOf(level.getAsInt()), level.getAsInt());
    }
    InputStatus status = card.indicatorStatus(indicatorId);
    switch (status) {
      case NOT_APPLICABLE:
        return ScoreCell.absent(LocalizedText.of("not applicable", "sans objet"));
      case NO_INFORMATION:
        return ScoreCell.absent(LocalizedText.of("no information", "pas d'information"));
      default:
        return ScoreCell.absent(LocalizedText.of("not rated", "non noté"));
    }
  }

  private static GroupRating groupRating(Rating rating) {
    GroupRating.Builder b = GroupRating.builder().status(rating.status());
    rating.level().ifPresent(b::level);
    rating.evidence().ifPresent(b::evidence);
    rating.comment().ifPresent(b::comment);
    return b.build();
  }

  private static Optional<GroupRating> groupRating(GroupAnswer answer) {
    GroupRating.Builder b = GroupRating.builder();
    switch (answer.status()) {
      case RATED:
        b.status(RatingStatus.RATED).level(answer.level().getAsInt());
        break;
      case NOT_APPLICABLE:
        b.status(RatingStatus.NOT_APPLICABLE);
        break;
      case NO_INFORMATION:
        b.status(RatingStatus.NO_INFORMATION);
        break;
      default:
        return Optional.empty();
    }
    answer.evidence().ifPresent(b::evidence);
    answer.comment().ifPresent(b::comment);
    return Optional.of(b.build());
  }

  private static ProgressClass progressClass(org.alignkit.scoring.progress.ProgressClass c) {
    switch (c) {
      case PROGRESS:
        return ProgressClass.PROGRESS;
      case STAGNATION:
        return ProgressClass.STAGNATION;
      case DECLINE:
        return ProgressClass.DECLINE;
      default:
        return ProgressClass.NOT_COMPARABLE;
    }
  }

  /**
   * The whole as one assessment: per indicator the lower median of the groups' levels, else "not
   * applicable" when at least as many groups said so as said "no information", else "no
   * information"; indicators nobody answered stay unanswered.
   */
  static Assessment medianAnswer(Exercise exercise) {
    Assessment first = exercise.assessments().get(0);
    Map<String, List<Integer>> levels = new LinkedHashMap<>();
    Map<String, int[]> others = new LinkedHashMap<>();
    for (Assessment a : exercise.assessments()) {
      for (Rating r : a.ratings()) {
        int[] counts = others.computeIfAbsent(r.indicatorId(), k -> new int[2]);
        levels.computeIfAbsent(r.indicatorId(), k -> new ArrayList<>());
        if (r.isRated()) {
          levels.get(r.indicatorId()).add(r.level().getAsInt());
        } else if (r.status() == RatingStatus.NOT_APPLICABLE) {
          counts[0]++;
        } else {
          counts[1]++;
        }
      }
    }
    StakeholderGroup group =
        StakeholderGroup.builder()
            .id(WHOLE_ID)
            .name(LocalizedText.of("All groups", "Tous les groupes"))
            .addAllKinds(ConsensusRecord.consensusGroup().kinds())
            .build();
    Assessment.Builder b =
        Assessment.builder()
            .frameworkId(first.frameworkId())
            .frameworkVersion(first.frameworkVersion())
            .country(first.country())
            .subnationalUnit(first.subnationalUnit())
            .round(first.round())
            .group(group);
    levels.forEach(
        (id, ls) -> {
          if (!ls.isEmpty()) {
            ls.sort(null);
            b.addRatings(Rating.of(id, ls.get((ls.size() - 1) / 2)));
          } else {
            int[] c = others.get(id);
            b.addRatings(c[0] >= c[1] ? Rating.notApplicable(id) : Rating.noInformation(id));
          }
        });
    return b.build();
  }

  /** Builds {@link RoundReports}. */
  public static final class Builder {
    private final Framework framework;
    private final Exercise exercise;
    private RuleSet ruleSet = RuleSets.defaultRules();
    private ConsensusRecord consensus;
    private Framework baselineFramework;
    private Exercise baseline;
    private ConsensusRecord baselineConsensus;
    private RoundAnalyser analyser = RoundAnalyser.withDefaults();

    private Builder(Framework framework, Exercise exercise) {
      this.framework = requireNonNull(framework, "framework");
      this.exercise = requireNonNull(exercise, "exercise");
    }

    /** The scoring rules; {@link RuleSets#defaultRules()} unless given. */
    public Builder ruleSet(RuleSet ruleSet) {
      this.ruleSet = requireNonNull(ruleSet, "ruleSet");
      return this;
    }

    /** The round's agreed consensus: the whole's cells become its scores. */
    public Builder consensus(ConsensusRecord consensus) {
      this.consensus = requireNonNull(consensus, "consensus");
      return this;
    }

    /** The baseline round, answering the same framework, for the progress section. */
    public Builder baseline(Exercise baseline) {
      this.baseline = requireNonNull(baseline, "baseline");
      return this;
    }

    /** The baseline round answering another version of the framework. */
    public Builder baseline(Framework framework, Exercise baseline) {
      this.baselineFramework = requireNonNull(framework, "framework");
      return baseline(baseline);
    }

    /** The baseline round's consensus, compared with this round's consensus in the progress rows. */
    public Builder baselineConsensus(ConsensusRecord consensus) {
      this.baselineConsensus = requireNonNull(consensus, "consensus");
      return this;
    }

    /** The divergence criteria; {@link RoundAnalyser#withDefaults()} unless given. */
    public Builder analyser(RoundAnalyser analyser) {
      this.analyser = requireNonNull(analyser, "analyser");
      return this;
    }

    /** The report builder; scoring happens in {@link RoundReports#model()}. */
    public RoundReports build() {
      return new RoundReports(this);
    }
  }
}
