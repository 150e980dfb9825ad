package org.alignkit.analysis.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.alignkit.analysis.NodeScores;
import org.alignkit.analysis.TestRounds;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.NodeType;
import org.junit.jupiter.api.Test;

class ProgressTest {
  static final Framework V1 = TestRounds.framework("1.0", 5, "OP-1:OP-1.1,OP-1.2;OB-1:OB-1.1");
  static final Framework V2 = TestRounds.framework("2.0", 5, "OP-1:OP-1.1,OP-1.3;OB-1:OB-1.1");
  static final Framework V3 = TestRounds.framework("3.0", 4, "OP-1:OP-1.1,OP-1.2;OB-1:OB-1.1");

  static RoundData round(Framework f, String id, String consensusRow, String... groupAndRow) {
    Exercise e = TestRounds.exercise(f, id, groupAndRow);
    RoundData.Builder b =
        RoundData.builder().framework(f).exercise(e).putAllNodeScores(TestRounds.means(f, e));
    if (consensusRow != null) {
      var c = TestRounds.assessment(f, id, ConsensusRecord.consensusGroup(), consensusRow);
      b.consensus(c).consensusScores(TestRounds.means(f, c));
    }
    return b.build();
  }

  static final RoundData R2024 = round(V1, "2024", "2 3 3", "gov", "2 3 3", "cso", "1 NA 2");
  static final RoundData R2026 =
      round(V1, "2026", "3 3 3", "gov", "3 3 2", "cso", "1 2 NI", "ps", "3 3 3");

  @Test
  void changesPerIndicatorAreClassed() {
    ProgressReport r = Progress.compare(R2024, R2026);
    GroupProgress gov = r.group("gov").orElseThrow();
    Change op11 = gov.change("OP-1.1").orElseThrow();
    assertThat(op11.type()).isEqualTo(NodeType.INDICATOR);
    assertThat(op11.change()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("1"));
    assertThat(op11.progressClass()).isEqualTo(ProgressClass.PROGRESS);
    assertThat(gov.change("OP-1.2").orElseThrow().progressClass())
        .isEqualTo(ProgressClass.STAGNATION);
    assertThat(gov.change("OB-1.1").orElseThrow().progressClass()).isEqualTo(ProgressClass.DECLINE);
    assertThat(gov.indicatorCount(ProgressClass.PROGRESS)).isEqualTo(1);

    GroupProgress cso = r.group("cso").orElseThrow();
    Change na = cso.change("OP-1.2").orElseThrow();
    assertThat(na.progressClass()).isEqualTo(ProgressClass.NOT_COMPARABLE);
    assertThat(na.notComparableReason()).hasValue(NotComparableReason.NO_BASELINE_SCORE);
    assertThat(na.change()).isEmpty();
    assertThat(na.current()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2"));
    assertThat(cso.change("OB-1.1").orElseThrow().notComparableReason())
        .hasValue(NotComparableReason.NO_CURRENT_SCORE);
    assertThat(r.onlyInCurrent()).containsExactly("ps");
    assertThat(r.onlyInBaseline()).isEmpty();
    assertThat(r.baselineRoundId()).isEqualTo("2024");
    assertThat(r.currentRoundId()).isEqualTo("2026");
  }

  @Test
  void changesPerNodeUseTheNodeScores() {
    GroupProgress gov = Progress.compare(R2024, R2026).group("gov").orElseThrow();
    // OP-1: mean 2.5 -> 3; OB-1: 3 -> 2; framework: 2.75 -> 2.5 (-9 %).
    assertThat(gov.nodes())
        .extracting(Change::nodeId)
        .containsExactly("test", "OP", "OP-1", "OB", "OB-1");
    Change op1 = gov.change("OP-1").orElseThrow();
    assertThat(op1.change()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.5"));
    assertThat(op1.progressClass()).isEqualTo(ProgressClass.PROGRESS);
    Change all = gov.change("test").orElseThrow();
    assertThat(all.type()).isEqualTo(NodeType.FRAMEWORK);
    assertThat(all.change()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("-0.25"));
    assertThat(all.progressClass()).isEqualTo(ProgressClass.DECLINE);
  }

  @Test
  void consensusProgressIsReportedWhenBothRoundsHaveOne() {
    ProgressReport r = Progress.compare(R2024, R2026);
    GroupProgress c = r.consensus().orElseThrow();
    assertThat(c.groupId()).isEqualTo("consensus");
    assertThat(c.change("OP-1.1").orElseThrow().progressClass()).isEqualTo(ProgressClass.PROGRESS);
    assertThat(c.change("OP-1").orElseThrow().progressClass()).isEqualTo(ProgressClass.PROGRESS);
    RoundData noConsensus = RoundData.of(V1, R2026.exercise());
    assertThat(Progress.compare(R2024, noConsensus).consensus()).isEmpty();
  }

  @Test
  void addedAndRemovedIndicatorsAndChangedNodesAreNotComparable() {
    RoundData v2 = round(V2, "2026", null, "gov", "3 4 2", "cso", "2 2 2");
    GroupProgress gov = Progress.compare(R2024, v2).group("gov").orElseThrow();
    assertThat(gov.indicators())
        .extracting(Change::nodeId)
        .containsExactly("OP-1.1", "OP-1.3", "OB-1.1", "OP-1.2");
    assertThat(gov.change("OP-1.1").orElseThrow().progressClass())
        .isEqualTo(ProgressClass.PROGRESS);
    assertThat(gov.change("OP-1.3").orElseThrow().notComparableReason())
        .hasValue(NotComparableReason.ADDED);
    assertThat(gov.change("OP-1.2").orElseThrow().notComparableReason())
        .hasValue(NotComparableReason.REMOVED);
    // OP-1 (and so OP and the framework) changed composition; OB-1 did not.
    for (String id : List.of("OP-1", "OP", "test")) {
      assertThat(gov.change(id).orElseThrow().notComparableReason())
          .as(id)
          .hasValue(NotComparableReason.COMPOSITION_CHANGED);
    }
    assertThat(gov.change("OB-1").orElseThrow().progressClass()).isEqualTo(ProgressClass.DECLINE);
    assertThat(Progress.compare(R2024, v2).currentFrameworkVersion()).isEqualTo("2.0");
  }

  @Test
  void rescaledFrameworksAreNotComparable() {
    RoundData v3 = round(V3, "2026", null, "gov", "3 3 2", "cso", "1 2 2");
    GroupProgress gov = Progress.compare(R2024, v3).group("gov").orElseThrow();
    assertThat(gov.indicators())
        .allSatisfy(
            c -> assertThat(c.notComparableReason()).hasValue(NotComparableReason.RESCALED));
    assertThat(gov.nodes())
        .allSatisfy(c -> assertThat(c.progressClass()).isEqualTo(ProgressClass.NOT_COMPARABLE));
  }

  @Test
  void reversingTheRoundsNegatesEveryChange() {
    ProgressReport ab = Progress.compare(R2024, R2026);
    ProgressReport ba = Progress.compare(R2026, R2024);
    assertThat(ba.onlyInBaseline()).containsExactly("ps");
    for (GroupProgress g : ab.groups()) {
      GroupProgress h = ba.group(g.groupId()).orElseThrow();
      for (Change c : g.indicators()) {
        Change d = h.change(c.nodeId()).orElseThrow();
        assertThat(d.progressClass()).isEqualTo(c.progressClass().reversed());
        c.change()
            .ifPresent(x -> assertThat(d.change().orElseThrow()).isEqualByComparingTo(x.negate()));
      }
    }
  }

  @Test
  void roundsOfDifferentFrameworksAreRejected() {
    Framework other = org.alignkit.analysis.TestRounds.framework("1.0", 5, "OP-1:OP-1.1");
    Framework renamed = Framework.builder()
        .id("other")
        .version("1.0")
        .title(other.title())
        .languages(other.languages())
        .scale(other.scale())
        .addAllDomains(other.domains())
        .build();
    RoundData r = round(renamed, "2026", null, "gov", "3", "cso", "2");
    assertThatThrownBy(() -> Progress.compare(R2024, r))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other 1.0");
  }

  @Test
  void roundDataChecksItsParts() {
    assertThatThrownBy(() -> RoundData.builder()
            .framework(V1)
            .exercise(R2024.exercise())
            .putNodeScores("nobody", NodeScores.empty())
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nobody'");
    assertThatThrownBy(() -> RoundData.of(V2, R2024.exercise()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RoundData.of(V1, R2024.exercise()).nodeScores()).isEqualTo(Map.of());
  }
}
