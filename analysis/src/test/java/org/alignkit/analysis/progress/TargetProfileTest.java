package org.alignkit.analysis.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.alignkit.analysis.TestRounds;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.junit.jupiter.api.Test;

class TargetProfileTest {
  static final Framework F = TestRounds.framework("1.0", 5, "OP-1:OP-1.1,OP-1.2;OB-1:OB-1.1");
  static final Exercise E =
      TestRounds.exercise(F, "2026", "gov", "2 3 3", "cso", "1 NA 2", "ps", "3 3 -");
  static final TargetProfile PROFILE =
      TargetProfile.of(Map.of("OP-1.1", 4, "OP-1.2", 3, "OP-1", 4, "OB-1.1", 5));

  @Test
  void gapsToTargetsBecomeActionPlanItems() {
    RoundData round = RoundData.builder()
        .framework(F)
        .exercise(E)
        .putAllNodeScores(TestRounds.means(F, E))
        .build();
    List<ActionPlanItem> plan = PROFILE.actionPlan(round);
    // OP-1.2 reaches its target (median 3); OP domain first, largest gap first.
    assertThat(plan).extracting(ActionPlanItem::nodeId).containsExactly("OP-1.1", "OP-1", "OB-1.1");
    ActionPlanItem op11 = plan.get(0);
    assertThat(op11.currentSource()).isEqualTo(CurrentSource.MEDIAN_OF_GROUPS);
    assertThat(op11.current()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2"));
    assertThat(op11.gap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("2"));
    assertThat(op11.disagreeing()).containsExactly("cso", "ps");
    assertThat(op11.groupValues()).containsOnlyKeys("gov", "cso", "ps");
    // Component OP-1: means 2.5, 1, 3 -> median 2.5, gap 1.5; cso and ps at least half a level off.
    ActionPlanItem op1 = plan.get(1);
    assertThat(op1.gap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("1.5"));
    assertThat(op1.disagreeing()).containsExactly("cso", "ps");
    // OB-1.1: 3 and 2 -> median 2.5: both groups disagree about it.
    ActionPlanItem ob11 = plan.get(2);
    assertThat(ob11.domainId()).isEqualTo("OB");
    assertThat(ob11.current()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2.5"));
    assertThat(ob11.disagreeing()).containsExactly("gov", "cso");
  }

  @Test
  void theConsensusIsTheCurrentLevelWhenThereIsOne() {
    var agreed = TestRounds.assessment(F, "2026", ConsensusRecord.consensusGroup(), "3 3 NA");
    RoundData round =
        RoundData.builder().framework(F).exercise(E).consensus(agreed).build();
    List<ActionPlanItem> plan = PROFILE.actionPlan(round);
    ActionPlanItem op11 = plan.get(0);
    assertThat(op11.currentSource()).isEqualTo(CurrentSource.CONSENSUS);
    assertThat(op11.gap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("1"));
    assertThat(op11.disagreeing()).containsExactly("gov", "cso");
    // No node scores: the component has no current value and comes last in its domain.
    assertThat(plan).extracting(ActionPlanItem::nodeId).containsExactly("OP-1.1", "OP-1", "OB-1.1");
    assertThat(plan.get(1).currentSource()).isEqualTo(CurrentSource.NONE);
    assertThat(plan.get(1).gap()).isEmpty();
    // OB-1.1: consensus NA, so the groups' median.
    assertThat(plan.get(2).currentSource()).isEqualTo(CurrentSource.MEDIAN_OF_GROUPS);
  }

  @Test
  void targetsAreChecked() {
    RoundData round = RoundData.of(F, E);
    assertThatThrownBy(() -> TargetProfile.of(Map.of("OP-1.1", 6)).actionPlan(round))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..5");
    assertThatThrownBy(() -> TargetProfile.of(Map.of("test", 3)).actionPlan(round))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'test'");
  }
}
