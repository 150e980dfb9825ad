package org.alignkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import net.jqwik.api.Example;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.Level;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Rating;
import org.alignkit.core.Round;
import org.alignkit.core.Scale;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.scoring.NodeRules;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.RuleRef;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.alignkit.scoring.ScoringException;
import org.alignkit.scoring.spi.MissingDataTreatment;
import org.alignkit.scoring.spi.RuleLoadingException;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * Providers given to {@code ScoringEngine.builder(...).addProvider(...)}: a provider is used by
 * its id, two providers claiming one id are refused, and each faulty stub of {@link TestRules}
 * makes the engine fail with a {@link ScoringException} naming the rule. (The first three were
 * scoring's RuleRegistryTest; they live here so that their stubs are written once, in {@link
 * TestRules}.)
 */
class ScoringEngineProvidersTest {
  /** One domain D1 with one component D1.C1 of {@code n} indicators D1.C1.I1.., on a 1..5 scale. */
  static Framework framework(int n) {
    Scale scale = Scale.of(IntStream.rangeClosed(1, 5)
        .mapToObj(i -> Level.of(i, text("Level " + i), text("What level " + i + " is")))
        .toList());
    Component.Builder c = Component.builder().id("D1.C1").title(text("Component D1.C1"));
    for (int i = 1; i <= n; i++) {
      c.addIndicators(
          Indicator.builder().id("D1.C1.I" + i).title(text("Indicator " + i)).build());
    }
    Domain d = Domain.builder()
        .id("D1")
        .title(text("Domain 1"))
        .addComponents(c.build())
        .build();
    return Framework.builder()
        .id("test-fw")
        .version("1.0")
        .title(text("Test framework"))
        .scale(scale)
        .addDomains(d)
        .build();
  }

  static LocalizedText text(String english) {
    return LocalizedText.en(english);
  }

  /** The government's assessment of {@code f}: indicator i rated {@code levels[i]}, 0 not rated. */
  static Assessment assessment(Framework f, int... levels) {
    Assessment.Builder a = Assessment.builder()
        .frameworkId(f.id())
        .frameworkVersion(f.version())
        .country("RWA")
        .round(Round.of("2024", LocalDate.of(2024, 6, 1)))
        .group(StakeholderGroup.of("government", StakeholderKind.GOVERNMENT));
    for (int i = 0; i < levels.length; i++) {
      if (levels[i] > 0) {
        a.addRatings(Rating.of("D1.C1.I" + (i + 1), levels[i]));
      }
    }
    return a.build();
  }

  /** A rule set applying the same three rules at every level. */
  static RuleSet uniform(String aggregation, String banding, String missing) {
    NodeRules r = NodeRules.of(RuleRef.of(aggregation), RuleRef.of(banding), RuleRef.of(missing));
    String id = aggregation + "/" + banding + "/" + missing;
    return RuleSet.builder()
        .id(id)
        .title(id)
        .components(r)
        .domains(r)
        .framework(r)
        .build();
  }

  /** An engine for three indicators, with the rule set and the extra provider. */
  static ScoringEngine.Builder engine(RuleSet r, ScoringRuleProvider provider) {
    return ScoringEngine.builder(framework(3)).ruleSet(r).addProvider(provider);
  }

  // --- Moved from scoring's RuleRegistryTest ---------------------------------------------------

  @Example
  void duplicateIdNamesBothProvidersTheirJarsAndTheId() {
    Framework f = framework(2);
    ScoringRuleProvider fakeMean = TestRules.fixed("mean", Rational.ZERO);
    assertThatThrownBy(() -> ScoringEngine.builder(f).addProvider(fakeMean).build())
        .isInstanceOfSatisfying(RuleLoadingException.class, e -> {
          assertThat(e.duplicateId()).contains("mean");
          assertThat(e.providerClasses())
              .containsExactly(
                  "org.alignkit.scoring.internal.AggregationRules$Mean",
                  fakeMean.getClass().getName());
          assertThat(e.jars()).hasSize(2);
          assertThat(e.getMessage()).contains("claim the id 'mean'");
        });
  }

  @Example
  void explicitProviderIsUsedById() {
    Framework f = framework(3);
    ScoringEngine e = ScoringEngine.builder(f)
        .ruleSet(uniform("test-max", "floor", "exclude"))
        .addProvider(TestRules.max("test-max"))
        .addProvider(TestRules.max("test-max")) // the same provider twice is not a conflict
        .build();
    ScoreCard card = e.score(assessment(f, 1, 4, 2));
    assertThat(card.overall().level()).hasValue(4);
  }

  @Example
  void ruleFailuresAreWrappedWithTheRuleId() {
    ScoringEngine e = engine(
            uniform("test-broken", "floor", "exclude"), TestRules.throwingRule("test-broken"))
        .build();
    assertThatThrownBy(() -> e.score(assessment(e.framework(), 2, 2, 2)))
        .isInstanceOfSatisfying(ScoringException.class, x -> {
          assertThat(x.ruleId()).contains("test-broken");
          assertThat(x.nodeId()).contains("D1.C1");
          assertThat(x.getCause()).hasMessage("rule 'test-broken' failed (TestRules.throwingRule)");
        });
  }

  // --- Faulty stubs: the engine names the rule ---------------------------------------------------

  @Example
  void aProviderThatCannotCreateItsRuleFailsTheBuildNamingIt() {
    ScoringEngine.Builder b = engine(
        uniform("test-uncreatable", "floor", "exclude"),
        TestRules.throwingOnCreate("test-uncreatable"));
    assertThatThrownBy(b::build).isInstanceOfSatisfying(ScoringException.class, x -> {
      assertThat(x.ruleId()).contains("test-uncreatable");
      assertThat(x.getMessage()).contains("rule 'test-uncreatable'", "failed to build");
      assertThat(x.getCause())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("rule 'test-uncreatable' cannot be created (TestRules.throwingOnCreate)");
    });
  }

  @Example
  void aProviderThatCreatesNullFailsTheBuildNamingIt() {
    ScoringEngine.Builder b = engine(
        uniform("test-null-rule", "floor", "exclude"), TestRules.creatingNull("test-null-rule"));
    assertThatThrownBy(b::build).isInstanceOfSatisfying(ScoringException.class, x -> {
      assertThat(x.ruleId()).contains("test-null-rule");
      assertThat(x.getMessage())
          .contains("of rule 'test-null-rule' made null, not a AggregationRule");
    });
  }

  @Example
  void aProviderOfTheWrongRoleFailsTheBuildNamingIt() {
    ScoringEngine.Builder b = engine(
        uniform("test-wrong-role", "floor", "exclude"), TestRules.wrongRole("test-wrong-role"));
    assertThatThrownBy(b::build).isInstanceOfSatisfying(ScoringException.class, x -> {
      assertThat(x.ruleId()).contains("test-wrong-role");
      assertThat(x.getMessage())
          .contains("of rule 'test-wrong-role' made ", ", not a AggregationRule");
    });
  }

  @Example
  void aRuleUsedInAnotherRoleFailsTheBuildNamingIt() {
    // A banding rule named where an aggregation rule belongs.
    ScoringEngine.Builder b =
        engine(uniform("test-level", "floor", "exclude"), TestRules.fixedLevel("test-level", 3));
    assertThatThrownBy(b::build).isInstanceOfSatisfying(ScoringException.class, x -> {
      assertThat(x.ruleId()).contains("test-level");
      assertThat(x.getMessage())
          .contains("rule 'test-level' is a banding rule, not a aggregation rule");
    });
  }

  @Example
  void anAggregationReturningNullFailsTheScoreNamingRuleAndNode() {
    ScoringEngine e = engine(
            uniform("test-null-score", "floor", "exclude"),
            TestRules.returningNull("test-null-score"))
        .build();
    assertThatThrownBy(() -> e.score(assessment(e.framework(), 2, 3, 4)))
        .isInstanceOfSatisfying(ScoringException.class, x -> {
          assertThat(x.ruleId()).contains("test-null-score");
          assertThat(x.nodeId()).contains("D1.C1");
          assertThat(x.getMessage()).contains("returned no score");
        });
  }

  @Example
  void aBandingOffTheScaleFailsTheScoreNamingRuleAndNode() {
    ScoringEngine e = engine(
            uniform("mean", "test-level-9", "exclude"), TestRules.fixedLevel("test-level-9", 9))
        .build();
    assertThatThrownBy(() -> e.score(assessment(e.framework(), 2, 3, 4)))
        .isInstanceOfSatisfying(ScoringException.class, x -> {
          assertThat(x.ruleId()).contains("test-level-9");
          assertThat(x.nodeId()).contains("D1.C1");
          assertThat(x.getMessage()).contains("gave level 9", "off the scale 1..5");
        });
  }

  @Example
  void aMissingDataRuleReturningNullFailsTheScoreNamingRuleAndNode() {
    ScoringEngine e = engine(
            uniform("mean", "floor", "test-null-treatment"),
            TestRules.fixedTreatment("test-null-treatment", null))
        .build();
    // The third indicator is not rated: the missing-data rule is asked, and gives null.
    assertThatThrownBy(() -> e.score(assessment(e.framework(), 2, 3, 0)))
        .isInstanceOfSatisfying(ScoringException.class, x -> {
          assertThat(x.ruleId()).contains("test-null-treatment");
          assertThat(x.nodeId()).contains("D1.C1");
          assertThat(x.getMessage()).contains("returned null");
        });
  }

  @Example
  void wellBehavedStubsScoreAsTheySay() {
    Framework f = framework(3);
    ScoringEngine e = ScoringEngine.builder(f)
        .ruleSet(uniform("test-fixed", "test-level-2", "test-lowest"))
        .addProvider(TestRules.fixed("test-fixed", Rational.of(9, 2)))
        .addProvider(TestRules.fixedLevel("test-level-2", 2))
        .addProvider(TestRules.fixedTreatment("test-lowest", MissingDataTreatment.COUNT_AS_LOWEST))
        .build();
    ScoreCard card = e.score(assessment(f, 1, 1, 0));
    assertThat(card.overall().score()).contains(Rational.of(9, 2));
    assertThat(card.overall().level()).hasValue(2);
    assertThat(card.node("D1.C1").orElseThrow().explanation().orElseThrow().treatment())
        .contains(MissingDataTreatment.COUNT_AS_LOWEST);
  }
}
