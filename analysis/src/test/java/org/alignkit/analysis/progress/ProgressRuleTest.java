package org.alignkit.analysis.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The IHP+Results 2016 progress rule: "progress if up by at least 3 %, decline if down by at least
 * 3 %, stagnation in between" (IHP+Results, 2016 progress report on the Seven Behaviours).
 */
class ProgressRuleTest {
  private static ProgressClass classify(ProgressRule rule, String from, String to) {
    return rule.classify(new BigDecimal(from), new BigDecimal(to), 4);
  }

  @Test
  void defaultIsIhp2016WithExactBoundaries() {
    ProgressRule rule = ProgressRule.ihp2016();
    assertThat(rule.fraction()).isEqualByComparingTo("0.03");
    // Up by exactly 3 % of the baseline is progress, never stagnation by rounding.
    assertThat(classify(rule, "100", "103")).isEqualTo(ProgressClass.PROGRESS);
    assertThat(classify(rule, "3", "3.09")).isEqualTo(ProgressClass.PROGRESS);
    assertThat(classify(rule, "2.7", "2.781")).isEqualTo(ProgressClass.PROGRESS);
    assertThat(classify(rule, "100", "102.99")).isEqualTo(ProgressClass.STAGNATION);
    assertThat(classify(rule, "3", "3.0899")).isEqualTo(ProgressClass.STAGNATION);
    // Down by exactly 3 % of the baseline is decline.
    assertThat(classify(rule, "100", "97")).isEqualTo(ProgressClass.DECLINE);
    assertThat(classify(rule, "100", "97.1")).isEqualTo(ProgressClass.STAGNATION);
    assertThat(classify(rule, "2", "2")).isEqualTo(ProgressClass.STAGNATION);
  }

  @Test
  void defaultDiffersFromTheLiteralRuleOnlyForSmallFalls() {
    ProgressRule literal = ProgressRule.ihp2016Literal();
    ProgressRule symmetric = ProgressRule.ihp2016();
    // A fall of 2.95 % of the baseline is 3.04 % of the later value.
    assertThat(classify(literal, "100", "97.05")).isEqualTo(ProgressClass.STAGNATION);
    assertThat(classify(symmetric, "100", "97.05")).isEqualTo(ProgressClass.DECLINE);
    // The literal rule is not symmetric: 100 -> 103 is progress, 103 -> 100 only stagnation.
    assertThat(classify(literal, "100", "103")).isEqualTo(ProgressClass.PROGRESS);
    assertThat(classify(literal, "103", "100")).isEqualTo(ProgressClass.STAGNATION);
    assertThat(classify(symmetric, "103", "100")).isEqualTo(ProgressClass.DECLINE);
    // Every rise is classed the same by both.
    assertThat(classify(literal, "2.5", "2.575")).isEqualTo(classify(symmetric, "2.5", "2.575"));
  }

  @Test
  void otherBases() {
    ProgressRule larger = ProgressRule.of(new BigDecimal("0.03"), ThresholdBase.LARGER_OF_BOTH);
    assertThat(classify(larger, "100", "103")).isEqualTo(ProgressClass.STAGNATION);
    assertThat(classify(larger, "100", "103.1")).isEqualTo(ProgressClass.PROGRESS);
    ProgressRule span = ProgressRule.of(new BigDecimal("0.03"), ThresholdBase.SCALE_SPAN);
    // 3 % of a span of 4 levels is 0.12 level, whatever the origin.
    assertThat(classify(span, "2.5", "2.62")).isEqualTo(ProgressClass.PROGRESS);
    assertThat(classify(span, "2.5", "2.61")).isEqualTo(ProgressClass.STAGNATION);
    assertThat(classify(span, "4.5", "4.38")).isEqualTo(ProgressClass.DECLINE);
    // A zero threshold: any change counts.
    assertThat(classify(ProgressRule.ihp2016(), "0", "0.01")).isEqualTo(ProgressClass.PROGRESS);
    assertThat(classify(ProgressRule.of(BigDecimal.ZERO, ThresholdBase.BASELINE), "2", "1.999"))
        .isEqualTo(ProgressClass.DECLINE);
  }

  @Test
  void reversedSwapsProgressAndDecline() {
    assertThat(ProgressClass.PROGRESS.reversed()).isEqualTo(ProgressClass.DECLINE);
    assertThat(ProgressClass.DECLINE.reversed()).isEqualTo(ProgressClass.PROGRESS);
    assertThat(ProgressClass.STAGNATION.reversed()).isEqualTo(ProgressClass.STAGNATION);
    assertThat(ProgressClass.NOT_COMPARABLE.reversed()).isEqualTo(ProgressClass.NOT_COMPARABLE);
  }

  @Test
  void negativeFractionIsRejected() {
    assertThatThrownBy(() -> ProgressRule.of(new BigDecimal("-0.01"), ThresholdBase.BASELINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.01");
  }
}
