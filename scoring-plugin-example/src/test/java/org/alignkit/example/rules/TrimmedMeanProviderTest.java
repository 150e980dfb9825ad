package org.alignkit.example.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
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
import org.alignkit.scoring.spi.RuleParameterException;
import org.alignkit.testing.ScoringRuleContract;
import org.junit.jupiter.api.Test;

/**
 * The engine finds a third-party rule by its id through the ServiceLoader (this module's {@code
 * provides} on the module path) and uses it, with no change to AlignKit and no explicit
 * registration; and the rule keeps AlignKit's {@link ScoringRuleContract} (on the scale, unanimous,
 * monotone, order blind, never null, deterministic), checked by the contract's jqwik properties.
 */
class TrimmedMeanProviderTest implements ScoringRuleContract<TrimmedMeanProvider> {
  @Override
  public TrimmedMeanProvider provider() {
    return new TrimmedMeanProvider();
  }

  /** One input dropped at each end, the default, given explicitly as a rule set would. */
  @Override
  public Map<String, Object> parameters() {
    return Map.of("trim", 1);
  }

  static final Framework FRAMEWORK = framework();

  static Framework framework() {
    Scale scale = Scale.of(java.util.stream.IntStream.rangeClosed(1, 5)
        .mapToObj(i -> Level.of(i, LocalizedText.en("L" + i), LocalizedText.en("level " + i)))
        .toList());
    Component.Builder c = Component.builder().id("C").title(LocalizedText.en("C"));
    for (int i = 1; i <= 5; i++) {
      c.addIndicators(
          Indicator.builder().id("I" + i).title(LocalizedText.en("I" + i)).build());
    }
    return Framework.builder()
        .id("fw")
        .version("1")
        .title(LocalizedText.en("fw"))
        .scale(scale)
        .addDomains(Domain.builder()
            .id("D")
            .title(LocalizedText.en("D"))
            .addComponents(c.build())
            .build())
        .build();
  }

  static RuleSet ruleSet(Map<String, ?> params) {
    NodeRules r = NodeRules.of(
        RuleRef.of("trimmed-mean", params), RuleRef.of("floor"), RuleRef.of("exclude"));
    return RuleSet.builder()
        .id("trimmed")
        .title("trimmed")
        .components(r)
        .domains(r)
        .framework(r)
        .build();
  }

  static Assessment assessment(int... levels) {
    Assessment.Builder a = Assessment.builder()
        .frameworkId("fw")
        .frameworkVersion("1")
        .country("RWA")
        .round(Round.of("r1", LocalDate.of(2024, 1, 1)))
        .group(StakeholderGroup.of("government", StakeholderKind.GOVERNMENT));
    for (int i = 0; i < levels.length; i++) {
      a.addRatings(Rating.of("I" + (i + 1), levels[i]));
    }
    return a.build();
  }

  @Test
  void engineFindsThePluginByIdAndUsesIt() {
    ScoringEngine engine =
        ScoringEngine.builder(FRAMEWORK).ruleSet(ruleSet(Map.of())).build();
    // 1 and 5 are dropped: mean of 4, 4, 4 = 4 (the plain mean would be 18/5 = 3.6, level 3)
    ScoreCard card = engine.score(assessment(1, 4, 4, 4, 5));
    assertThat(card.node("C").orElseThrow().score()).contains(Rational.of(4));
    assertThat(card.overall().level()).hasValue(4);
    assertThat(card.overall().explanation().orElseThrow().aggregation().id())
        .isEqualTo("trimmed-mean");
  }

  @Test
  void itsParametersAreValidatedByTheEngine() {
    ScoringEngine trimTwo =
        ScoringEngine.builder(FRAMEWORK).ruleSet(ruleSet(Map.of("trim", 2))).build();
    assertThat(trimTwo.score(assessment(1, 2, 4, 5, 5)).node("C").orElseThrow().score())
        .contains(Rational.of(4));
    assertThatThrownBy(() -> ScoringEngine.builder(FRAMEWORK)
            .ruleSet(ruleSet(Map.of("trim", -1)))
            .build())
        .isInstanceOfSatisfying(RuleParameterException.class, e -> {
          assertThat(e.parameter()).isEqualTo("trim");
          assertThat(e.ruleId()).contains("trimmed-mean");
        });
  }

  @Test
  void itIsLoadedFromThisModule() {
    assertThat(TrimmedMeanProviderTest.class.getModule().getName())
        .isEqualTo("org.alignkit.example.rules");
  }
}
