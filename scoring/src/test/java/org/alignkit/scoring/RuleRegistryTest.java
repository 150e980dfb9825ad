package org.alignkit.scoring;

import org.alignkit.scoring.Rational;
import org.alignkit.scoring.ScoringException;
import org.alignkit.scoring.spi.RuleLoadingException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.alignkit.core.Framework;
import org.alignkit.scoring.RuleRegistry;
import org.alignkit.scoring.spi.AggregationRule;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRule;
import org.alignkit.scoring.spi.ScoringRuleProvider;
import net.jqwik.api.Example;

class RuleRegistryTest {
  /** A test provider that claims the built-in id "mean". */
  public static final class FakeMean implements ScoringRuleProvider {
    @Override
    public String id() {
      return "mean";
    }

    @Override
    public RuleRole role() {
      return RuleRole.AGGREGATION;
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return (AggregationRule) in -> Rational.ZERO;
    }
  }

  /** The maximum, given explicitly. */
  public static final class Max implements ScoringRuleProvider {
    @Override
    public String id() {
      return "test-max";
    }

    @Override
    public RuleRole role() {
      return RuleRole.AGGREGATION;
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return (AggregationRule)
          in -> {
            Rational m = in.value(0);
            for (int i = 1; i < in.size(); i++) {
              m = m.max(in.value(i));
            }
            return m;
          };
    }
  }

  /** A rule that throws. */
  public static final class Broken implements ScoringRuleProvider {
    @Override
    public String id() {
      return "test-broken";
    }

    @Override
    public RuleRole role() {
      return RuleRole.AGGREGATION;
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return (AggregationRule)
          in -> {
            throw new IllegalStateException("boom");
          };
    }
  }

  @Example
  void findsEveryBuiltInRuleThroughTheServiceLoader() {
    Map<String, ScoringRuleProvider> all = RuleRegistry.with(List.of()).providers();
    assertThat(all.keySet())
        .contains(
            "mean", "weighted-mean", "median", "weakest-link", "staged", "k-of-n", "lookup-table",
            "floor", "nearest", "gdhi", "cut-points", "exclude", "lowest", "fail", "minimum-coverage");
    assertThat(all.get("gdhi").role()).isEqualTo(RuleRole.BANDING);
    assertThat(all.get("fail").role()).isEqualTo(RuleRole.MISSING_DATA);
    assertThat(RuleRegistry.location(all.get("mean").getClass())).contains("scoring");
  }

  @Example
  void duplicateIdNamesBothProvidersTheirJarsAndTheId() {
    Framework f = Fixtures.framework(5, new int[][] {{2}});
    assertThatThrownBy(() -> ScoringEngine.builder(f).addProvider(new FakeMean()).build())
        .isInstanceOfSatisfying(
            RuleLoadingException.class,
            e -> {
              assertThat(e.duplicateId()).contains("mean");
              assertThat(e.providerClasses())
                  .containsExactly(
                      "org.alignkit.scoring.internal.AggregationRules$Mean", FakeMean.class.getName());
              assertThat(e.jars()).hasSize(2);
              assertThat(e.getMessage()).contains("claim the id 'mean'");
            });
  }

  @Example
  void explicitProviderIsUsedById() {
    Framework f = Fixtures.framework(5, new int[][] {{3}});
    ScoringEngine e =
        ScoringEngine.builder(f)
            .ruleSet(Fixtures.uniform("test-max", "floor", "exclude"))
            .addProvider(new Max())
            .addProvider(new Max()) // the same provider twice is not a conflict
            .build();
    ScoreCard card =
        e.score(Fixtures.assessment(f, Map.of("D1.C1.I1", 1, "D1.C1.I2", 4, "D1.C1.I3", 2)));
    assertThat(card.overall().level()).hasValue(4);
  }

  @Example
  void ruleFailuresAreWrappedWithTheRuleId() {
    Framework f = Fixtures.framework(5, new int[][] {{3}});
    ScoringEngine e =
        ScoringEngine.builder(f)
            .ruleSet(Fixtures.uniform("test-broken", "floor", "exclude"))
            .addProvider(new Broken())
            .build();
    assertThatThrownBy(() -> e.score(Fixtures.assessment(f, Fixtures.all(f, 2))))
        .isInstanceOfSatisfying(
            ScoringException.class,
            x -> {
              assertThat(x.ruleId()).contains("test-broken");
              assertThat(x.nodeId()).contains("D1.C1");
              assertThat(x.getCause()).hasMessage("boom");
            });
  }
}
