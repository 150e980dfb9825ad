package org.alignkit.scoring;

import static org.alignkit.scoring.Fixtures.NA;
import static org.alignkit.scoring.Fixtures.NO_INFO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Rating;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.scoring.spi.MissingDataTreatment;
import org.alignkit.scoring.spi.RuleParameterException;

class ScoringEngineTest {
  // one domain, one component of 4 indicators, 5 levels
  static final Framework F4 = Fixtures.framework(5, new int[][] {{4}});

  static Rational componentScore(RuleSet r, int... levels) {
    return component(r, levels).score().orElseThrow();
  }

  static NodeScore component(RuleSet r, int... levels) {
    Framework f = Fixtures.framework(5, new int[][] {{levels.length}});
    Map<String, Integer> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < levels.length; i++) {
      m.put("D1.C1.I" + (i + 1), levels[i]);
    }
    return Fixtures.engine(f, r).score(Fixtures.assessment(f, m)).node("D1.C1").orElseThrow();
  }

  /** The rule under test scores components; the mean scores the levels above. */
  static RuleSet agg(String id, Map<String, ?> params) {
    NodeRules above = NodeRules.of(RuleRef.of("mean"), RuleRef.of("floor"), RuleRef.of("exclude"));
    return RuleSet.builder()
        .id(id)
        .title(id)
        .components(
            NodeRules.of(RuleRef.of(id, params), RuleRef.of("floor"), RuleRef.of("exclude")))
        .domains(above)
        .framework(above)
        .build();
  }

  static RuleSet defaultsWith(String id, String node, NodeRules rules) {
    RuleSet d = RuleSets.defaultRules();
    return RuleSet.builder()
        .id(id)
        .title(id)
        .components(d.components())
        .domains(d.domains())
        .framework(d.framework())
        .putNodes(node, rules)
        .build();
  }

  @Example
  void allThreesGiveExactlyThreeUnderEveryBundledRuleSetOnFiveLevels() {
    Framework f = Fixtures.reference();
    for (RuleSet r :
        List.of(RuleSets.defaultRules(), RuleSets.pefaM1(), RuleSets.gdhi(), RuleSets.staged())) {
      ScoreCard card = Fixtures.engine(f, r).score(Fixtures.assessment(f, Fixtures.all(f, 3)));
      assertThat(card.overall().score()).as(r.id()).contains(Rational.of(3));
      assertThat(card.overall().level()).as(r.id()).hasValue(3);
      card.domains().forEach(d -> assertThat(d.level()).hasValue(3));
    }
  }

  @Example
  void meanAndFloor() {
    NodeScore c = component(RuleSets.defaultRules(), 2, 3, 3, 3);
    assertThat(c.score()).contains(Rational.of(11, 4));
    assertThat(c.level()).hasValue(2);
    assertThat(c.scoreAsDouble()).isEqualTo(2.75);
  }

  @Example
  void weightedMeanUsesFrameworkWeightsOrParameters() {
    Framework f = Fixtures.framework(5, new int[][] {{2}}, Map.of("D1.C1.I1", new BigDecimal("3")));
    Assessment a = Fixtures.assessment(f, Map.of("D1.C1.I1", 1, "D1.C1.I2", 5));
    NodeScore byFramework = Fixtures.engine(f, agg("weighted-mean", Map.of()))
        .score(a)
        .node("D1.C1")
        .orElseThrow();
    assertThat(byFramework.score()).contains(Rational.of(2)); // (3*1 + 1*5) / 4
    NodeScore byParameter = Fixtures.engine(
            f, agg("weighted-mean", Map.of("weights", Map.of("D1.C1.I2", 3))))
        .score(a)
        .node("D1.C1")
        .orElseThrow();
    assertThat(byParameter.score())
        .contains(Rational.of(3)); // weights 3 (framework) and 3 (parameter): (3*1 + 3*5) / 6
    assertThat(byParameter.explanation().orElseThrow().intermediates())
        .containsEntry("weighted sum", Rational.of(18))
        .containsEntry("total weight", Rational.of(6));
    assertThatThrownBy(() ->
            Fixtures.engine(f, agg("weighted-mean", Map.of("weights", Map.of("x", 0)))))
        .isInstanceOfSatisfying(RuleParameterException.class, e -> {
          assertThat(e.parameter()).isEqualTo("weights");
          assertThat(e.ruleId()).contains("weighted-mean");
        });
  }

  @Example
  void median() {
    assertThat(componentScore(agg("median", Map.of()), 1, 5, 2)).isEqualTo(Rational.of(2));
    assertThat(componentScore(agg("median", Map.of()), 1, 5, 2, 4)).isEqualTo(Rational.of(3));
    assertThat(componentScore(agg("median", Map.of()), 1, 2, 3, 3)).isEqualTo(Rational.of(5, 2));
  }

  @Example
  void weakestLinkWithPefaPlus() {
    assertThat(componentScore(agg("weakest-link", Map.of()), 3, 2, 4)).isEqualTo(Rational.of(2));
    RuleSet plus = agg("weakest-link", Map.of("plus", true));
    assertThat(componentScore(plus, 3, 2, 4)).isEqualTo(Rational.of(5, 2)); // C+
    assertThat(componentScore(plus, 2, 2, 2)).isEqualTo(Rational.of(2)); // no + when all equal
    assertThat(component(plus, 3, 2, 4).level()).hasValue(2);
  }

  @Example
  void stagedNeedsAllOrAShare() {
    assertThat(componentScore(agg("staged", Map.of()), 4, 4, 3, 5)).isEqualTo(Rational.of(3));
    // 3 of 4 at 4 or above: share 3/4 reaches 4
    assertThat(componentScore(agg("staged", Map.of("share", 0.75)), 4, 4, 3, 5))
        .isEqualTo(Rational.of(4));
    assertThat(componentScore(agg("staged", Map.of("share", "4/5")), 4, 4, 3, 5))
        .isEqualTo(Rational.of(3));
  }

  /** GPEDC indicator 7 (mutual accountability): met when at least 4 of 5 criteria hold. */
  @Example
  void kOfNGpedcIndicatorSeven() {
    RuleSet r = agg("k-of-n", Map.of("k", 4, "n", 5, "threshold", 4));
    assertThat(componentScore(r, 5, 4, 4, 4, 1)).isEqualTo(Rational.of(5)); // 4 hold: met
    assertThat(componentScore(r, 5, 4, 4, 3, 1)).isEqualTo(Rational.of(1)); // 3 hold: not met
    Framework f = Fixtures.framework(5, new int[][] {{5}});
    ScoringEngine e = Fixtures.engine(f, r);
    Assessment fourRated = Fixtures.assessment(
        f, Map.of("D1.C1.I1", 5, "D1.C1.I2", 5, "D1.C1.I3", 5, "D1.C1.I4", 5, "D1.C1.I5", NA));
    assertThatThrownBy(() -> e.score(fourRated))
        .isInstanceOfSatisfying(ScoringException.class, x -> {
          assertThat(x.ruleId()).contains("k-of-n");
          assertThat(x.nodeId()).contains("D1.C1");
        })
        .hasMessageContaining("expects 5 criteria");
    assertThatThrownBy(() -> Fixtures.engine(f, agg("k-of-n", Map.of("k", 4))))
        .isInstanceOfSatisfying(
            RuleParameterException.class, x -> assertThat(x.parameter()).isEqualTo("threshold"));
    assertThatThrownBy(() -> Fixtures.engine(f, agg("k-of-n", Map.of("k", "four", "threshold", 3))))
        .isInstanceOfSatisfying(
            RuleParameterException.class, x -> assertThat(x.parameter()).isEqualTo("k"))
        .hasMessageContaining("expected an integer, got \"four\"");
  }

  @Example
  void notApplicableIsExcludedAndAllNotApplicableIsNotApplicable() {
    Framework f = Fixtures.framework(5, new int[][] {{2, 2}});
    Assessment a = Fixtures.assessment(
        f, Map.of("D1.C1.I1", 4, "D1.C1.I2", NA, "D1.C2.I1", NA, "D1.C2.I2", NA));
    ScoreCard card = Fixtures.engine(f, RuleSets.defaultRules()).score(a);
    assertThat(card.node("D1.C1").orElseThrow().score()).contains(Rational.of(4));
    assertThat(card.node("D1.C2").orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(card.node("D1.C2").orElseThrow().score()).isEmpty();
    assertThat(card.overall().score()).contains(Rational.of(4));
    assertThat(card.node("D1").orElseThrow().coverage()).isEqualTo(Coverage.of(1, 1, 0, 0));
    assertThat(card.overall().indicatorCoverage()).isEqualTo(Coverage.of(1, 3, 0, 0));
    assertThat(card.indicatorStatus("D1.C1.I2")).isEqualTo(InputStatus.NOT_APPLICABLE);
    assertThat(card.indicatorLevel("D1.C1.I1")).hasValue(4);
    assertThat(card.indicatorLevel("D1.C1.I2")).isEmpty();
  }

  @Example
  void minimumCoverageGivesNoNumberBelowTheShare() {
    Assessment a =
        Fixtures.assessment(F4, Map.of("D1.C1.I1", 5, "D1.C1.I2", NO_INFO, "D1.C1.I3", NO_INFO));
    ScoreCard card = Fixtures.engine(F4, RuleSets.defaultRules()).score(a);
    NodeScore c = card.node("D1.C1").orElseThrow();
    assertThat(c.outcome()).isEqualTo(Outcome.INSUFFICIENT_COVERAGE);
    assertThat(c.score()).isEmpty();
    assertThat(c.level()).isEmpty();
    assertThat(Double.isNaN(c.scoreAsDouble())).isTrue();
    assertThat(c.coverage()).isEqualTo(Coverage.of(1, 0, 2, 1));
    assertThat(c.coverage().ratedShare()).contains(Rational.of(1, 4));
    // the framework above has no rated input either: insufficient as well, never a number
    assertThat(card.overall().outcome()).isEqualTo(Outcome.INSUFFICIENT_COVERAGE);
    assertThat(c.explanation().orElseThrow().reason()).contains("insufficient coverage");
    // exactly half rated is enough
    Assessment half = Fixtures.assessment(F4, Map.of("D1.C1.I1", 5, "D1.C1.I2", 3));
    assertThat(Fixtures.engine(F4, RuleSets.defaultRules())
            .score(half)
            .node("D1.C1")
            .orElseThrow()
            .score())
        .contains(Rational.of(4));
  }

  @Example
  void lowestCountsAbsentAsTheBottomLevel() {
    RuleSet r = Fixtures.uniform("mean", "floor", "lowest");
    Assessment a =
        Fixtures.assessment(F4, Map.of("D1.C1.I1", 5, "D1.C1.I2", 5, "D1.C1.I3", NO_INFO));
    NodeScore c = Fixtures.engine(F4, r).score(a).node("D1.C1").orElseThrow();
    assertThat(c.score()).contains(Rational.of(12, 4)); // 5 + 5 + 1 + 1
    Explanation e = c.explanation().orElseThrow();
    assertThat(e.treatment()).contains(MissingDataTreatment.COUNT_AS_LOWEST);
    assertThat(e.inputs().get(3).status()).isEqualTo(InputStatus.MISSING);
    assertThat(e.inputs().get(3).used()).contains(Rational.ONE);
    assertThat(e.inputs().get(2).status()).isEqualTo(InputStatus.NO_INFORMATION);
  }

  @Example
  void failNamesRuleNodeAndIndicator() {
    RuleSet r = Fixtures.uniform("mean", "floor", "fail");
    Assessment a = Fixtures.assessment(F4, Map.of("D1.C1.I1", 5, "D1.C1.I2", 5, "D1.C1.I3", 5));
    assertThatThrownBy(() -> Fixtures.engine(F4, r).score(a))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.ruleId()).contains("fail");
          assertThat(e.nodeId()).contains("D1.C1");
          assertThat(e.indicatorId()).contains("D1.C1.I4");
        });
  }

  @Example
  void indicatorNotApplicableToTheGroupIsNotApplicableWhenUnrated() {
    Indicator gov = Indicator.builder()
        .id("I1")
        .title(LocalizedText.en("gov only"))
        .addApplicableTo(StakeholderKind.GOVERNMENT)
        .build();
    Indicator all = Indicator.builder().id("I2").title(LocalizedText.en("all")).build();
    Framework f = Framework.builder()
        .id("fw")
        .version("1")
        .title(LocalizedText.en("fw"))
        .scale(Fixtures.scale(5))
        .addDomains(Domain.builder()
            .id("D")
            .title(LocalizedText.en("D"))
            .addComponents(Component.builder()
                .id("C")
                .title(LocalizedText.en("C"))
                .addIndicators(gov, all)
                .build())
            .build())
        .build();
    Assessment csoRating = Fixtures.assessment(
        f, Map.of("I2", 3), StakeholderGroup.of("cso", StakeholderKind.CIVIL_SOCIETY));
    ScoreCard card =
        Fixtures.engine(f, Fixtures.uniform("mean", "floor", "fail")).score(csoRating);
    assertThat(card.indicatorStatus("I1")).isEqualTo(InputStatus.NOT_APPLICABLE);
    assertThat(card.overall().score()).contains(Rational.of(3));
  }

  @Example
  void perNodeOverride() {
    Framework f = Fixtures.framework(5, new int[][] {{2}, {2}});
    RuleSet r = defaultsWith(
        "budget-weakest",
        "D2.C1",
        NodeRules.builder().aggregation(RuleRef.of("weakest-link")).build());
    Assessment a =
        Fixtures.assessment(f, Map.of("D1.C1.I1", 2, "D1.C1.I2", 4, "D2.C1.I1", 2, "D2.C1.I2", 4));
    ScoreCard card = Fixtures.engine(f, r).score(a);
    assertThat(card.node("D1.C1").orElseThrow().score()).contains(Rational.of(3));
    assertThat(card.node("D2.C1").orElseThrow().score()).contains(Rational.of(2));
    assertThat(card.node("D2.C1")
            .orElseThrow()
            .explanation()
            .orElseThrow()
            .aggregation()
            .id())
        .isEqualTo("weakest-link");
    assertThat(card.node("D2.C1")
            .orElseThrow()
            .explanation()
            .orElseThrow()
            .banding()
            .id())
        .isEqualTo("floor");
    RuleSet bad = defaultsWith("bad", "nope", NodeRules.builder().build());
    assertThatThrownBy(() -> Fixtures.engine(f, bad))
        .isInstanceOfSatisfying(
            ScoringException.class, e -> assertThat(e.nodeId()).contains("nope"));
  }

  @Example
  void ruleSetErrors() {
    assertThatThrownBy(() -> Fixtures.engine(F4, Fixtures.uniform("average", "floor", "exclude")))
        .isInstanceOfSatisfying(
            ScoringException.class, e -> assertThat(e.ruleId()).contains("average"))
        .hasMessageContaining("unknown aggregation rule 'average'")
        .hasMessageContaining("mean");
    assertThatThrownBy(() -> Fixtures.engine(F4, Fixtures.uniform("floor", "floor", "exclude")))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("'floor' is a banding rule, not a aggregation rule");
    assertThatThrownBy(() -> Fixtures.engine(
            F4,
            Fixtures.uniform(
                "x",
                RuleRef.of("mean"),
                RuleRef.of("floor"),
                RuleRef.of("minimum-coverage", Map.of("share", 2)))))
        .isInstanceOfSatisfying(
            RuleParameterException.class, e -> assertThat(e.parameter()).isEqualTo("share"))
        .hasMessageContaining("must be > 0 and <= 1, got 2");
  }

  @Example
  void assessmentErrors() {
    ScoringEngine e = Fixtures.engine(F4, RuleSets.defaultRules());
    Framework other = Fixtures.framework(5, new int[][] {{5}});
    Assessment unknown = Fixtures.assessment(other, Map.of("D1.C1.I5", 3));
    assertThatThrownBy(() -> e.score(unknown))
        .isInstanceOfSatisfying(
            ScoringException.class, x -> assertThat(x.indicatorId()).contains("D1.C1.I5"));
    Assessment off = Fixtures.assessment(F4, Map.of("D1.C1.I1", 6));
    assertThatThrownBy(() -> e.score(off))
        .isInstanceOfSatisfying(
            ScoringException.class, x -> assertThat(x.indicatorId()).contains("D1.C1.I1"))
        .hasMessageContaining("off the scale 1..5");
    Assessment twice =
        Fixtures.assessment(F4, "1.0", List.of(Rating.of("D1.C1.I1", 2), Rating.of("D1.C1.I1", 3)));
    assertThatThrownBy(() -> e.score(twice))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("twice");
    Assessment otherVersion = Fixtures.assessment(F4, "2.0", List.of());
    assertThatThrownBy(() -> e.score(otherVersion))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("answers framework test-fw 2.0");
  }

  @Example
  void explanationSaysWhyAndWhatTheNextLevelNeeds() {
    Assessment a =
        Fixtures.assessment(F4, Map.of("D1.C1.I1", 2, "D1.C1.I2", 3, "D1.C1.I3", 3, "D1.C1.I4", 3));
    Explanation e = Fixtures.engine(F4, RuleSets.defaultRules())
        .score(a)
        .node("D1.C1")
        .orElseThrow()
        .explanation()
        .orElseThrow();
    assertThat(e.aggregation()).isEqualTo(RuleRef.of("mean"));
    assertThat(e.missingData().parameters()).containsEntry("share", "1/2");
    assertThat(e.inputs())
        .extracting(ExplanationInput::id)
        .containsExactly("D1.C1.I1", "D1.C1.I2", "D1.C1.I3", "D1.C1.I4");
    assertThat(e.intermediates())
        .containsEntry("sum", Rational.of(11))
        .containsEntry("count", Rational.of(4));
    assertThat(e.score()).contains(Rational.of(11, 4));
    assertThat(e.level()).hasValue(2);
    assertThat(e.nextLevel()).hasValue(3);
    // raising the lowest indicator (2 -> 3) gives a mean of 3, level 3
    assertThat(e.neededForNextLevel()).containsExactly(Raise.of("D1.C1.I1", Rational.of(2), 3));
    assertThat(e.reason())
        .contains("mean of 4 inputs gives 11/4 (2.75)")
        .contains("floor banding gives level 2")
        .contains("level 3 is not reached: it needs D1.C1.I1 at 3");
    // at the top of the scale there is no next level
    Explanation top = Fixtures.engine(F4, RuleSets.defaultRules())
        .score(Fixtures.assessment(F4, Fixtures.all(F4, 5)))
        .overall()
        .explanation()
        .orElseThrow();
    assertThat(top.nextLevel()).isEqualTo(OptionalInt.empty());
    assertThat(top.neededForNextLevel()).isEmpty();
  }

  @Example
  void nextLevelUnderWeakestLinkRaisesEveryLowInput() {
    RuleSet r = agg("weakest-link", Map.of());
    Explanation e = component(r, 1, 1, 3, 2).explanation().orElseThrow();
    assertThat(e.neededForNextLevel())
        .containsExactly(
            Raise.of("D1.C1.I1", Rational.ONE, 2), Raise.of("D1.C1.I2", Rational.ONE, 2));
  }

  @Example
  void explanationsOff() {
    ScoringEngine e = ScoringEngine.builder(F4).explanations(false).build();
    ScoreCard card = e.score(Fixtures.assessment(F4, Fixtures.all(F4, 2)));
    assertThat(card.hasExplanations()).isFalse();
    assertThat(card.overall().explanation()).isEmpty();
    assertThat(card.overall().level()).hasValue(2);
    assertThat(e.ruleSet().id()).isEqualTo("default");
  }

  @Example
  void sideBySide() {
    Assessment a =
        Fixtures.assessment(F4, Map.of("D1.C1.I1", 2, "D1.C1.I2", 4, "D1.C1.I3", 4, "D1.C1.I4", 3));
    SideBySide s = ScoringEngine.compare(
        F4, a, List.of(RuleSets.defaultRules(), RuleSets.pefaM1(), RuleSets.staged()));
    assertThat(s.cards().keySet()).containsExactly("default", "pefa-m1", "staged");
    assertThat(s.levels("D1.C1"))
        .containsEntry("default", OptionalInt.of(3)) // 13/4 -> 3
        .containsEntry("pefa-m1", OptionalInt.of(2)) // 2+ -> 2
        .containsEntry("staged", OptionalInt.of(2));
    assertThat(s.cards().get("pefa-m1").node("D1.C1").orElseThrow().score())
        .contains(Rational.of(5, 2));
    assertThat(s.overallLevels()).hasSize(3);
    assertThat(s.assessment()).isSameAs(a);
  }

  @Example
  void scoreAllIsLazyAndKeepsOrder() {
    ScoringEngine e = Fixtures.engine(F4, RuleSets.defaultRules());
    int[] produced = {0};
    Stream<Assessment> in = Stream.iterate(1, i -> i + 1).map(i -> {
      produced[0]++;
      return Fixtures.assessment(F4, Fixtures.all(F4, (i % 5) + 1));
    });
    List<Integer> levels = e.scoreAll(in)
        .limit(7)
        .map(c -> c.overall().level().getAsInt())
        .collect(Collectors.toList());
    assertThat(levels).containsExactly(2, 3, 4, 5, 1, 2, 3);
    assertThat(produced[0]).isEqualTo(7); // nothing scored ahead of demand
  }
}
