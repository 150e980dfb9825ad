package org.alignkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.spi.AggregationInputs;
import org.alignkit.scoring.spi.AggregationRule;
import org.alignkit.scoring.spi.BandingRule;
import org.alignkit.scoring.spi.MissingDataRule;
import org.alignkit.scoring.spi.MissingDataTreatment;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRule;
import org.alignkit.scoring.spi.ScoringRuleProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * {@link ScoringRuleContract} catches faulty rules: each nested contract below tests a rule broken
 * in one way, run through the JUnit Platform launcher, and exactly the properties about that fault
 * fail; the others pass or are skipped with their reason. (The nested classes are not run by the
 * build itself: Surefire leaves nested classes alone and jqwik runs only {@code @Group} ones.)
 */
class ScoringRuleContractTest {
  /** The inner runs' own jqwik database, so that their failures are not remembered by the build's. */
  private static Path directory;

  private static Path database;

  @BeforeAll
  static void createDatabaseDirectory() throws IOException {
    directory = Files.createTempDirectory("contract-test");
    database = directory.resolve("jqwik-database");
  }

  @AfterAll
  static void deleteDatabase() throws IOException {
    Files.deleteIfExists(database);
    Files.deleteIfExists(directory);
  }

  // --- Faulty rules, each broken in one way ------------------------------------------------------

  /** A provider of the given role that makes rules with {@code rules}. */
  static ScoringRuleProvider stub(String id, RuleRole role, Supplier<ScoringRule> rules) {
    return new ScoringRuleProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public RuleRole role() {
        return role;
      }

      @Override
      public ScoringRule create(RuleSettings settings) {
        return rules.get();
      }
    };
  }

  static ScoringRuleProvider aggregation(String id, AggregationRule rule) {
    return stub(id, RuleRole.AGGREGATION, () -> rule);
  }

  static ScoringRuleProvider banding(String id, BandingRule rule) {
    return stub(id, RuleRole.BANDING, () -> rule);
  }

  static ScoringRuleProvider missingData(String id, MissingDataRule rule) {
    return stub(id, RuleRole.MISSING_DATA, () -> rule);
  }

  static Rational min(AggregationInputs in) {
    return in.values().stream().reduce(Rational::min).orElseThrow();
  }

  static Rational max(AggregationInputs in) {
    return in.values().stream().reduce(Rational::max).orElseThrow();
  }

  /** Well behaved: the maximum. */
  static class WellBehaved implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return TestRules.max("test-max");
    }
  }

  /** Off the scale: always 6 on 1..5. */
  static class OffTheScale implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return TestRules.fixed("off-the-scale", Rational.of(6));
    }

    @Override
    public boolean isUnanimous() {
      return false;
    }

    @Override
    public boolean isUnanimousOnFractions() {
      return false;
    }
  }

  /** Not unanimous: always 1. */
  static class AlwaysOne implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return TestRules.fixed("always-one", Rational.ONE);
    }
  }

  /** Unanimous on levels only: the floor of the mean. */
  static class FloorOfMean implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return aggregation("floor-of-mean", in -> Rational.of(in.mean().floorInt()));
    }
  }

  /** Not monotone: the mean mirrored on the scale, min + max - mean. */
  static class MirroredMean implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return aggregation(
          "mirrored-mean", in -> Rational.of(in.scaleMin() + in.scaleMax()).subtract(in.mean()));
    }

    @Override
    public boolean isUnanimous() {
      return false;
    }

    @Override
    public boolean isUnanimousOnFractions() {
      return false;
    }
  }

  /** Not order blind: the first input. */
  static class FirstInput implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return aggregation("first-input", in -> in.value(0));
    }
  }

  /** Null scores. */
  static class NullScore implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return TestRules.returningNull("null-score");
    }
  }

  /** Not deterministic: each rule gives the lowest input, then the highest, then the lowest... */
  static class Alternating implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return stub("alternating", RuleRole.AGGREGATION, () -> {
        AtomicInteger calls = new AtomicInteger();
        return (AggregationRule) in -> calls.getAndIncrement() % 2 == 0 ? min(in) : max(in);
      });
    }
  }

  /** The wrong role: says aggregation, makes a banding rule. */
  static class WrongRole implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return TestRules.wrongRole("wrong-role");
    }
  }

  /** A banding off the scale: always level 0. */
  static class LevelZero implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return TestRules.fixedLevel("level-zero", 0);
    }

    @Override
    public boolean isUnanimous() {
      return false;
    }
  }

  /** A banding one level low at whole levels: floor(score - 1/2). */
  static class HalfLevelLow implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return banding(
          "half-level-low",
          (score, min, max) ->
              Math.max(min, Math.min(max, score.subtract(Rational.HALF).floorInt())));
    }
  }

  /** A banding upside down: min + max - floor(score). */
  static class UpsideDownBanding implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return banding("upside-down", (score, min, max) -> min + max - score.floorInt());
    }

    @Override
    public boolean isUnanimous() {
      return false;
    }
  }

  /** A missing-data rule that returns null. */
  static class NullTreatment implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return TestRules.fixedTreatment("null-treatment", null);
    }
  }

  /** A missing-data rule upside down: scores a node only when most of its inputs are absent. */
  static class UpsideDownCoverage implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return missingData(
          "upside-down-coverage",
          (rated, absent) -> absent > rated
              ? MissingDataTreatment.EXCLUDE
              : MissingDataTreatment.INSUFFICIENT_COVERAGE);
    }
  }

  // --- Running them ------------------------------------------------------------------------------

  /** The outcome of each of the contract's properties: "successful", "failed" or "skipped: why". */
  static Map<String, String> run(Class<?> contract) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(contract))
        .filters(EngineFilter.includeEngines("jqwik"))
        .configurationParameter("jqwik.database", database.toString())
        .configurationParameter("jqwik.failures.runfirst", "false")
        .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED")
        .configurationParameter("jqwik.reporting.usejunitplatform", "true")
        .configurationParameter("jqwik.shrinking.default", "OFF")
        .configurationParameter("jqwik.tries.default", "200")
        .build();
    Map<String, String> outcomes = new TreeMap<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, new TestExecutionListener() {
      @Override
      public void executionSkipped(TestIdentifier id, String reason) {
        name(id).ifPresent(n -> outcomes.put(n, "skipped: " + reason));
      }

      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        name(id)
            .ifPresent(n -> outcomes.put(n, result.getStatus().name().toLowerCase(Locale.ROOT)));
      }

      Optional<String> name(TestIdentifier id) {
        return id.getSource()
            .filter(MethodSource.class::isInstance)
            .map(s -> ((MethodSource) s).getMethodName());
      }
    });
    return outcomes;
  }

  static Set<String> failed(Map<String, String> outcomes) {
    return outcomes.entrySet().stream()
        .filter(e -> !e.getValue().equals("successful") && !e.getValue().startsWith("skipped"))
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static final Set<String> AGGREGATION_PROPERTIES = Set.of(
      "aggregationIsNeverNull",
      "aggregationIsDeterministic",
      "aggregationStaysOnTheScale",
      "equalLevelsAggregateToThatLevel",
      "equalValuesAggregateToThatValue",
      "raisingAnInputNeverLowersTheAggregate",
      "theOrderOfInputsDoesNotMatter");

  @Test
  void everyPropertyOfTheContractSaysWhenItApplies() {
    Set<String> declared = Arrays.stream(ScoringRuleContract.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Property.class) || m.isAnnotationPresent(Example.class))
        .map(Method::getName)
        .collect(Collectors.toSet());
    assertThat(declared).hasSize(16);
    assertThat(ScoringRuleContract.Applicability.properties()).isEqualTo(declared);
  }

  @Test
  void aWellBehavedRuleFailsNothingAndSkipsWhatIsNotItsRole() {
    Map<String, String> outcomes = run(WellBehaved.class);
    assertThat(outcomes).hasSize(16);
    assertThat(failed(outcomes)).isEmpty();
    assertThat(outcomes.get("theOrderOfInputsDoesNotMatter")).isEqualTo("successful");
    assertThat(outcomes.get("levelsBandToThemselves"))
        .isEqualTo("skipped: concerns banding rules; 'test-max' is an aggregation rule");
  }

  @Test
  void aRuleOffTheScaleFailsTheBoundsOnly() {
    Map<String, String> outcomes = run(OffTheScale.class);
    assertThat(failed(outcomes)).containsExactly("aggregationStaysOnTheScale");
    assertThat(outcomes.get("equalLevelsAggregateToThatLevel"))
        .isEqualTo("skipped: switched off: OffTheScale.isUnanimous() is false");
  }

  @Test
  void aConstantRuleFailsUnanimity() {
    assertThat(failed(run(AlwaysOne.class)))
        .containsExactly("equalLevelsAggregateToThatLevel", "equalValuesAggregateToThatValue");
  }

  @Test
  void aRuleThatGivesLevelsFailsUnanimityOnFractionsOnly() {
    assertThat(failed(run(FloorOfMean.class))).containsExactly("equalValuesAggregateToThatValue");
  }

  @Test
  void aMirroredRuleFailsMonotonicityOnly() {
    assertThat(failed(run(MirroredMean.class)))
        .containsExactly("raisingAnInputNeverLowersTheAggregate");
  }

  @Test
  void aRuleThatReadsTheFirstInputFailsPermutationInvarianceOnly() {
    assertThat(failed(run(FirstInput.class))).containsExactly("theOrderOfInputsDoesNotMatter");
  }

  @Test
  void aRuleReturningNullFailsEveryPropertyThatReadsTheScore() {
    // Determinism alone holds: null, null and null again.
    Set<String> expected = new TreeSet<>(AGGREGATION_PROPERTIES);
    expected.remove("aggregationIsDeterministic");
    assertThat(failed(run(NullScore.class))).isEqualTo(expected);
  }

  @Test
  void aStatefulRuleFailsDeterminismOnly() {
    assertThat(failed(run(Alternating.class))).containsExactly("aggregationIsDeterministic");
  }

  @Test
  void aProviderOfTheWrongRoleFailsItsRoleAndEveryAggregationProperty() {
    Set<String> expected = new TreeSet<>(AGGREGATION_PROPERTIES);
    expected.add("providerMakesARuleOfItsRole");
    assertThat(failed(run(WrongRole.class))).isEqualTo(expected);
  }

  @Test
  void aBandingOffTheScaleFailsTheBoundsOnly() {
    assertThat(failed(run(LevelZero.class))).containsExactly("bandingStaysOnTheScale");
  }

  @Test
  void aBandingThatMissesTheLevelsFailsUnanimityOnly() {
    assertThat(failed(run(HalfLevelLow.class))).containsExactly("levelsBandToThemselves");
  }

  @Test
  void anUpsideDownBandingFailsMonotonicityOnly() {
    assertThat(failed(run(UpsideDownBanding.class))).containsExactly("higherScoresNeverBandLower");
  }

  @Test
  void aNullTreatmentFailsTheNullCheckAndMonotonicity() {
    assertThat(failed(run(NullTreatment.class)))
        .containsExactly(
            "missingDataTreatmentIsNeverNull", "moreAbsentInputsAreNeverTreatedMoreLeniently");
  }

  @Test
  void anUpsideDownCoverageRuleFailsMonotonicityOnly() {
    Map<String, String> outcomes = run(UpsideDownCoverage.class);
    assertThat(failed(outcomes)).containsExactly("moreAbsentInputsAreNeverTreatedMoreLeniently");
    assertThat(outcomes.get("theOrderOfInputsDoesNotMatter"))
        .isEqualTo(
            "skipped: concerns aggregation rules; 'upside-down-coverage' is a missing-data rule");
  }
}
