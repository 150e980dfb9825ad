package org.alignkit.analysis.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alignkit.analysis.TestRounds;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.scoring.RuleSets;
import org.junit.jupiter.api.Test;

/**
 * Progress under several rule sets: the government raises OB-5.2 from 3 to 4 and keeps OB-5.1 at 2.
 * The mean of OB-5 rises from 2.5 to 3, progress; the weakest link stays at 2 with a "+" (2.5),
 * stagnation. Whether the government progressed on OB-5 is a finding about the rules.
 */
class ProgressSensitivityTest {
  static final Framework OB =
      TestRounds.framework("1.0", 5, "OB-2:OB-2.1,OB-2.2,OB-2.3;OB-5:OB-5.1,OB-5.2");

  static final Exercise BASE =
      TestRounds.exercise(OB, "2024", "gov", "3 3 3 2 3", "dp-off", "2 2 1 1 1");
  static final Exercise CURRENT =
      TestRounds.exercise(OB, "2026", "gov", "3 3 3 2 4", "dp-off", "2 2 1 1 1");

  private static final ProgressSensitivity SENSITIVITY = ProgressSensitivity.compare(
      OB, BASE, OB, CURRENT, List.of(RuleSets.defaultRules(), RuleSets.pefaM1()));

  @Test
  void theGovernmentsOb5ProgressesUnderTheMeanAndStagnatesUnderTheWeakestLink() {
    ChangeSensitivity c = SENSITIVITY.change("gov", "OB-5").orElseThrow();
    assertThat(c.classes().get("default")).isEqualTo(ProgressClass.PROGRESS);
    assertThat(c.classes().get("pefa-m1")).isEqualTo(ProgressClass.STAGNATION);
    assertThat(c.isRobust()).isFalse();
    assertThat(c.disagreeing()).containsExactly("pefa-m1");
  }

  @Test
  void unchangedAnswersStagnateUnderEveryRuleSet() {
    assertThat(SENSITIVITY.change("gov", "OB-2").orElseThrow().isRobust()).isTrue();
    assertThat(SENSITIVITY.change("dp-off", "OB-5").orElseThrow().referenceClass())
        .isEqualTo(ProgressClass.STAGNATION);
    assertThat(SENSITIVITY.ruleDependentChanges())
        .allSatisfy(c -> assertThat(c.groupId()).isEqualTo("gov"));
  }

  @Test
  void theRoundsAndRuleSetsAreNamed() {
    assertThat(SENSITIVITY.baselineRoundId()).isEqualTo("2024");
    assertThat(SENSITIVITY.currentRoundId()).isEqualTo("2026");
    assertThat(SENSITIVITY.ruleSetIds()).containsExactly("default", "pefa-m1");
    // 2 groups × (the framework, domain OB, components OB-2 and OB-5)
    assertThat(SENSITIVITY.changes()).hasSize(8);
  }
}
