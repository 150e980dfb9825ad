package org.alignkit.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.alignkit.analysis.MedianAnswer;
import org.alignkit.analysis.NodeScores;
import org.alignkit.analysis.RoundAnalyser;
import org.alignkit.analysis.RoundAnalysis;
import org.alignkit.analysis.RuleSensitivity;
import org.alignkit.analysis.Spread;
import org.alignkit.analysis.progress.Change;
import org.alignkit.analysis.progress.GroupProgress;
import org.alignkit.analysis.progress.Progress;
import org.alignkit.analysis.progress.ProgressReport;
import org.alignkit.analysis.progress.ProgressSensitivity;
import org.alignkit.analysis.progress.RoundData;
import org.alignkit.core.ActionFollowUp;
import org.alignkit.core.ActionItem;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.Indicator;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.ModelException;
import org.alignkit.core.ModelProblem;
import org.alignkit.core.PlanFollowUp;
import org.alignkit.core.Rating;
import org.alignkit.metrics.AlphaInterval;
import org.alignkit.metrics.DistanceMatrix;
import org.alignkit.metrics.IntervalSpec;
import org.alignkit.metrics.Metric;
import org.alignkit.scoring.InputStatus;
import org.alignkit.scoring.NodeScore;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.apiguardian.api.API;

/**
 * Builds the {@link ReportModel} of a round from the groups' assessments: scores every group with a
 * {@link ScoringEngine}, analyses divergence with a {@link RoundAnalyser} and, with a baseline
 * round, measures progress with {@link Progress}.
 *
 * <p>Each round is scored and analysed once, by {@link RoundAnalyser#analyse(ScoringEngine,
 * Exercise)}; the model is assembled from that analysis and its score cards.
 *
 * <p><b>The whole.</b> With a consensus ({@link Builder#consensus(ConsensusRecord)}) the whole's
 * cells are the consensus's scores. Without one, the whole is the groups' {@link MedianAnswer},
 * scored by the same rules as the groups.
 *
 * <p><b>The workshop's outcome.</b> The consensus record's dissents, action plan and endorsements
 * go into the model as recorded. With a baseline round and its consensus ({@link
 * Builder#baselineConsensus(ConsensusRecord)}), every action of the baseline's plan becomes a
 * {@link FollowUpRow}: its status from this round's record ({@link ConsensusRecord#followUp()}),
 * whether it is overdue at this round's date, and the change of its linked indicators (the whole's
 * levels of the two rounds).
 *
 * <p><b>Not applicable.</b> A group that left out an indicator that does not apply to its kinds is
 * shown as not applicable, as scoring treats it, not as missing.
 *
 * <p><b>Uncertainty and rules.</b> With {@link Builder#interval(IntervalSpec)} the agreement section
 * gets interval estimates for alpha; with {@link Builder#compareRules(List)} the round (and, with a
 * baseline, progress) is also scored under the other rule sets, and the model gets their rule
 * sensitivity, the report's rule set being the reference.
 *
 * <p>Instances are immutable and thread-safe; the builder is not.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RoundReports {
  private static final MathContext MC = NodeScores.DECIMALS;

  private final Framework framework;
  private final Exercise exercise;
  private final RuleSet ruleSet;
  private final Optional<ConsensusRecord> consensus;
  private final Optional<Framework> baselineFramework;
  private final Optional<Exercise> baseline;
  private final Optional<ConsensusRecord> baselineConsensus;
  private final RoundAnalyser analyser;
  private final List<IntervalSpec> intervals;
  private final List<RuleSet> compareRules;
  private final Optional<ScoringEngine> engine;

  private RoundReports(Builder b) {
    this.framework = b.framework;
    this.exercise = b.exercise;
    this.ruleSet = b.ruleSet;
    this.consensus = Optional.ofNullable(b.consensus);
    this.baselineFramework = Optional.ofNullable(b.baselineFramework);
    this.baseline = Optional.ofNullable(b.baseline);
    this.baselineConsensus = Optional.ofNullable(b.baselineConsensus);
    this.analyser = b.analyser;
    this.intervals = List.copyOf(b.intervals);
    this.compareRules = List.copyOf(b.compareRules);
    this.engine = Optional.ofNullable(b.engine);
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

  /**
   * Scores and analyses the round (once: {@link RoundAnalyser#analyse(ScoringEngine, Exercise)})
   * and assembles the report model from the analysis.
   *
   * @throws org.alignkit.analysis.RoundMismatchException if the baseline is of another country,
   *     unit or framework, or not dated before the round ({@link Progress#between})
   */
  public ReportModel model() {
    checkRecords();
    ScoringEngine engine = this.engine.orElseGet(
        () -> ScoringEngine.builder(framework).ruleSet(ruleSet).build());
    ScoredRound current = round(engine, exercise, consensus);
    Optional<RoundAnalysis> analysis = current.analysis;
    Map<String, ScoreCard> cards = current.cards;
    ScoreCard wholeCard = current.whole;

    ReportModel.Builder model = ReportModel.builder()
        .title(LocalizedText.of(
            "Alignment diagnostic, " + exercise.country() + " "
                + exercise.round().id(),
            "Diagnostic d'alignement, " + exercise.country() + " "
                + exercise.round().id()))
        .country(LocalizedText.en(exercise.country()))
        .round(exercise.round())
        .framework(framework)
        .ruleSet(RuleSetInfo.of(ruleSet.id(), titleAndDescription(ruleSet)))
        .addAllGroups(exercise.groups())
        .overallIsConsensus(consensus.isPresent())
        .consensus(consensus);

    for (FrameworkNode node : framework.nodes()) {
      NodeResult.Builder r = NodeResult.builder().nodeId(node.id());
      cards.forEach((g, card) -> card.node(node.id()).ifPresent(s -> r.putGroups(g, cell(s))));
      wholeCard.node(node.id()).ifPresent(s -> r.overall(cell(s)));
      model.addNodeResults(r.build());
    }

    for (Indicator indicator : framework.indicators()) {
      IndicatorRow.Builder row = IndicatorRow.builder().indicatorId(indicator.id());
      for (Assessment a : exercise.assessments()) {
        Optional<Rating> rating = a.rating(indicator.id());
        if (rating.isPresent()) {
          row.putRatings(a.group().id(), groupRating(rating.get()));
        } else if (!indicator.appliesTo(a.group())) {
          row.putRatings(a.group().id(), GroupRating.notApplicable());
        }
      }
      row.overall(indicatorCell(wholeCard, indicator.id()));
      analysis.flatMap(an -> an.indicator(indicator.id())).ifPresent(d -> {
        d.spread().map(Spread::range).ifPresent(row::range);
        row.divergent(d.isHighlyDivergent());
      });
      model.addIndicators(row.build());
    }

    analysis.ifPresent(an -> addAnalysis(an, model));

    if (baseline.isPresent()) {
      Exercise base = baseline.get();
      Framework baseFramework = baselineFramework.orElse(framework);
      ScoringEngine baseEngine = baseFramework == framework
          ? engine
          : ScoringEngine.builder(baseFramework).ruleSet(ruleSet).build();
      ScoredRound baseRound = round(baseEngine, base, baselineConsensus);
      // The wholes are compared when they stand for the same groups (or are both agreed
      // consensuses): the median of other groups is not the same whole.
      boolean wholes = (consensus.isPresent() && baselineConsensus.isPresent())
          || groupIds(base).equals(groupIds(exercise));
      ProgressReport report = Progress.between(
          roundData(baseFramework, base, baseRound, wholes),
          roundData(framework, exercise, current, wholes));
      model.baselineRound(base.round());
      for (GroupProgress gp : report.groups()) {
        addProgress(model, Optional.of(gp.groupId()), gp);
      }
      report.consensus().ifPresent(gp -> addProgress(model, Optional.empty(), gp));
      baselineConsensus.ifPresent(plan -> {
        model.baselineConsensus(plan);
        model.addAllFollowUp(followUp(plan, report.consensus()));
      });
    }
    addSensitivity(model);
    return model.build();
  }

  /**
   * The records fit the rounds: the consensus is of this round, the baseline's of the baseline, and
   * the follow-up names actions of the baseline's plan.
   */
  private void checkRecords() {
    if (baselineConsensus.isPresent() && baseline.isEmpty()) {
      throw new IllegalStateException(
          "a baseline consensus needs the baseline round: call baseline");
    }
    consensus.ifPresent(c -> requireFits("consensus record", c, c.check(exercise)));
    baselineConsensus.ifPresent(
        c -> requireFits("baseline consensus record", c, c.check(baseline.orElseThrow())));
    if (consensus.isPresent() && baselineConsensus.isPresent()) {
      requireFits(
          "consensus record",
          consensus.get(),
          consensus.get().checkFollowUp(baselineConsensus.get()));
    }
  }

  private static void requireFits(String what, ConsensusRecord c, List<ModelProblem> problems) {
    if (!problems.isEmpty()) {
      throw new ModelException(
          what + " " + c.agreed().country() + " " + c.round().id(), problems);
    }
  }

  private List<FollowUpRow> followUp(ConsensusRecord plan, Optional<GroupProgress> whole) {
    Optional<PlanFollowUp> reported = consensus
        .flatMap(ConsensusRecord::followUp)
        .filter(f -> f.planRoundId().equals(plan.round().id()));
    LocalDate at = exercise.round().date();
    List<FollowUpRow> rows = new ArrayList<>();
    for (ActionItem action : plan.actions()) {
      Optional<ActionFollowUp> status = reported.flatMap(f -> f.action(action.id()));
      boolean closed = status.map(s -> s.status().isClosed()).orElse(false);
      FollowUpRow.Builder row = FollowUpRow.builder()
          .action(action)
          .status(status)
          .overdue(!closed && action.due().map(d -> d.isBefore(at)).orElse(false));
      for (String id : action.indicatorIds()) {
        whole
            .flatMap(gp ->
                gp.indicators().stream().filter(c -> c.nodeId().equals(id)).findFirst())
            .ifPresent(row::addIndicators);
      }
      rows.add(row.build());
    }
    return rows;
  }

  /**
   * One round scored once: the analysis (with two groups or more) and its cards, or the cards of a
   * lone group; and the whole (the consensus, or the groups' median answer) scored by the same
   * engine.
   */
  private final class ScoredRound {
    final Optional<RoundAnalysis> analysis;
    final Map<String, ScoreCard> cards = new LinkedHashMap<>();
    final Assessment wholeAssessment;
    final ScoreCard whole;

    ScoredRound(ScoringEngine engine, Exercise round, Optional<ConsensusRecord> agreed) {
      analysis = round.assessments().size() >= 2
          ? Optional.of(analyser.analyse(engine, round))
          : Optional.empty();
      List<ScoreCard> scored = analysis
          .map(RoundAnalysis::cards)
          .orElseGet(() -> List.of(engine.score(round.assessments().get(0))));
      for (ScoreCard card : scored) {
        cards.put(card.assessment().group().id(), card);
      }
      wholeAssessment = agreed.map(ConsensusRecord::agreed).orElseGet(() -> MedianAnswer.of(round));
      whole = engine.score(wholeAssessment);
    }
  }

  private ScoredRound round(
      ScoringEngine engine, Exercise round, Optional<ConsensusRecord> agreed) {
    return new ScoredRound(engine, round, agreed);
  }

  private void addProgress(ReportModel.Builder model, Optional<String> groupId, GroupProgress gp) {
    for (Change c : gp.nodes()) {
      model.addProgress(ProgressRow.of(groupId, c));
    }
  }

  private RoundData roundData(Framework f, Exercise e, ScoredRound round, boolean whole) {
    Map<String, NodeScores> scores = new LinkedHashMap<>();
    round.cards.forEach((g, card) -> scores.put(g, NodeScores.of(card)));
    RoundData.Builder b = RoundData.builder().framework(f).exercise(e).putAllNodeScores(scores);
    if (whole) {
      b.consensus(round.wholeAssessment).consensusScores(NodeScores.of(round.whole));
    }
    return b.build();
  }

  private static java.util.Set<String> groupIds(Exercise e) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    e.groups().forEach(g -> ids.add(g.id()));
    return ids;
  }

  /** The rule sensitivity of the round and progress, when rule sets are compared. */
  private void addSensitivity(ReportModel.Builder model) {
    if (compareRules.isEmpty()) {
      return;
    }
    List<RuleSet> all = new ArrayList<>();
    all.add(ruleSet);
    all.addAll(compareRules);
    RuleSensitivity round = analyser.sensitivity(framework, exercise, all);
    model.ruleSensitivity(round);
    if (baseline.isPresent()) {
      model.progressSensitivity(ProgressSensitivity.compare(
          baselineFramework.orElse(framework), baseline.get(), framework, exercise, all));
    }
  }

  private void addAnalysis(RoundAnalysis an, ReportModel.Builder model) {
    model.addAllAgenda(an.agenda());
    model.agreement(an.agreement());
    an.agreementByDomain().forEach(model::putAgreementByDomain);
    // The model's agreement metric (ordinal, the default): levels are ordered.
    for (IntervalSpec spec : intervals) {
      model.addAlphaIntervals(an.agreement().interval(Metric.ORDINAL, spec));
    }
    if (!intervals.isEmpty()) {
      an.agreementByDomain().forEach((id, a) -> {
        List<AlphaInterval> byDomain = new ArrayList<>();
        for (IntervalSpec spec : intervals) {
          byDomain.add(a.interval(Metric.ORDINAL, spec));
        }
        model.putAlphaIntervalsByDomain(id, byDomain);
      });
    }
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

  /** "Title: description" in every language of the rule set's title. */
  private static LocalizedText titleAndDescription(RuleSet r) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : r.localizedTitle().languages()) {
      String title = r.localizedTitle().get(language);
      String description =
          r.localizedDescription().isEmpty() ? "" : r.localizedDescription().get(language);
      String colon = language.startsWith("fr") ? " : " : ": ";
      texts.put(language, description.isBlank() ? title : title + colon + description);
    }
    return LocalizedText.of(texts);
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
    private final List<IntervalSpec> intervals = new ArrayList<>();
    private final List<RuleSet> compareRules = new ArrayList<>();
    private ScoringEngine engine;

    private Builder(Framework framework, Exercise exercise) {
      this.framework = requireNonNull(framework, "framework");
      this.exercise = requireNonNull(exercise, "exercise");
    }

    /** The scoring rules; {@link RuleSets#defaultRules()} unless given. */
    public Builder ruleSet(RuleSet ruleSet) {
      this.ruleSet = requireNonNull(ruleSet, "ruleSet");
      this.engine = null;
      return this;
    }

    /**
     * The engine that scores the round (and the baseline, when it answers the same framework), for
     * example one with rule providers of your own ({@link ScoringEngine.Builder#addProvider}); its
     * rule set becomes the report's. A baseline answering another framework is scored by an engine
     * built with the same rule set and the rules found through the SPI.
     *
     * @throws IllegalArgumentException if the engine scores another framework
     */
    public Builder engine(ScoringEngine engine) {
      requireNonNull(engine, "engine");
      if (!engine.framework().equals(framework)) {
        throw new IllegalArgumentException("the engine scores framework "
            + engine.framework().label()
            + ", but the round answers "
            + framework.label());
      }
      this.engine = engine;
      this.ruleSet = engine.ruleSet();
      return this;
    }

    /**
     * The round's agreed consensus: the whole's cells become its scores, and its dissents, action
     * plan, endorsements and follow-up of the baseline's plan go into the report. It must be of the
     * round ({@link ConsensusRecord#check(Exercise)}); {@link RoundReports#model()} throws a {@link
     * ModelException} otherwise.
     */
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

    /**
     * The baseline round's consensus, compared with this round's consensus in the progress rows; its
     * action plan is followed up ({@link ReportModel#followUp()}). It must be of the baseline round,
     * and this round's follow-up must name only its actions ({@link
     * ConsensusRecord#checkFollowUp(ConsensusRecord)}); {@link RoundReports#model()} throws a {@link
     * ModelException} otherwise.
     */
    public Builder baselineConsensus(ConsensusRecord consensus) {
      this.baselineConsensus = requireNonNull(consensus, "consensus");
      return this;
    }

    /** The divergence criteria; {@link RoundAnalyser#withDefaults()} unless given. */
    public Builder analyser(RoundAnalyser analyser) {
      this.analyser = requireNonNull(analyser, "analyser");
      return this;
    }

    /**
     * Adds an interval estimate for alpha (the report's ordinal alpha, overall and per domain); call
     * once per method to show several.
     */
    public Builder interval(IntervalSpec spec) {
      intervals.add(requireNonNull(spec, "spec"));
      return this;
    }

    /**
     * Rule sets to compare with the report's rule set (the reference): the model gets the rule
     * sensitivity of the levels, the agenda and, with a baseline, progress. Ids must differ from
     * each other and from the report's rule set.
     */
    public Builder compareRules(List<RuleSet> ruleSets) {
      for (RuleSet r : ruleSets) {
        compareRules.add(requireNonNull(r, "ruleSet"));
      }
      return this;
    }

    /**
     * The report builder; scoring happens in {@link RoundReports#model()}, which requires the
     * baseline to belong with the round ({@link org.alignkit.analysis.Rounds#requireProgression}).
     */
    public RoundReports build() {
      return new RoundReports(this);
    }
  }
}
