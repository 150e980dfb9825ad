package org.alignkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Optional;
import org.alignkit.analysis.AgendaItem;
import org.alignkit.analysis.progress.Change;
import org.alignkit.analysis.progress.ProgressClass;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.NodeType;
import org.junit.jupiter.api.Test;

class ReportModelTest {
  @Test
  void reportsEveryInconsistencyAtOnce() {
    ReportModel good = SampleReports.sample(false);
    assertThatThrownBy(() -> copy(good)
            .addIndicators(IndicatorRow.builder()
                .indicatorId("XX-9.9")
                .putRatings("nobody", GroupRating.rated(7))
                .build())
            .addAgenda(AgendaItem.of(
                99, good.agenda().get(0).title(), good.agenda().get(0).divergence()))
            .addDistances(GroupDistance.of("government", "ghost", 1.0))
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XX-9.9': not an indicator")
        .hasMessageContaining("unknown group 'nobody'")
        .hasMessageContaining("level 7 is not on the scale 1..5")
        .hasMessageContaining("has rank 99")
        .hasMessageContaining("unknown group 'ghost'");
  }

  /** A builder holding a copy of the model's fields (strict builders have no {@code from}). */
  static ReportModel.Builder copy(ReportModel m) {
    ReportModel.Builder b = withoutRecords(m);
    m.consensus().ifPresent(b::consensus);
    m.baselineConsensus().ifPresent(b::baselineConsensus);
    b.addAllFollowUp(m.followUp());
    return b;
  }

  /** Like {@link #copy}, without the consensus records and the follow-up. */
  static ReportModel.Builder withoutRecords(ReportModel m) {
    ReportModel.Builder b = ReportModel.builder()
        .title(m.title())
        .country(m.country())
        .round(m.round())
        .framework(m.framework())
        .ruleSet(m.ruleSet())
        .addAllGroups(m.groups())
        .addAllNodeResults(m.nodeResults())
        .addAllIndicators(m.indicators())
        .addAllAgenda(m.agenda())
        .addAllProgress(m.progress())
        .addAllDistances(m.distances());
    m.baselineRound().ifPresent(b::baselineRound);
    m.agreement().ifPresent(b::agreement);
    b.putAllAgreementByDomain(m.agreementByDomain());
    b.overallIsConsensus(m.overallIsConsensus());
    return b;
  }

  @Test
  void theOutcomeAndFollowUpMustFitTheModel() {
    ReportModel kivara = KivaraReports.full();
    assertThat(copy(kivara).build()).isEqualTo(kivara);
    org.alignkit.core.ConsensusRecord c = kivara.consensus().orElseThrow();
    org.alignkit.core.ConsensusRecord ghost = org.alignkit.core.ConsensusRecord.builder()
        .agreed(c.agreed())
        .addDissents(org.alignkit.core.Dissent.builder()
            .indicatorId("OB-4.3")
            .groupId("ghost")
            .level(9)
            .build())
        .build();
    assertThatThrownBy(() -> withoutRecords(kivara)
            .consensus(ghost)
            .baselineConsensus(c)
            .addAllFollowUp(kivara.followUp())
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dissent of 'ghost' on 'OB-4.3': unknown group 'ghost'")
        .hasMessageContaining("level 9 is not on the scale")
        .hasMessageContaining(
            "the baseline consensus is of round 2026, not of the baseline round 2024")
        .hasMessageContaining(
            "follow-up of action '2024-OP-1': not an action of the baseline's plan");
    assertThatThrownBy(() -> copy(SampleReports.sample(false))
            .baselineConsensus(KivaraReports.C2024)
            .build())
        .hasMessageContaining("a baseline consensus needs a baseline round");
  }

  @Test
  void progressNeedsBaselineRound() {
    ReportModel good = SampleReports.sample(false);
    assertThatThrownBy(() -> copy(good)
            .addProgress(ProgressRow.of(
                Optional.empty(),
                Change.builder()
                    .nodeId("OP")
                    .type(NodeType.DOMAIN)
                    .baseline(BigDecimal.ONE)
                    .current(BigDecimal.TEN)
                    .progressClass(ProgressClass.PROGRESS)
                    .build()))
            .build())
        .hasMessageContaining("need a baseline round");
  }

  @Test
  void cellsAndRatingsCheckThemselves() {
    assertThatThrownBy(() -> ScoreCell.builder().score(BigDecimal.ONE).build())
        .hasMessageContaining("neither");
    assertThatThrownBy(() -> GroupRating.builder()
            .status(org.alignkit.core.RatingStatus.NOT_APPLICABLE)
            .level(2)
            .build())
        .hasMessageContaining("must not have");
    assertThatThrownBy(() -> Change.builder()
            .nodeId("OP")
            .type(NodeType.DOMAIN)
            .current(BigDecimal.ONE)
            .progressClass(ProgressClass.DECLINE)
            .build())
        .hasMessageContaining("needs both");
    ReportModel good = SampleReports.sample(false);
    assertThatThrownBy(() -> copy(good)
            .putAgreementByDomain("XX", good.agreement().orElseThrow())
            .build())
        .hasMessageContaining("'XX' is not a domain");
    assertThatThrownBy(() -> GroupDistance.of("a", "a", 0)).hasMessageContaining("itself");
  }

  @Test
  void progressChangeIsCurrentMinusBaseline() {
    ProgressRow r = ProgressRow.of(
        Optional.empty(),
        Change.builder()
            .nodeId("OP")
            .type(NodeType.DOMAIN)
            .baseline(new BigDecimal("2.50"))
            .current(new BigDecimal("3.10"))
            .progressClass(ProgressClass.PROGRESS)
            .build());
    assertThat(r.difference()).contains(new BigDecimal("0.60"));
  }

  @Test
  void distanceIsSymmetricWithZeroDiagonal() {
    ReportModel m = SampleReports.sample(false);
    for (var a : m.groups()) {
      assertThat(m.distance(a.id(), a.id())).contains(0.0);
      for (var b : m.groups()) {
        assertThat(m.distance(a.id(), b.id())).isEqualTo(m.distance(b.id(), a.id()));
      }
    }
  }

  @Test
  void valueEquality() {
    new EqualsTester()
        .addEqualityGroup(ScoreCell.of(BigDecimal.ONE, 1), ScoreCell.of(BigDecimal.ONE, 1))
        .addEqualityGroup(ScoreCell.absent(LocalizedText.en("insufficient coverage")))
        .addEqualityGroup(GroupRating.rated(2), GroupRating.rated(2))
        .addEqualityGroup(GroupRating.notApplicable())
        .addEqualityGroup(GroupDistance.of("a", "b", 1.0), GroupDistance.of("a", "b", 1.0))
        .testEquals();
    assertThat(SampleReports.sample(true)).isEqualTo(SampleReports.sample(true));
  }
}
