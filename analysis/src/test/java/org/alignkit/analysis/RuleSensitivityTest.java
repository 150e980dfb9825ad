package org.alignkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.alignkit.scoring.Outcome;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import org.junit.jupiter.api.Test;

/**
 * Rule sensitivity on the One Budget domain of the Kivara example, round 2024 ({@link
 * KivaraOneBudgetTest}): which levels hold under every rule set and which are findings about the
 * rules, worked by hand from the bundled rules ({@code docs/rules.md}).
 */
class RuleSensitivityTest {
  private static final List<RuleSet> RULES =
      List.of(RuleSets.defaultRules(), RuleSets.pefaM1(), RuleSets.gdhi(), RuleSets.staged());

  private static final RuleSensitivity SENSITIVITY = RoundAnalyser.withDefaults()
      .sensitivity(KivaraOneBudgetTest.OB, KivaraOneBudgetTest.ROUND_2024, RULES);

  @Test
  void everyGroupAndNodeUnderEveryRuleSet() {
    assertThat(SENSITIVITY.ruleSetIds()).containsExactly("default", "pefa-m1", "gdhi", "staged");
    // 5 groups × (the framework, the domain and its 5 components)
    assertThat(SENSITIVITY.nodes()).hasSize(5 * 7);
    assertThat(SENSITIVITY.nodes())
        .allSatisfy(n ->
            assertThat(n.levels().keySet()).containsExactlyElementsOf(SENSITIVITY.ruleSetIds()));
  }

  /**
   * The government on OB-1 (levels 4, 3, 4, 3; mean 3.5): floor gives 3, and so does the weakest
   * link (3 with a "+", 3.5, floored) and the staged rule (3 is the lowest); GDHI's banding takes
   * the ceiling of 3.5: 4. A level 3 or 4 is a finding about the rules.
   */
  @Test
  void theGovernmentsOb1DependsOnTheBanding() {
    NodeSensitivity n = SENSITIVITY.node("gov", "OB-1").orElseThrow();
    assertThat(n.referenceLevel()).hasValue(3);
    assertThat(n.levels().get("gdhi").level()).hasValue(4);
    assertThat(n.isRobust()).isFalse();
    assertThat(n.disagreeing()).containsExactly("gdhi");
    assertThat(n.lowestLevel()).hasValue(3);
    assertThat(n.highestLevel()).hasValue(4);
  }

  /**
   * The government's OB-2 (3, 3, 3): every rule set gives 3. Unanimous inputs make a robust level.
   */
  @Test
  void theGovernmentsOb2IsRobust() {
    NodeSensitivity n = SENSITIVITY.node("gov", "OB-2").orElseThrow();
    assertThat(n.isRobust()).isTrue();
    assertThat(n.levels().values()).allSatisfy(l -> assertThat(l.level()).hasValue(3));
  }

  /**
   * The private sector on OB-1 (no information, no information, 2, not applicable): the default
   * rules need half of the three applicable inputs rated and give no level (insufficient coverage);
   * PEFA M1 counts no information as the lowest level (D*) and gives 1.
   */
  @Test
  void thePrivateSectorsOb1HasALevelOnlyUnderPefa() {
    NodeSensitivity n = SENSITIVITY.node("ps", "OB-1").orElseThrow();
    assertThat(n.levels().get("default"))
        .isEqualTo(RuleLevel.of(OptionalInt.empty(), Outcome.INSUFFICIENT_COVERAGE));
    assertThat(n.levels().get("pefa-m1").level()).hasValue(1);
    assertThat(n.referenceLevel()).isEmpty();
    assertThat(n.disagreeing()).contains("pefa-m1");
  }

  /**
   * OB-4.2 (3, 3, 2, 2 and the private sector's no information) is one level apart under the
   * default reading; PEFA M1 and the staged rules read the no information as the lowest level, 1,
   * and the indicator enters their agenda. The ten indicators of the round's agenda stay on every
   * agenda.
   */
  @Test
  void ob42EntersTheAgendaUnderTheRulesThatReadNoInformationAsTheLowestLevel() {
    AgendaSensitivity item = SENSITIVITY.agendaItem("OB-4.2").orElseThrow();
    assertThat(item.onReferenceAgenda()).isFalse();
    assertThat(item.onAgendaUnder()).containsExactly("pefa-m1", "staged");
    assertThat(item.offAgendaUnder()).containsExactly("default", "gdhi");
    assertThat(item.disagreeing()).containsExactly("pefa-m1", "staged");
    assertThat(item.isRobust()).isFalse();

    RoundAnalysis round = RoundAnalyser.withDefaults()
        .analyse(KivaraOneBudgetTest.OB, KivaraOneBudgetTest.ROUND_2024);
    for (AgendaItem onAgenda : round.agenda()) {
      AgendaSensitivity s = SENSITIVITY.agendaItem(onAgenda.indicatorId()).orElseThrow();
      assertThat(s.isRobust()).as(onAgenda.indicatorId()).isTrue();
      assertThat(s.ranks().get("default")).hasValue(onAgenda.rank());
    }
    assertThat(SENSITIVITY.ruleDependentAgenda())
        .extracting(AgendaSensitivity::indicatorId)
        .contains("OB-4.2")
        .doesNotContainAnyElementsOf(
            round.agenda().stream().map(AgendaItem::indicatorId).toList());
  }

  @Test
  void oneRuleSetMakesEverythingRobust() {
    RuleSensitivity one = RoundAnalyser.withDefaults()
        .sensitivity(
            KivaraOneBudgetTest.OB, KivaraOneBudgetTest.ROUND_2024, List.of(RuleSets.pefaM1()));
    assertThat(one.ruleDependentNodes()).isEmpty();
    assertThat(one.ruleDependentAgenda()).isEmpty();
  }

  @Test
  void ruleSetsAreGivenOnceEach() {
    assertThatThrownBy(() -> RoundAnalyser.withDefaults()
            .sensitivity(
                KivaraOneBudgetTest.OB,
                KivaraOneBudgetTest.ROUND_2024,
                List.of(RuleSets.gdhi(), RuleSets.gdhi())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule set 'gdhi' is given twice");
    assertThatThrownBy(() -> RoundAnalyser.withDefaults()
            .sensitivity(KivaraOneBudgetTest.OB, KivaraOneBudgetTest.ROUND_2024, List.of()))
        .hasMessage("compare at least one rule set");
  }
}
