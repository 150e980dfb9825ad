package org.alignkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alignkit.analysis.NodeScores;
import org.alignkit.analysis.RoundAnalyser;
import org.alignkit.analysis.RoundAnalysis;
import org.alignkit.analysis.progress.ProgressClass;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.Rating;
import org.alignkit.metrics.Metric;
import org.alignkit.scoring.NodeRules;
import org.alignkit.scoring.RuleRef;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.alignkit.spec.SpecLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The report model of the Kivara example ({@code examples/kivara}) agrees with the scoring engine
 * and the divergence analysis run directly on the same files.
 */
class RoundReportsTest {
  static final SpecLoader LOADER = SpecLoader.defaults();
  static final Framework FW = LOADER.bundledFramework();
  static final Path KIVARA = Path.of("..", "examples", "kivara");
  static final Exercise Y2024 = LOADER.loadExercise(KIVARA.resolve("2024"), FW);
  static final Exercise Y2026 = LOADER.loadExercise(KIVARA.resolve("2026"), FW);

  static Map<String, NodeScores> scores(Exercise e) {
    ScoringEngine engine =
        ScoringEngine.builder(FW).ruleSet(RuleSets.defaultRules()).build();
    Map<String, NodeScores> m = new java.util.LinkedHashMap<>();
    for (Assessment a : e.assessments()) {
      ScoreCard card = engine.score(a);
      m.put(
          a.group().id(),
          id -> (id.equals(FW.id()) ? Optional.of(card.overall()) : card.node(id))
              .flatMap(s -> s.score())
              .map(r -> r.toBigDecimal(MathContext.DECIMAL64)));
    }
    return m;
  }

  @Test
  void agendaAlphaAndDivergentRowsAgreeWithTheAnalysis() {
    ReportModel model = RoundReports.of(FW, Y2026);
    RoundAnalysis a = RoundAnalyser.withDefaults().analyse(FW, Y2026, scores(Y2026));

    assertThat(a.agenda()).isNotEmpty();
    assertThat(model.agenda()).hasSameSizeAs(a.agenda());
    assertThat(model.agenda().get(0).indicatorId()).isEqualTo(a.agenda().get(0).indicatorId());
    assertThat(model.agenda().get(0).gap())
        .isEqualByComparingTo(a.agenda().get(0).gap());
    for (var answer : a.agenda().get(0).answers()) {
      if (answer.isRated()) {
        assertThat(GroupRating.byGroup(model.agenda().get(0).answers())
                .get(answer.groupId())
                .level())
            .hasValue(answer.level().getAsInt());
      }
    }

    double alpha = a.agreement().alpha(Metric.ORDINAL).alpha();
    assertThat(model.agreementMetric()).isEqualTo(Metric.ORDINAL);
    assertThat(model.alpha()).hasValue(alpha);
    assertThat(model.alpha("OB"))
        .hasValue(a.agreementByDomain().get("OB").alpha(Metric.ORDINAL).alpha());

    long divergent = model.indicators().stream().filter(IndicatorRow::divergent).count();
    assertThat(divergent)
        .isEqualTo(a.indicators().stream().filter(i -> i.isHighlyDivergent()).count())
        .isPositive();
    assertThat(model.indicators()).hasSize(FW.indicators().size());
    // 5 groups: 10 pairs, each the analysis's distance.
    assertThat(model.distances()).hasSize(10);
    List<String> ids = a.groupIds();
    assertThat(model.distance(ids.get(0), ids.get(2)))
        .hasValue(a.agreement().distances().distance(0, 2));
  }

  /** A report can be scored by an engine with a rule of the user's own (here: every level is 2). */
  @Test
  void aGivenEngineWithAProviderOfTheUsersOwnScoresTheReport() {
    RuleSet allTwo = RuleSet.builder()
        .id("all-two")
        .title("Every node at level 2")
        .components(
            NodeRules.of(RuleRef.of("mean"), RuleRef.of("always-two"), RuleRef.of("exclude")))
        .domains(NodeRules.of(RuleRef.of("mean"), RuleRef.of("always-two"), RuleRef.of("exclude")))
        .framework(
            NodeRules.of(RuleRef.of("mean"), RuleRef.of("always-two"), RuleRef.of("exclude")))
        .build();
    ScoringEngine engine = ScoringEngine.builder(FW)
        .ruleSet(allTwo)
        .addProvider(org.alignkit.testing.TestRules.fixedLevel("always-two", 2))
        .build();
    ReportModel model =
        RoundReports.builder(FW, Y2026).engine(engine).baseline(Y2024).build().model();
    assertThat(model.ruleSet().id()).isEqualTo("all-two");
    List<Integer> levels = new java.util.ArrayList<>();
    for (NodeResult r : model.nodeResults()) {
      r.groups().values().forEach(cell -> cell.level().ifPresent(levels::add));
    }
    assertThat(levels).hasSizeGreaterThan(50).containsOnly(2);
    assertThat(model.progress()).isNotEmpty();
    // Without the provider, the rule set cannot be built.
    assertThatThrownBy(
            () -> RoundReports.builder(FW, Y2026).ruleSet(allTwo).build().model())
        .hasMessageContaining("always-two");
  }

  @Test
  void groupCellsAreTheEngineScores() {
    ReportModel model =
        RoundReports.builder(FW, Y2026).ruleSet(RuleSets.gdhi()).build().model();
    ScoringEngine engine = ScoringEngine.builder(FW).ruleSet(RuleSets.gdhi()).build();
    for (Assessment a : Y2026.assessments()) {
      ScoreCard card = engine.score(a);
      ScoreCell ob = model.nodeResult("OB").orElseThrow().groups().get(a.group().id());
      assertThat(ob.level().map(Integer::valueOf).orElse(-1))
          .as(a.group().id())
          .isEqualTo(card.node("OB").orElseThrow().level().orElse(-1));
      ScoreCell whole =
          model.nodeResult(FW.id()).orElseThrow().groups().get(a.group().id());
      assertThat(whole.score().orElseThrow())
          .isEqualByComparingTo(
              card.overall().score().orElseThrow().toBigDecimal(MathContext.DECIMAL64));
    }
    assertThat(model.ruleSet().id()).isEqualTo(RuleSets.gdhi().id());
    assertThat(model.overallIsConsensus()).isFalse();
  }

  @Test
  void theWholeIsTheLowerMedianOfTheGroupsLevels() {
    ReportModel model = RoundReports.of(FW, Y2026);
    for (var indicator : FW.indicators()) {
      List<Integer> levels = new ArrayList<>();
      for (Assessment a : Y2026.assessments()) {
        a.rating(indicator.id())
            .filter(Rating::isRated)
            .ifPresent(r -> levels.add(r.level().getAsInt()));
      }
      ScoreCell cell =
          model.indicatorRow(indicator.id()).orElseThrow().overall().orElseThrow();
      if (levels.isEmpty()) {
        assertThat(cell.level()).isEmpty();
      } else {
        levels.sort(null);
        int median = levels.get((levels.size() - 1) / 2);
        assertThat(cell.level()).as(indicator.id()).hasValue(median);
        assertThat(cell.score().orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(median));
      }
    }
  }

  @Test
  void withConsensusTheWholeIsTheConsensus() {
    ConsensusRecord consensus = LOADER.loadConsensus(KIVARA.resolve("2024/consensus.yaml"), FW);
    ReportModel model =
        RoundReports.builder(FW, Y2024).consensus(consensus).build().model();
    ScoreCard card = ScoringEngine.builder(FW)
        .ruleSet(RuleSets.defaultRules())
        .build()
        .score(consensus.agreed());
    assertThat(model.overallIsConsensus()).isTrue();
    assertThat(model.nodeResult("OP").orElseThrow().overall().orElseThrow().level())
        .hasValue(card.node("OP").orElseThrow().level().getAsInt());
    assertThat(
            model.indicatorRow("OP-1.3").orElseThrow().overall().orElseThrow().level())
        .hasValue(2);
  }

  @Test
  void progressRowsCompareTheTwoRoundsScores() {
    ReportModel model = RoundReports.builder(FW, Y2026).baseline(Y2024).build().model();
    assertThat(model.baselineRound()).contains(Y2024.round());
    Map<String, NodeScores> before = scores(Y2024);
    Map<String, NodeScores> after = scores(Y2026);
    for (String g : List.of("government", "civil-society")) {
      ProgressRow row = model.progress().stream()
          .filter(r -> r.nodeId().equals(FW.id()) && r.groupId().equals(Optional.of(g)))
          .findFirst()
          .orElseThrow();
      assertThat(row.baseline().orElseThrow())
          .isEqualByComparingTo(before.get(g).score(FW.id()).orElseThrow());
      assertThat(row.current().orElseThrow())
          .isEqualByComparingTo(after.get(g).score(FW.id()).orElseThrow());
    }
    for (String g : Y2026.groups().stream().map(x -> x.id()).toList()) {
      assertThat(model.progress()).anySatisfy(r -> assertThat(r.groupId()).contains(g));
    }
    // The whole's rows (no group) are there too.
    assertThat(model.progress()).anySatisfy(r -> assertThat(r.groupId()).isEmpty());
    // Every comparable row's class follows the sign of a change: up never declines, down never
    // progresses.
    for (ProgressRow r : model.progress()) {
      r.difference().ifPresent(c -> {
        if (c.signum() > 0) {
          assertThat(r.progressClass()).isNotEqualTo(ProgressClass.DECLINE);
        } else if (c.signum() < 0) {
          assertThat(r.progressClass()).isNotEqualTo(ProgressClass.PROGRESS);
        }
      });
    }
  }

  @Test
  void theHtmlOfTheExampleHasOnePolygonPerGroup() {
    ReportModel model = RoundReports.builder(FW, Y2026).baseline(Y2024).build().model();
    Document doc = Jsoup.parse(HtmlReport.create().render(model, Locale.FRENCH));
    assertThat(doc.select("svg#radar polygon")).hasSize(5);
    assertThat(doc.text()).contains(model.agenda().get(0).indicatorId());
  }

  // ---- the workshop's outcome and the follow-up of the baseline's plan ----

  @Test
  void theConsensusDissentsAndPlanGoIntoTheModelAsRecorded() {
    ReportModel model = KivaraReports.full();
    assertThat(model.overallIsConsensus()).isTrue();
    assertThat(model.consensus()).contains(KivaraReports.C2026);
    assertThat(model.consensus().orElseThrow().dissents()).hasSize(5);
    assertThat(model.consensus().orElseThrow().actions())
        .extracting(a -> a.id())
        .containsExactly(
            "2026-OP-1", "2026-OP-2", "2026-OB-1", "2026-OB-2", "2026-OR-1", "2026-OR-2");
    assertThat(model.baselineConsensus()).contains(KivaraReports.C2024);
    // The agreed level of OR-2.2 is the whole's cell.
    assertThat(
            model.indicatorRow("OR-2.2").orElseThrow().overall().orElseThrow().level())
        .hasValue(3);
  }

  @Test
  void everyActionOfTheBaselinesPlanIsFollowedUp() {
    ReportModel model = KivaraReports.full();
    assertThat(model.followUp())
        .extracting(FollowUpRow::actionId)
        .containsExactlyElementsOf(
            KivaraReports.C2024.actions().stream().map(a -> a.id()).toList());
    FollowUpRow procurement = row(model, "2024-OB-3");
    assertThat(procurement.actionStatus()).hasValue(org.alignkit.core.ActionStatus.NOT_STARTED);
    // Due 2025-06-30, not started at the round of 19 March 2026: overdue.
    assertThat(procurement.overdue()).isTrue();
    assertThat(procurement.indicators())
        .extracting(c -> c.nodeId())
        .containsExactly("OB-1.4", "OB-4.1", "OB-4.3");
    assertThat(procurement.progressed()).isZero();
    // Done actions are never overdue; in progress and past due is.
    assertThat(row(model, "2024-OB-1").overdue()).isFalse();
    assertThat(row(model, "2024-OR-2").overdue()).isTrue();
    assertThat(row(model, "2024-OP-3").overdue()).isFalse(); // dropped
    // The expenditure reports moved both their indicators (agreed 2 -> 3 and 1 -> 2).
    FollowUpRow reports = row(model, "2024-OB-1");
    assertThat(reports.progressed()).isEqualTo(2);
    assertThat(reports.indicators().get(1).baseline())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    assertThat(reports.indicators().get(1).current())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
    // The committee's terms of reference were revised, and its indicator declined.
    assertThat(row(model, "2024-OP-1").declined()).isEqualTo(1);
  }

  @Test
  void withoutThisRoundsRecordTheStatusesAreNotReported() {
    ReportModel model = RoundReports.builder(FW, Y2026)
        .baseline(Y2024)
        .baselineConsensus(KivaraReports.C2024)
        .build()
        .model();
    assertThat(model.followUp())
        .hasSize(8)
        .allSatisfy(r -> assertThat(r.status()).isEmpty());
    // Past due and not reported done: overdue.
    assertThat(row(model, "2024-OP-1").overdue()).isTrue();
    // The whole is the median answer: the indicators still show their change.
    assertThat(row(model, "2024-OB-1").indicators()).hasSize(2);
  }

  @Test
  void aConsensusRecordOfAnotherRoundIsATypedError() {
    org.alignkit.core.ModelException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        org.alignkit.core.ModelException.class,
        () -> RoundReports.builder(FW, Y2026)
            .consensus(KivaraReports.C2024)
            .build()
            .model());
    assertThat(e.problems())
        .extracting(p -> p.code(), p -> p.pointer())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            org.alignkit.core.ProblemCode.ROUND_MISMATCH, "/round/id"));
  }

  @Test
  void aStatusForAnActionTheBaselinesPlanLacksIsATypedError() {
    ConsensusRecord c = KivaraReports.C2026;
    ConsensusRecord edited = ConsensusRecord.builder()
        .agreed(c.agreed())
        .addAllDissents(c.dissents())
        .addAllActions(c.actions())
        .addAllEndorsements(c.endorsements())
        .followUp(org.alignkit.core.PlanFollowUp.builder()
            .planRoundId("2024")
            .addAllActions(c.followUp().orElseThrow().actions())
            .addActions(org.alignkit.core.ActionFollowUp.of(
                "2024-OR-9",
                org.alignkit.core.ActionStatus.DONE,
                java.time.LocalDate.of(2025, 1, 1)))
            .build())
        .build();
    org.alignkit.core.ModelException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        org.alignkit.core.ModelException.class,
        () -> RoundReports.builder(FW, Y2026)
            .baseline(Y2024)
            .consensus(edited)
            .baselineConsensus(KivaraReports.C2024)
            .build()
            .model());
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(org.alignkit.core.ProblemCode.UNKNOWN_ACTION);
      assertThat(p.pointer()).isEqualTo("/followUp/actions/8/action");
      assertThat(p.fix()).hasValue("did you mean 2024-OR-1?");
    });
  }

  @Test
  void anIndicatorThatDoesNotApplyToAGroupIsNotApplicableNotMissing() {
    // Civil society leaves out OB-4.3 (national procurement), which does not apply to its kind.
    Assessment cso = Y2026.assessment("civil-society").orElseThrow();
    assertThat(FW.indicator("OB-4.3").orElseThrow().appliesTo(cso.group())).isFalse();
    Assessment without = Assessment.builder()
        .frameworkId(cso.frameworkId())
        .frameworkVersion(cso.frameworkVersion())
        .country(cso.country())
        .round(cso.round())
        .group(cso.group())
        .addAllRatings(cso.ratings().stream()
            .filter(r -> !r.indicatorId().equals("OB-4.3") && !r.indicatorId().equals("OB-4.1"))
            .toList())
        .build();
    List<Assessment> all = new ArrayList<>(Y2026.assessments());
    all.set(all.indexOf(cso), without);
    ReportModel model = RoundReports.of(FW, Exercise.of(all));
    assertThat(model.indicatorRow("OB-4.3").orElseThrow().ratings().get("civil-society"))
        .isEqualTo(GroupRating.notApplicable());
    // The agenda's positions say the same.
    model.agenda().stream()
        .filter(a -> a.indicatorId().equals("OB-4.3"))
        .findFirst()
        .ifPresent(a -> assertThat(GroupRating.byGroup(a.answers()).get("civil-society"))
            .isEqualTo(GroupRating.notApplicable()));
    Document doc = Jsoup.parse(HtmlReport.create().render(model, Locale.ENGLISH));
    assertThat(
            doc.selectFirst("table.heatmap tr[data-indicator=OB-4.3] td[data-group=civil-society]")
                .attr("data-status"))
        .isEqualTo("na");
  }

  private static FollowUpRow row(ReportModel model, String actionId) {
    return model.followUp().stream()
        .filter(r -> r.actionId().equals(actionId))
        .findFirst()
        .orElseThrow();
  }
}
