package org.alignkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.junit.jupiter.api.Test;

/**
 * The One Budget domain of the Kivara example, round 2024 ({@code examples/kivara/2024/*.yaml}: the
 * five groups' levels transcribed by hand, since file loading lives in another module). The example's
 * README says One Budget divides the government and the off-budget partners, two levels apart on
 * several indicators.
 */
class KivaraOneBudgetTest {
  static final Framework OB = TestRounds.framework(
      "1.0",
      5,
      "OB-1:OB-1.1,OB-1.2,OB-1.3,OB-1.4;OB-2:OB-2.1,OB-2.2,OB-2.3;OB-3:OB-3.1,OB-3.2,OB-3.3;"
          + "OB-4:OB-4.1,OB-4.2,OB-4.3,OB-4.4;OB-5:OB-5.1,OB-5.2");

  // Indicators:  1.1 1.2 1.3 1.4 2.1 2.2 2.3 3.1 3.2 3.3 4.1 4.2 4.3 4.4 5.1 5.2
  static final Exercise ROUND_2024 = TestRounds.exercise(
      OB,
      "2024",
      "gov",
      "4   3   4   3   3   3   3   3   3   3   3   3   3   3   2   3",
      "dp-on",
      "3   2   3   3   3   3   2   2   NA  3   3   3   2   3   1   3",
      "dp-off",
      "2   1   2   2   2   2   1   1   1   1   1   2   1   NA  1   1",
      "cso",
      "2   2   2   NA  NA  NA  2   NI  1   2   NA  2   NA  NA  1   2",
      "ps",
      "NI  NI  2   NA  NA  NA  2   NI  1   2   NA  NI  NA  NA  1   2");

  @Test
  void agendaOfTheOneBudgetDomain() {
    RoundAnalysis a = RoundAnalyser.withDefaults().analyse(OB, ROUND_2024);
    // Ten indicators two levels apart; ranked by mean pairwise difference (4/3, 7/6, 1, 0.8), then
    // tree order.
    assertThat(a.agenda())
        .extracting(AgendaItem::indicatorId)
        .containsExactly(
            "OB-3.1", "OB-4.1", "OB-4.3", "OB-1.1", "OB-1.2", "OB-1.3", "OB-3.2", "OB-3.3",
            "OB-5.2", "OB-2.3");
    assertThat(a.agenda()).allSatisfy(i -> assertThat(i.gap()).isEqualByComparingTo("2"));
    // On-budget share (OB-1.1): the government alone at 4, the off-budget partners at the bottom.
    AgendaItem onBudget = a.agenda().get(3);
    assertThat(onBudget.highestGroups()).containsExactly("gov");
    assertThat(onBudget.lowestGroups()).containsExactly("dp-off", "cso");
    assertThat(onBudget.apartFromOthers()).containsExactly("gov");
    assertThat(a.indicator("OB-1.1").orElseThrow().noInformation()).containsExactly("ps");
    // Government vs off-budget partners: the largest distance of the matrix.
    var d = a.agreement().distances();
    double govOff = d.distance(0, 2);
    for (int i = 0; i < d.size(); i++) {
      for (int j = 0; j < d.size(); j++) {
        assertThat(d.distance(i, j)).isLessThanOrEqualTo(govOff);
      }
    }
    assertThat(govOff).isGreaterThanOrEqualTo(1.5);
  }
}
