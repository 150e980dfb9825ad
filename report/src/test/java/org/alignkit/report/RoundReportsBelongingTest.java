package org.alignkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.alignkit.analysis.RoundMismatchException;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.junit.jupiter.api.Test;

/**
 * A report's baseline and consensus must belong with its round, and the wholes of rounds of
 * different groups are not compared.
 */
class RoundReportsBelongingTest {
  static final Exercise Y2024 = RoundReportsTest.Y2024;
  static final Exercise Y2026 = RoundReportsTest.Y2026;

  @Test
  void aConsensusOfAnotherRoundIsRefused() {
    ConsensusRecord of2024 = RoundReportsTest.LOADER.loadConsensus(
        RoundReportsTest.KIVARA.resolve("2024").resolve("consensus.yaml"), RoundReportsTest.FW);
    RoundReports wrong =
        RoundReports.builder(RoundReportsTest.FW, Y2026).consensus(of2024).build();
    assertThatThrownBy(wrong::model)
        .isInstanceOf(org.alignkit.core.ModelException.class)
        .hasMessageContaining(
            "the consensus record is of round '2024', but the exercise is round" + " '2026'");
    assertThat(RoundReports.builder(RoundReportsTest.FW, Y2024)
            .consensus(of2024)
            .build()
            .model()
            .overallIsConsensus())
        .isTrue();
  }

  @Test
  void aBaselineAfterTheRoundIsRefused() {
    RoundReports reversed =
        RoundReports.builder(RoundReportsTest.FW, Y2024).baseline(Y2026).build();
    assertThatThrownBy(reversed::model)
        .isInstanceOf(RoundMismatchException.class)
        .hasMessageContaining("is not dated before the current round 2024");
  }

  @Test
  void theWholesOfRoundsOfOtherGroupsAreNotCompared() {
    Exercise onlyGovernment = Exercise.of(List.of(Y2024.assessment("government").orElseThrow()));
    ReportModel model = RoundReports.builder(RoundReportsTest.FW, Y2026)
        .baseline(onlyGovernment)
        .build()
        .model();
    assertThat(model.progress())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.groupId()).hasValue("government"));
    ReportModel same =
        RoundReports.builder(RoundReportsTest.FW, Y2026).baseline(Y2024).build().model();
    assertThat(same.progress()).anySatisfy(r -> assertThat(r.groupId()).isEmpty());
  }
}
