package org.alignkit.testing;

import static java.util.Objects.requireNonNull;

import org.alignkit.scoring.Rational;
import org.alignkit.scoring.spi.AggregationRule;
import org.alignkit.scoring.spi.BandingRule;
import org.alignkit.scoring.spi.MissingDataRule;
import org.alignkit.scoring.spi.MissingDataTreatment;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRule;
import org.alignkit.scoring.spi.ScoringRuleProvider;
import org.apiguardian.api.API;

/**
 * Stub and faulty scoring-rule providers, with ids of the caller's choosing, for tests of code that
 * uses the scoring engine: give them to {@code ScoringEngine.builder(framework).addProvider(...)}
 * and name their ids in a rule set.
 *
 * <pre>{@code
 * ScoringEngine engine =
 *     ScoringEngine.builder(framework)
 *         .ruleSet(ruleSetUsing("test-broken"))
 *         .addProvider(TestRules.throwingRule("test-broken"))
 *         .build();
 * assertThatThrownBy(() -> engine.score(assessment))
 *     .isInstanceOfSatisfying(
 *         ScoringException.class, e -> assertThat(e.ruleId()).contains("test-broken"));
 * }</pre>
 *
 * <p>Each kind of stub has its own provider class, named in messages such as the engine's "two
 * providers claim the id" (e.g. {@code org.alignkit.testing.TestRules$Max}). The engine treats two
 * providers of the same class as the same provider, so two stubs of one kind need different ids.
 * The stubs take no parameters.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TestRules {
  private TestRules() {}

  /**
   * An aggregation rule that gives {@code value} whatever the inputs. Well-behaved (monotone, order
   * blind) but not unanimous; off the scale if {@code value} is.
   */
  public static ScoringRuleProvider fixed(String id, Rational value) {
    return new Fixed(id, requireNonNull(value, "value"));
  }

  /** An aggregation rule that gives the largest input; it keeps the {@link ScoringRuleContract}. */
  public static ScoringRuleProvider max(String id) {
    return new Max(id);
  }

  /**
   * A banding rule that gives {@code level} whatever the score: faulty when {@code level} is off
   * the framework's scale, which the engine rejects.
   */
  public static ScoringRuleProvider fixedLevel(String id, int level) {
    return new FixedLevel(id, level);
  }

  /**
   * A missing-data rule that gives {@code treatment} whatever the counts; faulty when {@code
   * treatment} is {@code null}, which the engine rejects.
   */
  public static ScoringRuleProvider fixedTreatment(String id, MissingDataTreatment treatment) {
    return new FixedTreatment(id, treatment);
  }

  /**
   * Faulty: an aggregation provider whose {@code create} throws an {@link IllegalStateException}
   * with the message {@code "rule '<id>' cannot be created (TestRules.throwingOnCreate)"}.
   */
  public static ScoringRuleProvider throwingOnCreate(String id) {
    return new ThrowingOnCreate(id);
  }

  /**
   * Faulty: an aggregation rule that throws an {@link IllegalStateException} with the message
   * {@code "rule '<id>' failed (TestRules.throwingRule)"} whenever it aggregates.
   */
  public static ScoringRuleProvider throwingRule(String id) {
    return new ThrowingRule(id);
  }

  /** Faulty: an aggregation rule that returns {@code null} instead of a score. */
  public static ScoringRuleProvider returningNull(String id) {
    return new ReturningNull(id);
  }

  /** Faulty: a provider whose {@code create} returns {@code null} instead of a rule. */
  public static ScoringRuleProvider creatingNull(String id) {
    return new CreatingNull(id);
  }

  /**
   * Faulty: a provider of the wrong role: it says it makes aggregation rules but makes a banding
   * rule (the floor of the score).
   */
  public static ScoringRuleProvider wrongRole(String id) {
    return new WrongRole(id);
  }

  /** A stub: an id, a role and what it makes. */
  private abstract static class Stub implements ScoringRuleProvider {
    final String id;
    private final RuleRole role;

    Stub(String id, RuleRole role) {
      this.id = requireNonNull(id, "id");
      this.role = role;
    }

    @Override
    public final String id() {
      return id;
    }

    @Override
    public final RuleRole role() {
      return role;
    }

    @Override
    public String description() {
      return "A test stub: " + this;
    }

    @Override
    public String toString() {
      String kind = getClass().getSimpleName();
      String factory = Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
      return "TestRules." + factory + "('" + id + "')";
    }
  }

  private static final class Fixed extends Stub {
    private final Rational value;

    Fixed(String id, Rational value) {
      super(id, RuleRole.AGGREGATION);
      this.value = value;
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return (AggregationRule) in -> value;
    }

    @Override
    public String toString() {
      return "TestRules.fixed('" + id + "', " + value + ")";
    }
  }

  private static final class Max extends Stub {
    Max(String id) {
      super(id, RuleRole.AGGREGATION);
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return (AggregationRule) in -> {
        Rational m = in.value(0);
        for (int i = 1; i < in.size(); i++) {
          m = m.max(in.value(i));
        }
        return m;
      };
    }
  }

  private static final class FixedLevel extends Stub {
    private final int level;

    FixedLevel(String id, int level) {
      super(id, RuleRole.BANDING);
      this.level = level;
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return (BandingRule) (score, min, max) -> level;
    }

    @Override
    public String toString() {
      return "TestRules.fixedLevel('" + id + "', " + level + ")";
    }
  }

  private static final class FixedTreatment extends Stub {
    private final MissingDataTreatment treatment;

    FixedTreatment(String id, MissingDataTreatment treatment) {
      super(id, RuleRole.MISSING_DATA);
      this.treatment = treatment;
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return (MissingDataRule) (rated, absent) -> treatment;
    }

    @Override
    public String toString() {
      return "TestRules.fixedTreatment('" + id + "', " + treatment + ")";
    }
  }

  private static final class ThrowingOnCreate extends Stub {
    ThrowingOnCreate(String id) {
      super(id, RuleRole.AGGREGATION);
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      throw new IllegalStateException(
          "rule '" + id + "' cannot be created (TestRules.throwingOnCreate)");
    }
  }

  private static final class ThrowingRule extends Stub {
    ThrowingRule(String id) {
      super(id, RuleRole.AGGREGATION);
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return (AggregationRule) in -> {
        throw new IllegalStateException("rule '" + id + "' failed (TestRules.throwingRule)");
      };
    }
  }

  private static final class ReturningNull extends Stub {
    ReturningNull(String id) {
      super(id, RuleRole.AGGREGATION);
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return (AggregationRule) in -> null;
    }
  }

  private static final class CreatingNull extends Stub {
    CreatingNull(String id) {
      super(id, RuleRole.AGGREGATION);
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return null;
    }
  }

  private static final class WrongRole extends Stub {
    WrongRole(String id) {
      super(id, RuleRole.AGGREGATION);
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return (BandingRule) (score, min, max) -> Math.max(min, Math.min(max, score.floorInt()));
    }
  }
}
