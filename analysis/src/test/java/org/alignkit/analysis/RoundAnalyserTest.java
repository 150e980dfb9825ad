package org.alignkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Dissent;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.ModelException;
import org.alignkit.core.NodeType;
import org.alignkit.core.Rating;
import org.alignkit.core.Round;
import org.alignkit.metrics.KrippendorffAlpha;
import org.alignkit.metrics.Metric;
import org.alignkit.metrics.ReliabilityData;
import org.junit.jupiter.api.Test;

class RoundAnalyserTest {
  static final Framework FW = TestRounds.framework(
      "1.0", 5, "OP-1:OP-1.1,OP-1.2;OP-2:OP-2.1*2;OB-1:OB-1.1,OB-1.2;OR-1:OR-1.1");

  // Indicators:          OP-1.1 OP-1.2 OP-2.1 OB-1.1 OB-1.2 OR-1.1
  static final Exercise ROUND = TestRounds.exercise(
      FW,
      "2024",
      "gov",
      "1 3 4 4 3 3",
      "dp-on",
      "3 3 4 3 3 3",
      "dp-off",
      "5 3 2 2 NA 3",
      "cso",
      "3 3 4 NI 3 -",
      "ps",
      "3 3 2 NA 5 3");

  static final RoundAnalysis ANALYSIS =
      RoundAnalyser.withDefaults().analyse(FW, ROUND, TestRounds.means(FW, ROUND));

  private static IndicatorDivergence indicator(String id) {
    return ANALYSIS.indicator(id).orElseThrow();
  }

  @Test
  void scoreCardsOfOneGroupOrOfTwoFrameworksAreRejected() {
    org.alignkit.scoring.ScoringEngine engine =
        org.alignkit.scoring.ScoringEngine.builder(FW).build();
    List<org.alignkit.scoring.ScoreCard> one =
        List.of(engine.score(ROUND.assessments().get(0)));
    assertThatThrownBy(() -> RoundAnalyser.withDefaults().analyse(one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two groups' cards, got 1");

    Framework other = TestRounds.framework("2.0", 5, "OP-1:OP-1.1;OB-1:OB-1.1;OR-1:OR-1.1");
    Assessment first = ROUND.assessments().get(1);
    Assessment otherGov = Assessment.builder()
        .frameworkId(other.id())
        .frameworkVersion("2.0")
        .country(first.country())
        .round(first.round())
        .group(first.group())
        .build();
    List<org.alignkit.scoring.ScoreCard> mixed = List.of(
        engine.score(ROUND.assessments().get(0)),
        org.alignkit.scoring.ScoringEngine.builder(other).build().score(otherGov));
    assertThatThrownBy(() -> RoundAnalyser.withDefaults().analyse(mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different frameworks");
  }

  @Test
  void theScoringEntryPointGivesNodeDivergenceFromTheCards() {
    org.alignkit.scoring.ScoringEngine engine =
        org.alignkit.scoring.ScoringEngine.builder(FW).build();
    RoundAnalysis a = RoundAnalyser.withDefaults().analyse(engine, ROUND);
    assertThat(a.nodes()).isNotEmpty();
    assertThat(a.nodes().get(0).nodeId()).isEqualTo(FW.id());
    for (NodeDivergence node : a.nodes()) {
      for (var e : node.scores().entrySet()) {
        org.alignkit.scoring.ScoreCard card =
            engine.score(ROUND.assessment(e.getKey()).orElseThrow());
        org.alignkit.scoring.NodeScore score = node.nodeId().equals(FW.id())
            ? card.overall()
            : card.node(node.nodeId()).orElseThrow();
        assertThat(e.getValue())
            .isEqualByComparingTo(
                score.score().orElseThrow().toBigDecimal(java.math.MathContext.DECIMAL64));
      }
    }
    assertThat(a.agendaSize()).isEqualTo(a.agenda().size());
    assertThat(a.agenda()).isEqualTo(ANALYSIS.agenda());
  }

  @Test
  void measuresPerIndicatorAreComputedByHand() {
    // 1 3 5 3 3: range 4, median 3, mean 3, SD √(8/5), MAPD 16/10.
    Spread s = indicator("OP-1.1").spread().orElseThrow();
    assertThat(s.count()).isEqualTo(5);
    assertThat(s.range()).isEqualByComparingTo("4");
    assertThat(s.median()).isEqualByComparingTo("3");
    assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(1.6), within(1e-12));
    assertThat(s.meanAbsolutePairwiseDifference().getAsDouble()).isCloseTo(1.6, within(1e-12));
    assertThat(s.normalisedRange()).isEqualTo(1.0);
    assertThat(s.normalisedStandardDeviation()).isCloseTo(Math.sqrt(1.6) / 4, within(1e-12));
    assertThat(s.normalisedMeanAbsolutePairwiseDifference().getAsDouble())
        .isCloseTo(0.4, within(1e-12));

    // 4 3 2 (NI and NA left out): range 2, median 3, SD √(2/3), MAPD 4/3.
    Spread ob = indicator("OB-1.1").spread().orElseThrow();
    assertThat(ob.count()).isEqualTo(3);
    assertThat(ob.range()).isEqualByComparingTo("2");
    assertThat(ob.standardDeviation()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
    assertThat(ob.meanAbsolutePairwiseDifference().getAsDouble()).isCloseTo(4.0 / 3, within(1e-12));

    // 3 3 3 3 (one group did not rate): exactly zero.
    Spread or = indicator("OR-1.1").spread().orElseThrow();
    assertThat(or.isUnanimous()).isTrue();
    assertThat(or.standardDeviation()).isZero();
    assertThat(or.meanAbsolutePairwiseDifference().getAsDouble()).isZero();
    assertThat(or.median()).isEqualByComparingTo("3");
  }

  @Test
  void medianOfAnEvenCountIsTheExactMeanOfTheMiddleTwo() {
    // OB-1.2: 3 3 3 5 -> median 3; OP-2.1 of gov and dp-off only would be 3. Build one: 2, 5.
    Framework f = TestRounds.framework("1.0", 5, "OP-1:OP-1.1");
    Exercise e = TestRounds.exercise(f, "r", "gov", "2", "cso", "5");
    Spread s =
        RoundAnalyser.withDefaults().analyse(f, e).indicators().get(0).spread().orElseThrow();
    assertThat(s.median()).isEqualByComparingTo("3.5");
  }

  @Test
  void notApplicableNoInformationAndMissingStayVisibleAndAreNeverCounted() {
    IndicatorDivergence ob = indicator("OB-1.1");
    assertThat(ob.noInformation()).containsExactly("cso");
    assertThat(ob.notApplicable()).containsExactly("ps");
    assertThat(ob.notRated()).isEmpty();
    assertThat(ob.ratedCount()).isEqualTo(3);
    assertThat(ob.answers())
        .extracting(GroupAnswer::groupId)
        .containsExactly("gov", "dp-on", "dp-off", "cso", "ps");
    assertThat(ob.answer("cso").orElseThrow().status()).isEqualTo(AnswerStatus.NO_INFORMATION);
    assertThat(ob.answer("cso").orElseThrow().level()).isEmpty();

    IndicatorDivergence or = indicator("OR-1.1");
    assertThat(or.notRated()).containsExactly("cso");
    assertThat(or.ratedCount()).isEqualTo(4);
  }

  /**
   * Group sets are kept as bits: up to 10 groups share cached id lists, more are listed from one
   * word, more than 64 from several words. The same round shape at 5, 12 and 70 groups: one group
   * two levels below the others' 3, one two above; both outlying, both apart from the others.
   */
  @Test
  void groupSetsAreTheSameForFewManyAndVeryManyGroups() {
    Framework f = TestRounds.framework("1.0", 5, "OP-1:OP-1.1,OP-1.2");
    org.alignkit.scoring.ScoringEngine engine =
        org.alignkit.scoring.ScoringEngine.builder(f).build();
    for (int groups : new int[] {5, 12, 70}) {
      java.util.LinkedHashMap<String, String> rows = new java.util.LinkedHashMap<>();
      int low = 1;
      int high = groups - 2;
      for (int g = 0; g < groups; g++) {
        String level = g == low ? "1" : g == high ? "5" : "3";
        rows.put(String.format("cso-%02d", g), level + " 3");
      }
      RoundAnalysis a =
          RoundAnalyser.withDefaults().analyse(engine, TestRounds.exercise(f, "2024", rows));
      String lowId = String.format("cso-%02d", low);
      String highId = String.format("cso-%02d", high);
      IndicatorDivergence d = a.indicators().get(0);
      assertThat(d.outliers()).as("%s groups", groups).containsExactly(lowId, highId);
      assertThat(d.apartFromOthers()).as("%s groups", groups).containsExactly(lowId, highId);
      assertThat(a.indicators().get(1).outliers()).isEmpty();
      AgendaItem item = a.agenda().get(0);
      assertThat(item.lowestGroups()).containsExactly(lowId);
      assertThat(item.highestGroups()).containsExactly(highId);
      assertThat(item.apartFromOthers()).containsExactly(lowId, highId);
      assertThat(a.agenda()).hasSize(1);
      // Node scores: the component's mean is 2 for the low group, 4 for the high one, 3 elsewhere.
      NodeDivergence component =
          a.nodes().stream().filter(n -> n.nodeId().equals("OP-1")).findFirst().orElseThrow();
      assertThat(component.outliers()).as("%s groups", groups).containsExactly(lowId, highId);
    }
  }

  @Test
  void outliersAreTheGroupsFurthestFromTheMedian() {
    assertThat(indicator("OP-1.1").outliers()).containsExactly("gov", "dp-off");
    assertThat(indicator("OP-2.1").outliers()).containsExactly("dp-off", "ps");
    assertThat(indicator("OB-1.2").outliers()).containsExactly("ps");
    assertThat(indicator("OP-1.2").outliers()).isEmpty();
  }

  @Test
  void criteriaFlagRangeAndGroupsApartFromTheOthersMedian() {
    assertThat(indicator("OP-1.1").reasons())
        .containsExactlyInAnyOrder(DivergenceReason.RANGE, DivergenceReason.APART_FROM_OTHERS);
    assertThat(indicator("OP-1.1").apartFromOthers()).containsExactly("gov", "dp-off");
    // 4 3 2: range 2, but each end is only 1.5 from the median of the other two.
    assertThat(indicator("OB-1.1").reasons()).containsExactly(DivergenceReason.RANGE);
    assertThat(indicator("OB-1.1").apartFromOthers()).isEmpty();
    // 2 2 4 4 4: the 2s are 2 from the others' median 4; the 4s only 1 from 3.
    assertThat(indicator("OP-2.1").apartFromOthers()).containsExactly("dp-off", "ps");
    assertThat(indicator("OP-1.2").isHighlyDivergent()).isFalse();
    assertThat(indicator("OR-1.1").isHighlyDivergent()).isFalse();
  }

  @Test
  void stricterCriteriaChangeTheAgenda() {
    RoundAnalysis strict = RoundAnalyser.of(DivergenceCriteria.builder()
            .minimumRange(new BigDecimal("3"))
            .minimumDistanceFromOthers(new BigDecimal("2.5"))
            .build())
        .analyse(FW, ROUND);
    assertThat(strict.agenda()).extracting(AgendaItem::indicatorId).containsExactly("OP-1.1");
    assertThat(strict.agenda().get(0).reasons()).containsExactly(DivergenceReason.RANGE);
  }

  @Test
  void fractionalThresholdsAreComparedExactly() {
    RoundAnalysis half = RoundAnalyser.of(DivergenceCriteria.builder()
            .minimumRange(new BigDecimal("2.01"))
            .minimumDistanceFromOthers(new BigDecimal("1.5"))
            .build())
        .analyse(FW, ROUND);
    // OB-1.1 (4 3 2): range 2 < 2.01, but 4 and 2 are exactly 1.5 from the others' median 2.5.
    IndicatorDivergence ob = half.indicator("OB-1.1").orElseThrow();
    assertThat(ob.reasons()).containsExactly(DivergenceReason.APART_FROM_OTHERS);
    assertThat(ob.apartFromOthers()).containsExactly("gov", "dp-off");
    RoundAnalysis justAbove = RoundAnalyser.of(DivergenceCriteria.builder()
            .minimumRange(new BigDecimal("2.01"))
            .minimumDistanceFromOthers(new BigDecimal("1.51"))
            .build())
        .analyse(FW, ROUND);
    assertThat(justAbove.indicator("OB-1.1").orElseThrow().isHighlyDivergent()).isFalse();
  }

  @Test
  void agendaIsRankedByRangeThenMeanPairwiseDifference() {
    // OP-1.1 range 4; then range 2: OB-1.1 (MAPD 4/3), OP-2.1 (MAPD 1.2), OB-1.2 (MAPD 1.0).
    assertThat(ANALYSIS.agenda())
        .extracting(AgendaItem::indicatorId)
        .containsExactly("OP-1.1", "OB-1.1", "OP-2.1", "OB-1.2");
    assertThat(ANALYSIS.agenda()).extracting(AgendaItem::rank).containsExactly(1, 2, 3, 4);
    AgendaItem first = ANALYSIS.agenda().get(0);
    assertThat(first.gap()).isEqualByComparingTo("4");
    assertThat(first.lowestGroups()).containsExactly("gov");
    assertThat(first.highestGroups()).containsExactly("dp-off");
    assertThat(first.domainId()).isEqualTo("OP");
    assertThat(first.componentId()).isEqualTo("OP-1");
    assertThat(first.title().get("fr")).isEqualTo("Indicateur OP-1.1");
  }

  @Test
  void agendaTiesAreBrokenByDomainOrderThenWeightThenTreeOrder() {
    Framework f = TestRounds.framework("1.0", 5, "OP-1:OP-1.1,OP-1.2*2,OP-1.3;OB-1:OB-1.1*3");
    Exercise e = TestRounds.exercise(f, "r", "gov", "1 1 1 1", "cso", "3 3 3 3");
    RoundAnalysis a = RoundAnalyser.withDefaults().analyse(f, e);
    assertThat(a.agenda())
        .extracting(AgendaItem::indicatorId)
        .containsExactly("OP-1.2", "OP-1.1", "OP-1.3", "OB-1.1");
  }

  @Test
  void agendaShowsEachGroupsLevelDescriptorEvidenceAndComment() {
    AgendaItem item = ANALYSIS.agenda().get(0);
    GroupAnswer gov = item.answers().get(0);
    assertThat(gov.groupId()).isEqualTo("gov");
    assertThat(gov.level()).hasValue(1);
    // The indicator's own descriptor for level 1, in both languages.
    assertThat(gov.descriptor().orElseThrow())
        .isEqualTo(LocalizedText.of("OP-1.1 at level 1", "OP-1.1 au niveau 1"));
    assertThat(gov.levelName().orElseThrow().get("fr")).isEqualTo("Niveau 1");
    assertThat(gov.evidence()).hasValue("evidence of gov on OP-1.1");
    assertThat(gov.comment()).hasValue("comment of gov");
    // Level 5 has no own descriptor: the scale's general one.
    GroupAnswer dpOff = item.answers().get(2);
    assertThat(dpOff.descriptor().orElseThrow())
        .isEqualTo(LocalizedText.of("General level 5", "Niveau général 5"));
    assertThat(gov.groupName()).isEqualTo(TestRounds.group("gov").name());
  }

  @Test
  void nodeDivergenceUsesTheGroupsScores() {
    // Component OP-1 means: gov 2, dp-on 3, dp-off 4, cso 3, ps 3.
    NodeDivergence op1 = ANALYSIS.node("OP-1").orElseThrow();
    assertThat(op1.type()).isEqualTo(NodeType.COMPONENT);
    assertThat(op1.scores()).containsOnlyKeys("gov", "dp-on", "dp-off", "cso", "ps");
    assertThat(op1.spread().orElseThrow().range()).isEqualByComparingTo("2");
    assertThat(op1.outliers()).containsExactly("gov", "dp-off");
    // OB-1 for cso: only NI and 3 -> mean 3; OR-1 for cso unscored.
    assertThat(ANALYSIS.node("OR-1").orElseThrow().unscored()).containsExactly("cso");
    assertThat(ANALYSIS.nodes())
        .extracting(NodeDivergence::nodeId)
        .containsExactly("test", "OP", "OP-1", "OP-2", "OB", "OB-1", "OR", "OR-1");
    assertThat(RoundAnalyser.withDefaults().analyse(FW, ROUND).nodes()).isEmpty();
  }

  @Test
  void distanceMatrixIsTheMeanAbsoluteDifferenceOverIndicatorsBothRated() {
    var d = ANALYSIS.agreement().distances();
    assertThat(d.coderNames()).hasValue(List.of("gov", "dp-on", "dp-off", "cso", "ps"));
    // gov vs ps: |1-3| + 0 + |4-2| + (NA) + |3-5| + 0 over 5 shared indicators.
    assertThat(d.distance(0, 4)).isCloseTo(6.0 / 5, within(1e-12));
    assertThat(d.sharedUnits(0, 4)).isEqualTo(5);
    // gov vs cso: 2 + 0 + 0 + 0 over 4 (cso gave NI on OB-1.1 and nothing on OR-1.1).
    assertThat(d.distance(0, 3)).isCloseTo(0.5, within(1e-12));
    // Per domain, OP: gov vs ps: (2 + 0 + 2) / 3.
    assertThat(ANALYSIS.agreementByDomain().get("OP").distances().distance(0, 4))
        .isCloseTo(4.0 / 3, within(1e-12));
    assertThat(ANALYSIS.agreementByDomain()).containsOnlyKeys("OP", "OB", "OR");
  }

  @Test
  void alphaIsKrippendorffsAlphaWithGroupsAsCodersAndIndicatorsAsUnits() {
    double nan = Double.NaN;
    double[][] matrix = {
      {1, 3, 5, 3, 3},
      {3, 3, 3, 3, 3},
      {4, 4, 2, 4, 2},
      {4, 3, 2, nan, nan},
      {3, 3, nan, 3, 5},
      {3, 3, 3, nan, 3}
    };
    for (Metric m : Metric.values()) {
      assertThat(ANALYSIS.agreement().alpha(m).alpha())
          .as(m.name())
          .isEqualTo(KrippendorffAlpha.compute(ReliabilityData.of(matrix), m).alpha());
    }
    double[][] ob = {{4, 3, 2, nan, nan}, {3, 3, nan, 3, 5}};
    assertThat(ANALYSIS.agreementByDomain().get("OB").alpha(Metric.INTERVAL).alpha())
        .isEqualTo(
            KrippendorffAlpha.compute(ReliabilityData.of(ob), Metric.INTERVAL).alpha());
    assertThat(ANALYSIS.agreementByDomain().get("OB").indicatorCount()).isEqualTo(2);
    assertThat(ANALYSIS.agreement().alpha(Metric.ORDINAL).alpha()).isLessThan(1.0);
  }

  @Test
  void perfectAgreementGivesAlphaOneAndNoAgenda() {
    Exercise same = TestRounds.exercise(
        FW, "r", "gov", "1 2 3 4 5 2", "cso", "1 2 3 4 5 2", "ps", "1 2 3 NA 5 2");
    RoundAnalysis a = RoundAnalyser.withDefaults().analyse(FW, same);
    for (Metric m : Metric.values()) {
      assertThat(a.agreement().alpha(m).alpha()).as(m.name()).isEqualTo(1.0);
    }
    assertThat(a.agenda()).isEmpty();
    assertThat(a.indicators())
        .allSatisfy(i -> assertThat(i.spread().orElseThrow().isUnanimous()).isTrue());
  }

  @Test
  void consensusShowsDivergenceBeforeAndAfterAndKeepsDissent() {
    Assessment agreed =
        TestRounds.assessment(FW, "2024", ConsensusRecord.consensusGroup(), "3 3 4 3 3 3");
    Dissent offBudget = Dissent.builder()
        .indicatorId("OP-1.1")
        .groupId("dp-off")
        .level(5)
        .reason("we fund")
        .build();
    Dissent gov =
        Dissent.builder().indicatorId("OB-1.1").groupId("gov").reason("annex 7").build();
    ConsensusRecord record =
        ConsensusRecord.builder().agreed(agreed).addDissents(offBudget, gov).build();
    ConsensusComparison c = RoundAnalyser.withDefaults().compare(FW, ROUND, record);

    assertThat(c.divergentBefore()).isEqualTo(4);
    assertThat(c.divergentAfter()).isEqualTo(1);
    ConsensusIndicator op11 = c.indicators().get(0);
    assertThat(op11.agreed().level()).hasValue(3);
    assertThat(op11.before().orElseThrow().range()).isEqualByComparingTo("4");
    // After: everyone at 3 except dp-off, who holds 5.
    assertThat(op11.after().orElseThrow().range()).isEqualByComparingTo("2");
    assertThat(op11.reasonsAfter()).contains(DivergenceReason.RANGE);
    assertThat(op11.dissents()).containsExactly(offBudget);
    assertThat(op11.distanceFromAgreed())
        .containsExactly(
            Map.entry("gov", 2),
            Map.entry("dp-on", 0),
            Map.entry("dp-off", 2),
            Map.entry("cso", 0),
            Map.entry("ps", 0));
    // OB-1.1: the government dissents without a level and keeps its own 4; the rest agree on 3.
    ConsensusIndicator ob11 = c.indicators().get(3);
    assertThat(ob11.after().orElseThrow().maximum()).isEqualByComparingTo("4");
    assertThat(ob11.after().orElseThrow().range()).isEqualByComparingTo("1");
    assertThat(ob11.reasonsAfter()).isEmpty();
    // Distances to the consensus: last coder.
    var d = c.distancesWithConsensus();
    assertThat(d.coderNames().orElseThrow()).last().isEqualTo("consensus");
    assertThat(d.distance(5, 0)).isCloseTo(3.0 / 6, within(1e-12));
    assertThat(c.dissents()).containsExactly(offBudget, gov);
    assertThat(c.before().agenda()).hasSize(4);
  }

  @Test
  void consensusRejectsDissentOfAnUnknownGroup() {
    Assessment agreed =
        TestRounds.assessment(FW, "2024", ConsensusRecord.consensusGroup(), "3 3 4 3 3 3");
    ConsensusRecord record = ConsensusRecord.builder()
        .agreed(agreed)
        .addDissents(Dissent.builder().indicatorId("OP-1.1").groupId("nobody").build())
        .build();
    assertThatThrownBy(() -> RoundAnalyser.withDefaults().compare(FW, ROUND, record))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nobody'");
  }

  @Test
  void rejectsInputThatDoesNotFit() {
    Framework other = TestRounds.framework(
        "2.0", 5, "OP-1:OP-1.1,OP-1.2;OP-2:OP-2.1*2;OB-1:OB-1.1,OB-1.2;OR-1:OR-1.1");
    assertThatThrownBy(() -> RoundAnalyser.withDefaults().analyse(other, ROUND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test 2.0");
    Exercise one = TestRounds.exercise(FW, "r", "gov", "1 1 1 1 1 1");
    assertThatThrownBy(() -> RoundAnalyser.withDefaults().analyse(FW, one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two groups");
    assertThatThrownBy(() ->
            RoundAnalyser.withDefaults().analyse(FW, ROUND, Map.of("nobody", NodeScores.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nobody'");
    Assessment offScale = Assessment.builder()
        .frameworkId("test")
        .frameworkVersion("1.0")
        .country("XKV")
        .round(Round.of("2024", LocalDate.of(2024, 3, 14)))
        .group(TestRounds.group("ps"))
        .addRatings(Rating.of("OP-1.1", 7))
        .build();
    List<Assessment> as = new java.util.ArrayList<>(ROUND.assessments().subList(0, 4));
    as.add(offScale);
    assertThatThrownBy(() -> RoundAnalyser.withDefaults().analyse(FW, Exercise.of(as)))
        .isInstanceOf(ModelException.class);
  }

  @Test
  void criteriaAreChecked() {
    assertThatThrownBy(() -> DivergenceCriteria.builder().minimumRatedGroups(1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> DivergenceCriteria.builder().minimumRange(BigDecimal.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DivergenceCriteria.defaults().minimumRange()).isEqualByComparingTo("2");
    assertThat(DivergenceCriteria.defaults())
        .isEqualTo(DivergenceCriteria.builder().build());
  }

  @Test
  void oneAnalyserServesManyThreadsWithEqualResults() throws Exception {
    RoundAnalyser analyser = RoundAnalyser.withDefaults();
    Map<String, NodeScores> scores = TestRounds.means(FW, ROUND);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<RoundAnalysis>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> analyser.analyse(FW, ROUND, scores)));
      }
      for (var f : results) {
        assertThat(f.get()).isEqualTo(ANALYSIS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** One analysis read by many threads at once: its lists and alphas are made on first use. */
  @Test
  void oneAnalysisIsReadByManyThreadsAtOnce() throws Exception {
    RoundAnalysis expected =
        RoundAnalyser.withDefaults().analyse(FW, ROUND, TestRounds.means(FW, ROUND));
    Map<Metric, org.alignkit.metrics.AlphaResult> alphas = expected.agreement().alpha();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        RoundAnalysis shared =
            RoundAnalyser.withDefaults().analyse(FW, ROUND, TestRounds.means(FW, ROUND));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Boolean>> reads = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
          reads.add(pool.submit(() -> {
            start.await();
            return shared.agenda().equals(expected.agenda())
                && shared.indicators().equals(expected.indicators())
                && shared.nodes().equals(expected.nodes())
                && shared.agreement().alpha().equals(alphas)
                && shared.agreementByDomain().equals(expected.agreementByDomain());
          }));
        }
        start.countDown();
        for (var r : reads) {
          assertThat(r.get()).isTrue();
        }
        assertThat(shared).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void groupsNamedInTheAgendaAreThoseOfTheExercise() {
    assertThat(ANALYSIS.agenda().stream()
            .flatMap(i -> i.answers().stream().map(GroupAnswer::groupId))
            .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("gov", "dp-on", "dp-off", "cso", "ps");
  }
}
