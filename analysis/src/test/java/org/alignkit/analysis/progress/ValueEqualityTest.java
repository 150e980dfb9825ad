package org.alignkit.analysis.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import org.alignkit.analysis.DivergenceCriteria;
import org.alignkit.analysis.Spread;
import org.junit.jupiter.api.Test;

/** Values are equal by content (Immutables), so results can be compared and cached. */
class ValueEqualityTest {
  @Test
  void valuesAreEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(ProgressRule.ihp2016(), ProgressRule.builder().build())
        .addEqualityGroup(
            ProgressRule.ihp2016Literal(),
            ProgressRule.of(new BigDecimal("0.03"), ThresholdBase.BASELINE))
        .addEqualityGroup(ProgressRule.of(new BigDecimal("0.05"), ThresholdBase.SCALE_SPAN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            DivergenceCriteria.defaults(), DivergenceCriteria.builder().build())
        .addEqualityGroup(DivergenceCriteria.builder().minimumRatedGroups(3).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Spread.of(List.of(BigDecimal.ONE, BigDecimal.valueOf(3)), 4),
            Spread.of(List.of(BigDecimal.valueOf(3), BigDecimal.ONE), 4))
        .addEqualityGroup(Spread.of(List.of(BigDecimal.ONE, BigDecimal.valueOf(3)), 2))
        .testEquals();
    // The order of the values does not matter to a spread: the range is 2 either way.
    assertThat(Spread.of(List.of(BigDecimal.valueOf(3), BigDecimal.ONE), 4).range())
        .isEqualByComparingTo(BigDecimal.valueOf(2));
  }
}
