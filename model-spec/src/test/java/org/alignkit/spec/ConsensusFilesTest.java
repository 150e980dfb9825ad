package org.alignkit.spec;

import static org.alignkit.spec.Problems.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.alignkit.core.ConsensusRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consensus records: agreed ratings, dissents and actions, checked against the framework. */
class ConsensusFilesTest {
  static final SpecLoader LOADER = TestFiles.loader();

  @TempDir
  Path dir;

  @Test
  void aConsensusRecordLoads() {
    ConsensusRecord r = LOADER.loadConsensus(TestFiles.resource("consensus.yaml"));
    assertThat(r.agreed().group().id()).isEqualTo(ConsensusRecord.CONSENSUS_GROUP_ID);
    assertThat(r.agreed().rating("OB-2.1").orElseThrow().level()).hasValue(2);
    assertThat(r.dissents("OB-2.1")).singleElement().satisfies(d -> {
      assertThat(d.groupId()).isEqualTo("government");
      assertThat(d.level()).hasValue(3);
    });
    assertThat(r.actions()).singleElement().satisfies(a -> {
      assertThat(a.due()).hasValue(LocalDate.of(2024, 12, 31));
      assertThat(a.indicatorIds()).containsExactly("OB-2.1", "OB-2.2");
    });
  }

  @Test
  void everyMistakeInDissentsAndActionsIsReportedAtOnce() {
    String text = TestFiles.text("consensus.yaml")
        .replace(
            "  - indicator: OB-2.1\n    group: government\n    level: 3",
            "  - indicator: OB-21\n    group: government\n    level: 6")
        .replace("domain: OB\n", "domain: OBB\n")
        .replace("indicators: [OB-2.1, OB-2.2]", "indicators: [OB-2.1, OP-2.2]");
    Path f = TestFiles.write(dir, "consensus.yaml", text);
    List<SpecProblem> problems = of(() -> LOADER.loadConsensus(f));
    assertThat(problems)
        .extracting(Problems::where)
        .containsExactly(
            "12:16 /dissents/0/indicator",
            "14:12 /dissents/0/level",
            "17:13 /actions/0/domain",
            "21:26 /actions/0/indicators/1");
    assertThat(problems)
        .extracting(p -> p.fix().orElse(""))
        .containsExactly(
            "did you mean OB-2.1?",
            "use a level from 1 to 5",
            "did you mean OB?",
            "did you mean OB-2.2?");
  }
}
