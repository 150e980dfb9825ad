package org.alignkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import org.alignkit.scoring.internal.BandingRules;
import org.alignkit.scoring.spi.BandingRule;
import org.alignkit.scoring.spi.RuleParameterException;
import org.alignkit.scoring.spi.RuleSettings;

class BandingRulesTest {
  static BandingRule rule(org.alignkit.scoring.spi.ScoringRuleProvider p, Map<String, ?> params) {
    return (BandingRule) p.create(RuleSettings.of(p.id(), "test", params, p.parameters(), 1, 5));
  }

  static final BandingRule FLOOR = rule(new BandingRules.Floor(), Map.of());
  static final BandingRule NEAREST = rule(new BandingRules.Nearest(), Map.of());
  static final BandingRule GDHI = rule(new BandingRules.Gdhi(), Map.of());

  static int band(BandingRule r, String score) {
    return r.level(Rational.parse(score), 1, 5);
  }

  @Example
  void floorRoundsDownAndIsExactAtBoundaries() {
    assertThat(band(FLOOR, "2.999")).isEqualTo(2);
    assertThat(band(FLOOR, "3")).isEqualTo(3);
    assertThat(band(FLOOR, "5")).isEqualTo(5);
    assertThat(band(FLOOR, "1")).isEqualTo(1);
  }

  @Example
  void nearestBreaksTiesUpward() {
    // documented tie rule: half-up, so 2.5 is level 3, every time
    assertThat(band(NEAREST, "2.5")).isEqualTo(3);
    assertThat(band(NEAREST, "5/2")).isEqualTo(3);
    assertThat(band(NEAREST, "2.4999")).isEqualTo(2);
    assertThat(band(NEAREST, "1.5")).isEqualTo(2);
    assertThat(band(NEAREST, "4.5")).isEqualTo(5);
    assertThat(band(NEAREST, "4.9")).isEqualTo(5);
  }

  /** The GDHI examples of the issue and DOMAIN.md: round to one decimal half-even, then ceiling. */
  @Example
  void gdhiExamples() {
    assertThat(band(GDHI, "2.04")).isEqualTo(2);
    assertThat(band(GDHI, "2.06")).isEqualTo(3);
    assertThat(band(GDHI, "2")).isEqualTo(2);
    assertThat(band(GDHI, "0")).isEqualTo(1); // 0 becomes 1
    assertThat(band(GDHI, "0.04")).isEqualTo(1);
    assertThat(band(GDHI, "2.05")).isEqualTo(2); // 2.05 -> 2.0 (half-even) -> 2
    assertThat(band(GDHI, "2.15")).isEqualTo(3); // 2.15 -> 2.2 -> 3
    assertThat(band(GDHI, "4.96")).isEqualTo(5);
  }

  /**
   * GDHI computes in binary doubles (a mean in double, then a one-decimal half-even round of the
   * double's exact binary value); AlignKit rounds the exact rational. They differ when the exact
   * mean is x.x5 and the nearest double lies above or below it.
   */
  static int gdhiWithDoubles(double mean) {
    BigDecimal rounded = new BigDecimal(mean).setScale(1, RoundingMode.HALF_EVEN);
    int level = rounded.setScale(0, RoundingMode.CEILING).intValueExact();
    return Math.max(1, level);
  }

  static BigDecimal exactTenths(Rational r) {
    return r.toBigDecimal(1, RoundingMode.HALF_EVEN);
  }

  @Example
  void gdhiDoublesAndExactDifferAtOnePointZeroFive() {
    // 19 indicators at 1 and one at 2: mean exactly 21/20 = 1.05.
    Rational exact = Rational.of(21, 20);
    double asDouble = 21.0 / 20; // 1.0500000000000000444..., just above 1.05
    assertThat(new BigDecimal(asDouble).compareTo(new BigDecimal("1.05"))).isPositive();
    assertThat(exactTenths(exact)).isEqualByComparingTo("1.0"); // half-even on the exact tie
    assertThat(GDHI.level(exact, 1, 5)).isEqualTo(1);
    assertThat(gdhiWithDoubles(asDouble)).isEqualTo(2); // GDHI's double rounds to 1.1, ceiling 2
  }

  @Example
  void gdhiDoublesAndExactAtTwoPointTwoFiveThreeFiveFourFive() {
    // 2.25 = 9/4 is exact in binary: both round half-even to 2.2, level 3.
    assertThat(exactTenths(Rational.of(9, 4))).isEqualByComparingTo("2.2");
    assertThat(new BigDecimal(2.25).setScale(1, RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("2.2");
    assertThat(GDHI.level(Rational.of(9, 4), 1, 5))
        .isEqualTo(gdhiWithDoubles(2.25))
        .isEqualTo(3);
    // 2.35 = 47/20: the double is above 2.35 -> 2.4; exact half-even -> 2.4 too (3 is odd).
    assertThat(exactTenths(Rational.of(47, 20))).isEqualByComparingTo("2.4");
    assertThat(new BigDecimal(47.0 / 20).setScale(1, RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("2.4");
    // 2.45 = 49/20: the double is above 2.45 -> 2.5; exact half-even -> 2.4. Different roundings,
    // same level (3) because the ceiling hides the difference.
    assertThat(exactTenths(Rational.of(49, 20))).isEqualByComparingTo("2.4");
    assertThat(new BigDecimal(49.0 / 20).setScale(1, RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("2.5");
    assertThat(GDHI.level(Rational.of(49, 20), 1, 5))
        .isEqualTo(gdhiWithDoubles(49.0 / 20))
        .isEqualTo(3);
  }

  @Example
  void cutPoints() {
    BandingRule r =
        rule(new BandingRules.CutPoints(), Map.of("cutPoints", List.of(1.5, "2.5", 3, "7/2")));
    assertThat(band(r, "1.49")).isEqualTo(1);
    assertThat(band(r, "1.5")).isEqualTo(2); // a score equal to a cut point reaches it
    assertThat(band(r, "2.5")).isEqualTo(3);
    assertThat(band(r, "3")).isEqualTo(4);
    assertThat(band(r, "3.49")).isEqualTo(4);
    assertThat(band(r, "3.5")).isEqualTo(5);
  }

  @Example
  void cutPointsAreValidated() {
    assertThatThrownBy(
            () -> rule(new BandingRules.CutPoints(), Map.of("cutPoints", List.of(1.5, 2.5))))
        .isInstanceOfSatisfying(RuleParameterException.class, e -> {
          assertThat(e.parameter()).isEqualTo("cutPoints");
          assertThat(e.ruleId()).contains("cut-points");
          assertThat(e.getMessage()).contains("needs 4 cut points, got 2");
        });
    assertThatThrownBy(
            () -> rule(new BandingRules.CutPoints(), Map.of("cutPoints", List.of(1, 3, 2, 4))))
        .isInstanceOf(RuleParameterException.class)
        .hasMessageContaining("strictly ascending");
    assertThatThrownBy(
            () -> rule(new BandingRules.CutPoints(), Map.of("cutPoints", List.of(1, "x", 2, 4))))
        .isInstanceOf(RuleParameterException.class)
        .hasMessageContaining("expected a number, got \"x\"");
    assertThatThrownBy(() -> rule(new BandingRules.CutPoints(), Map.of()))
        .isInstanceOf(RuleParameterException.class)
        .hasMessageContaining("needs parameter 'cutPoints'");
    assertThatThrownBy(() -> rule(new BandingRules.Floor(), Map.of("step", 1)))
        .isInstanceOfSatisfying(
            RuleParameterException.class, e -> assertThat(e.parameter()).isEqualTo("step"))
        .hasMessageContaining("has no parameter 'step'");
  }
}
