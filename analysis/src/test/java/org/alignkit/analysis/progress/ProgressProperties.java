package org.alignkit.analysis.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import org.alignkit.analysis.TestRounds;
import org.alignkit.core.Assessment;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.testing.AlignKitArbitraries;

/** Progress A→B is the negation of B→A (IHP+Results 2016 rule with a symmetric base). */
class ProgressProperties {
  @Provide
  Arbitrary<BigDecimal> scores() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(3);
  }

  @Provide
  Arbitrary<ProgressRule> symmetricRules() {
    return Combinators.combine(
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3),
            Arbitraries.of(
                ThresholdBase.SMALLER_OF_BOTH,
                ThresholdBase.LARGER_OF_BOTH,
                ThresholdBase.SCALE_SPAN))
        .as(ProgressRule::of);
  }

  @Provide
  Arbitrary<Tuple3<Framework, Exercise, Exercise>> twoRounds() {
    return AlignKitArbitraries.frameworks()
        .flatMap(f -> Combinators.combine(
                AlignKitArbitraries.exercises(f), AlignKitArbitraries.exercises(f))
            .as((a, b) -> Tuple.of(f, a, b)));
  }

  @Property
  void symmetricRulesSwapProgressAndDecline(
      @ForAll("scores") BigDecimal a,
      @ForAll("scores") BigDecimal b,
      @ForAll("symmetricRules") ProgressRule rule) {
    assertThat(rule.classify(b, a, 4)).isEqualTo(rule.classify(a, b, 4).reversed());
  }

  @Property
  void defaultRuleAgreesWithIhp2016ForEveryRise(
      @ForAll("scores") BigDecimal a, @ForAll("scores") BigDecimal b) {
    if (b.compareTo(a) >= 0) {
      assertThat(ProgressRule.ihp2016().classify(a, b, 4))
          .isEqualTo(ProgressRule.ihp2016Literal().classify(a, b, 4));
    }
  }

  @Property(tries = 200)
  void progressFromAtoBIsTheNegationOfBtoA(
      @ForAll("twoRounds") Tuple3<Framework, Exercise, Exercise> r) {
    Framework f = r.get1();
    RoundData a = withMeans(f, r.get2());
    RoundData b = withMeans(f, r.get3());
    ProgressReport ab = Progress.compare(a, b);
    ProgressReport ba = Progress.compare(b, a);
    assertThat(ba.onlyInBaseline()).containsExactlyInAnyOrderElementsOf(ab.onlyInCurrent());
    assertThat(ba.onlyInCurrent()).containsExactlyInAnyOrderElementsOf(ab.onlyInBaseline());
    assertThat(ba.groups()).hasSameSizeAs(ab.groups());
    for (GroupProgress g : ab.groups()) {
      GroupProgress h = ba.group(g.groupId()).orElseThrow();
      assertThat(h.indicators()).hasSameSizeAs(g.indicators());
      assertThat(h.nodes()).hasSameSizeAs(g.nodes());
      for (Change c : g.indicators()) {
        assertReversed(c, h.change(c.nodeId()).orElseThrow());
      }
      for (Change c : g.nodes()) {
        assertReversed(c, h.change(c.nodeId()).orElseThrow());
      }
    }
  }

  private static void assertReversed(Change c, Change d) {
    assertThat(d.progressClass()).isEqualTo(c.progressClass().reversed());
    assertThat(d.baseline()).isEqualTo(c.current());
    assertThat(d.current()).isEqualTo(c.baseline());
    if (c.change().isPresent()) {
      assertThat(d.change().orElseThrow()).isEqualByComparingTo(c.change().get().negate());
    } else {
      assertThat(d.change()).isEmpty();
    }
  }

  private static RoundData withMeans(Framework f, Exercise e) {
    RoundData.Builder b = RoundData.builder().framework(f).exercise(e);
    for (Assessment a : e.assessments()) {
      b.putNodeScores(a.group().id(), TestRounds.means(f, a));
    }
    return b.build();
  }
}
