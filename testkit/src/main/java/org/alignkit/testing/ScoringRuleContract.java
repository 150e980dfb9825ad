package org.alignkit.testing;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.spi.AggregationInputs;
import org.alignkit.scoring.spi.AggregationRule;
import org.alignkit.scoring.spi.BandingRule;
import org.alignkit.scoring.spi.MissingDataRule;
import org.alignkit.scoring.spi.MissingDataTreatment;
import org.alignkit.scoring.spi.ParameterSpec;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRule;
import org.alignkit.scoring.spi.ScoringRuleProvider;
import org.apiguardian.api.API;

/**
 * The contract every scoring rule should keep, as jqwik properties: implement this interface in a
 * test class, return your provider from {@link #provider()}, and jqwik checks your rule against
 * generated inputs on the scale.
 *
 * <pre>{@code
 * class TrimmedMeanProviderTest implements ScoringRuleContract<TrimmedMeanProvider> {
 *   @Override
 *   public TrimmedMeanProvider provider() {
 *     return new TrimmedMeanProvider();
 *   }
 *
 *   @Override
 *   public Map<String, Object> parameters() {
 *     return Map.of("trim", 1);
 *   }
 * }
 * }</pre>
 *
 * <p>What is checked depends on the provider's {@link ScoringRuleProvider#role() role}:
 *
 * <ul>
 *   <li>every provider: it describes itself (id, role, description, parameters) and makes a rule of
 *       its role's type from the {@link #settings() settings};
 *   <li>{@link AggregationRule}: the score is never null and the same for the same inputs; and,
 *       unless switched off, it lies on the scale ({@link #isBounded()}), inputs that are all one
 *       level give that level ({@link #isUnanimous()}), inputs that are all one value between
 *       levels give that value ({@link #isUnanimousOnFractions()}), raising one input never lowers
 *       the score ({@link #isMonotone()}) and reordering the inputs does not change it ({@link
 *       #isPermutationInvariant()});
 *   <li>{@link BandingRule}: the level is the same for the same score; and, unless switched off, it
 *       lies on the scale ({@link #isBounded()}), a whole-level score bands to that level ({@link
 *       #isUnanimous()}) and a higher score never bands to a lower level ({@link #isMonotone()});
 *   <li>{@link MissingDataRule}: the treatment is never null and the same for the same counts; and,
 *       unless switched off, fewer rated or more absent inputs never get a more lenient treatment
 *       ({@link #isMonotone()}; leniency is explained there).
 * </ul>
 *
 * <p>Properties that do not concern the provider's role, and invariants switched off, are reported
 * as skipped, with the reason, rather than passed: a test report never claims what was not checked.
 * Switch an invariant off only when it does not hold for your rule by design, and say why in a
 * comment.
 *
 * <p>Aggregation inputs are generated on the scale {@link #scaleMin()}..{@link #scaleMax()}: each
 * value a level or the exact mean of two to four levels (as a child node's score is), each weight
 * positive, {@link #minInputs()} to {@link #maxInputs()} inputs with ids {@code I1}, {@code I2},
 * .... Banding scores are any exact number on the scale, with many denominators (halves, tenths,
 * twentieths, hundredths) so that rounding boundaries are hit. Override the {@code @Provide}
 * methods to generate other inputs. The number of tries is jqwik's default; change it with {@code
 * @PropertyDefaults} on the implementing class.
 *
 * @param <P> the provider under test
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@AddLifecycleHook(
    value = ScoringRuleContract.Applicability.class,
    propagateTo = PropagationMode.ALL_DESCENDANTS)
public interface ScoringRuleContract<P extends ScoringRuleProvider> {

  // ---------------------------------------------------------------------------------------------
  // What the implementer supplies

  /**
   * The provider under test. Called for every try; return a new provider or a shared one, as the
   * engine may do either.
   */
  P provider();

  /**
   * The parameters given to the rule, as a rule-set file would give them (plain data: strings,
   * numbers, booleans, lists, maps); none by default, so the provider's defaults apply.
   */
  default Map<String, Object> parameters() {
    return Map.of();
  }

  /** The lowest level of the scale the rule is tested on; 1 by default. */
  default int scaleMin() {
    return 1;
  }

  /** The highest level of the scale the rule is tested on; 5 by default. */
  default int scaleMax() {
    return 5;
  }

  /**
   * The fewest inputs an aggregation gets; 1 by default. Raise it for a rule that needs several
   * inputs (e.g. {@code k-of-n} with a fixed {@code n}).
   */
  default int minInputs() {
    return 1;
  }

  /**
   * The most inputs an aggregation gets; 6 by default. Lower it for a rule defined only up to some
   * number of inputs (e.g. a lookup table with rows for up to 4 inputs).
   */
  default int maxInputs() {
    return 6;
  }

  /**
   * Whether aggregation inputs are whole levels only; false by default, so inputs are also exact
   * means of levels, as child nodes' scores are. True for a rule that only ever sees indicators'
   * levels (e.g. a lookup table keyed by levels).
   */
  default boolean levelInputsOnly() {
    return false;
  }

  /**
   * The settings the rule is created from: {@link #parameters()} checked against the provider's
   * declared parameters, on the scale {@link #scaleMin()}..{@link #scaleMax()}, as the engine makes
   * them.
   *
   * @throws org.alignkit.scoring.spi.RuleParameterException if a parameter is unknown or a required
   *     one is missing
   */
  default RuleSettings settings() {
    P p = provider();
    String context = "contract test of rule '" + p.id() + "'";
    return RuleSettings.of(p.id(), context, parameters(), p.parameters(), scaleMin(), scaleMax());
  }

  // ---------------------------------------------------------------------------------------------
  // Invariants that a rule can switch off

  /**
   * Whether results lie on the scale: an aggregation of inputs on the scale gives a score in
   * {@code [scaleMin, scaleMax]}, a banding gives a level in it. True by default. Switch it off for
   * an aggregation that is given scores off the scale on purpose (e.g. {@code k-of-n} with {@code
   * met: 10}); a banding off the scale is always a bug, which the engine rejects.
   */
  default boolean isBounded() {
    return true;
  }

  /**
   * Whether agreement is kept: inputs that are all the same level {@code v} aggregate to exactly
   * {@code v}; a score that is exactly the level {@code v} bands to {@code v}. True by default.
   * False for an aggregation that is a test rather than an average (e.g. {@code k-of-n}), or a
   * banding whose thresholds are not at the levels.
   */
  default boolean isUnanimous() {
    return true;
  }

  /**
   * Whether agreement is kept between levels too: inputs that are all the same value {@code v} (a
   * level or an exact mean of levels, such as 5/2) aggregate to exactly {@code v}. True by default;
   * not checked for banding rules. False for an aggregation whose result is always a level (e.g.
   * {@code staged}).
   */
  default boolean isUnanimousOnFractions() {
    return true;
  }

  /**
   * Whether the rule is monotone. True by default.
   *
   * <ul>
   *   <li>Aggregation: raising one input (the others unchanged) never lowers the score.
   *   <li>Banding: a higher score never bands to a lower level.
   *   <li>Missing data: fewer rated inputs or more absent inputs never give a more lenient
   *       treatment, leniency being, from most to least lenient: {@link
   *       MissingDataTreatment#EXCLUDE} (absent inputs cost nothing), {@link
   *       MissingDataTreatment#COUNT_AS_LOWEST} (a score, lowered), {@link
   *       MissingDataTreatment#INSUFFICIENT_COVERAGE} (no score), {@link
   *       MissingDataTreatment#FAIL} (an error). A rule that ignores the counts keeps this
   *       trivially.
   * </ul>
   */
  default boolean isMonotone() {
    return true;
  }

  /**
   * Whether an aggregation ignores the order of its inputs: shuffling them, each with its id and
   * weight, gives the same score. True by default; not checked for banding and missing-data rules.
   * False for a rule that reads its inputs as a sequence (e.g. {@code lookup-table} with {@code
   * ordered: true}).
   */
  default boolean isPermutationInvariant() {
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Generated values

  /** The levels of the scale, {@link #scaleMin()}..{@link #scaleMax()}. */
  @Provide
  default Arbitrary<Integer> levels() {
    return Arbitraries.integers().between(scaleMin(), scaleMax());
  }

  /**
   * The values of aggregation inputs: levels, or (unless {@link #levelInputsOnly()}) exact means of
   * two to four levels, such as 7/3.
   */
  @Provide
  default Arbitrary<Rational> inputValues() {
    Arbitrary<Rational> levels = levels().map(Rational::of);
    if (levelInputsOnly()) {
      return levels;
    }
    Arbitrary<Rational> means = levels.list().ofMinSize(2).ofMaxSize(4).map(Rational::mean);
    return Arbitraries.frequencyOf(Tuple.of(3, levels), Tuple.of(2, means));
  }

  /** The weights of aggregation inputs: positive, mostly 1, else whole numbers or fractions. */
  @Provide
  default Arbitrary<Rational> inputWeights() {
    Arbitrary<Integer> numerators = Arbitraries.integers().between(1, 10);
    Arbitrary<Integer> denominators = Arbitraries.integers().between(1, 4);
    Arbitrary<Rational> others =
        Combinators.combine(numerators, denominators).as((n, d) -> Rational.of(n, d));
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(Rational.ONE)), Tuple.of(3, others));
  }

  /**
   * Aggregation inputs: {@link #minInputs()} to {@link #maxInputs()} inputs {@code I1, I2, ...}
   * with values from {@link #inputValues()} and weights from {@link #inputWeights()}.
   */
  @Provide
  default Arbitrary<AggregationInputs> aggregationInputs() {
    int min = scaleMin();
    int max = scaleMax();
    return Arbitraries.integers()
        .between(minInputs(), maxInputs())
        .flatMap(n -> Combinators.combine(
                inputValues().list().ofSize(n), inputWeights().list().ofSize(n))
            .as((v, w) -> (AggregationInputs) ContractInputs.of(v, w, min, max)));
  }

  /**
   * Scores to band: any exact number on the scale, with denominators 1, 2, 4, 10, 20 and 100 often
   * (where rounding rules have their boundaries) and any up to 1000 otherwise.
   */
  @Provide
  default Arbitrary<Rational> scores() {
    long min = scaleMin();
    long max = scaleMax();
    Arbitrary<Integer> denominators = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(1, 2, 4, 10, 20, 100)),
        Tuple.of(1, Arbitraries.integers().between(1, 1000)));
    return denominators.flatMap(
        d -> Arbitraries.longs().between(min * d, max * d).map(n -> Rational.of(n, d)));
  }

  /** The number of rated inputs a missing-data rule is asked about: 0 to 40. */
  @Provide
  default Arbitrary<Integer> ratedCounts() {
    return Arbitraries.integers().between(0, 40);
  }

  /** The number of absent inputs a missing-data rule is asked about: 1 to 40. */
  @Provide
  default Arbitrary<Integer> absentCounts() {
    return Arbitraries.integers().between(1, 40);
  }

  // ---------------------------------------------------------------------------------------------
  // Every provider

  /** The provider has a non-blank id, a role, a description and well-formed parameters. */
  @Example
  default void providerDescribesItself() {
    P p = provider();
    check(p != null, () -> "provider() returned null");
    String id = p.id();
    check(id != null && !id.isBlank(), () -> p.getClass().getName() + ".id() is null or blank");
    check(p.role() != null, () -> "rule '" + id + "' has no role");
    check(p.description() != null, () -> "rule '" + id + "' has a null description");
    List<ParameterSpec> specs = p.parameters();
    check(specs != null, () -> "rule '" + id + "' lists null parameters");
    Set<String> names = new HashSet<>();
    for (ParameterSpec s : specs) {
      check(s != null, () -> "rule '" + id + "' lists a null parameter");
      check(
          names.add(s.name()), () -> "rule '" + id + "' lists parameter '" + s.name() + "' twice");
    }
  }

  /** The provider makes a rule, not null, of the type its role names, from {@link #settings()}. */
  @Example
  default void providerMakesARuleOfItsRole() {
    P p = provider();
    ScoringRule rule = p.create(settings());
    check(rule != null, () -> "rule '" + p.id() + "': create(" + settings() + ") returned null");
    check(
        p.role().ruleType().isInstance(rule),
        () -> "rule '" + p.id() + "' is a " + p.role().id() + " rule but made a "
            + rule.getClass().getName() + ", not a " + p.role().ruleType().getSimpleName());
  }

  // ---------------------------------------------------------------------------------------------
  // Aggregation rules

  /** An aggregation gives a score, never null, and intermediates without nulls. */
  @Property
  default void aggregationIsNeverNull(@ForAll("aggregationInputs") AggregationInputs in) {
    AggregationRule rule = newRule(AggregationRule.class);
    check(rule.aggregate(in) != null, () -> ruleId() + " aggregated " + in + " to null");
    Map<String, Rational> m = rule.intermediates(in);
    check(m != null, () -> ruleId() + " gave null intermediates for " + in);
    m.forEach((k, v) -> check(
        k != null && v != null,
        () -> ruleId() + " gave intermediate " + k + " = " + v + " for " + in));
  }

  /**
   * An aggregation gives the same score for the same inputs: twice from one rule, and from a second
   * rule made from the same settings.
   */
  @Property
  default void aggregationIsDeterministic(@ForAll("aggregationInputs") AggregationInputs in) {
    AggregationRule rule = newRule(AggregationRule.class);
    Rational first = rule.aggregate(in);
    Rational again = rule.aggregate(in);
    Rational other = newRule(AggregationRule.class).aggregate(in);
    check(
        Objects.equals(first, again) && Objects.equals(first, other),
        () -> ruleId() + " aggregated " + in + " to " + first + ", then " + again
            + ", and a second rule to " + other);
  }

  /** An aggregation of inputs on the scale lies on the scale ({@link #isBounded()}). */
  @Property
  default void aggregationStaysOnTheScale(@ForAll("aggregationInputs") AggregationInputs in) {
    Rational score = aggregate(in);
    check(
        score.compareTo(Rational.of(scaleMin())) >= 0
            && score.compareTo(Rational.of(scaleMax())) <= 0,
        () -> ruleId() + " aggregated " + in + " to " + score + ", off the scale " + scale());
  }

  /** Inputs that are all the same level aggregate to that level ({@link #isUnanimous()}). */
  @Property
  default void equalLevelsAggregateToThatLevel(
      @ForAll("aggregationInputs") AggregationInputs in, @ForAll("levels") int level) {
    checkUnanimous(in, Rational.of(level));
  }

  /**
   * Inputs that are all the same value, between levels or not, aggregate to that value ({@link
   * #isUnanimousOnFractions()}).
   */
  @Property
  default void equalValuesAggregateToThatValue(
      @ForAll("aggregationInputs") AggregationInputs in, @ForAll("inputValues") Rational value) {
    checkUnanimous(in, value);
  }

  /**
   * Raising one input, the others unchanged, never lowers the score ({@link #isMonotone()}): input
   * {@code which} is set to the lower and then to the higher of {@code a} and {@code b}.
   */
  @Property
  default void raisingAnInputNeverLowersTheAggregate(
      @ForAll("aggregationInputs") AggregationInputs in,
      @ForAll @IntRange(min = 0, max = 63) int which,
      @ForAll("inputValues") Rational a,
      @ForAll("inputValues") Rational b) {
    ContractInputs c = ContractInputs.copyOf(in);
    int i = which % c.size();
    ContractInputs low = c.withValue(i, a.min(b));
    ContractInputs high = c.withValue(i, a.max(b));
    Rational lowScore = aggregate(low);
    Rational highScore = aggregate(high);
    check(
        lowScore.compareTo(highScore) <= 0,
        () -> ruleId() + " aggregated " + low + " to " + lowScore + " but, with " + c.id(i)
            + " raised, " + high + " to the lower " + highScore);
  }

  /**
   * Shuffling the inputs, each keeping its id and weight, does not change the score ({@link
   * #isPermutationInvariant()}).
   */
  @Property
  default void theOrderOfInputsDoesNotMatter(
      @ForAll("aggregationInputs") AggregationInputs in, @ForAll Random random) {
    ContractInputs c = ContractInputs.copyOf(in);
    ContractInputs shuffled = c.shuffled(random);
    Rational before = aggregate(c);
    Rational after = aggregate(shuffled);
    check(
        before.compareTo(after) == 0,
        () ->
            ruleId() + " aggregated " + c + " to " + before + " but " + shuffled + " to " + after);
  }

  // ---------------------------------------------------------------------------------------------
  // Banding rules

  /** A banding gives the same level for the same score, from one rule and from a second one. */
  @Property
  default void bandingIsDeterministic(@ForAll("scores") Rational score) {
    BandingRule rule = newRule(BandingRule.class);
    int first = rule.level(score, scaleMin(), scaleMax());
    int again = rule.level(score, scaleMin(), scaleMax());
    int other = newRule(BandingRule.class).level(score, scaleMin(), scaleMax());
    check(
        first == again && first == other,
        () -> ruleId() + " banded " + score + " to " + first + ", then " + again
            + ", and a second rule to " + other);
  }

  /** A score on the scale bands to a level on the scale ({@link #isBounded()}). */
  @Property
  default void bandingStaysOnTheScale(@ForAll("scores") Rational score) {
    int level = band(score);
    check(
        level >= scaleMin() && level <= scaleMax(),
        () -> ruleId() + " banded " + score + " to level " + level + ", off the scale " + scale());
  }

  /** A score that is exactly a level bands to that level ({@link #isUnanimous()}). */
  @Property
  default void levelsBandToThemselves(@ForAll("levels") int level) {
    int banded = band(Rational.of(level));
    check(banded == level, () -> ruleId() + " banded the score " + level + " to level " + banded);
  }

  /** A higher score never bands to a lower level ({@link #isMonotone()}). */
  @Property
  default void higherScoresNeverBandLower(
      @ForAll("scores") Rational a, @ForAll("scores") Rational b) {
    Rational low = a.min(b);
    Rational high = a.max(b);
    int lowLevel = band(low);
    int highLevel = band(high);
    check(
        lowLevel <= highLevel,
        () -> ruleId() + " banded " + low + " to level " + lowLevel + " but the higher " + high
            + " to level " + highLevel);
  }

  // ---------------------------------------------------------------------------------------------
  // Missing-data rules

  /** A missing-data rule gives a treatment, never null. */
  @Property
  default void missingDataTreatmentIsNeverNull(
      @ForAll("ratedCounts") int rated, @ForAll("absentCounts") int absent) {
    MissingDataTreatment t = newRule(MissingDataRule.class).treat(rated, absent);
    check(t != null, () -> ruleId() + " treated " + counts(rated, absent) + " as null");
  }

  /** A missing-data rule gives the same treatment for the same counts, from two rules too. */
  @Property
  default void missingDataIsDeterministic(
      @ForAll("ratedCounts") int rated, @ForAll("absentCounts") int absent) {
    MissingDataRule rule = newRule(MissingDataRule.class);
    MissingDataTreatment first = rule.treat(rated, absent);
    MissingDataTreatment again = rule.treat(rated, absent);
    MissingDataTreatment other = newRule(MissingDataRule.class).treat(rated, absent);
    check(
        first == again && first == other,
        () -> ruleId() + " treated " + counts(rated, absent) + " as " + first + ", then " + again
            + ", and a second rule as " + other);
  }

  /**
   * Fewer rated inputs or more absent ones never give a more lenient treatment ({@link
   * #isMonotone()}).
   */
  @Property
  default void moreAbsentInputsAreNeverTreatedMoreLeniently(
      @ForAll("ratedCounts") int rated,
      @ForAll("absentCounts") int absent,
      @ForAll @IntRange(min = 0, max = 20) int fewerRated,
      @ForAll @IntRange(min = 0, max = 20) int moreAbsent) {
    int rated2 = Math.max(0, rated - fewerRated);
    int absent2 = absent + moreAbsent;
    MissingDataTreatment before = treat(rated, absent);
    MissingDataTreatment after = treat(rated2, absent2);
    check(
        leniency(after) <= leniency(before),
        () -> ruleId() + " treated " + counts(rated, absent) + " as " + before + " but the worse "
            + counts(rated2, absent2) + " as the more lenient " + after);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private String ruleId() {
    return "rule '" + provider().id() + "'" + (parameters().isEmpty() ? "" : " " + parameters());
  }

  private <R extends ScoringRule> R newRule(Class<R> type) {
    P p = provider();
    ScoringRule rule = p.create(settings());
    check(
        type.isInstance(rule),
        () -> "rule '" + p.id() + "' made "
            + (rule == null ? "null" : rule.getClass().getName()) + ", not a "
            + type.getSimpleName());
    return type.cast(rule);
  }

  private Rational aggregate(AggregationInputs in) {
    Rational score = newRule(AggregationRule.class).aggregate(in);
    check(score != null, () -> ruleId() + " aggregated " + in + " to null");
    return score;
  }

  private int band(Rational score) {
    return newRule(BandingRule.class).level(score, scaleMin(), scaleMax());
  }

  private MissingDataTreatment treat(int rated, int absent) {
    MissingDataTreatment t = newRule(MissingDataRule.class).treat(rated, absent);
    check(t != null, () -> ruleId() + " treated " + counts(rated, absent) + " as null");
    return t;
  }

  private void checkUnanimous(AggregationInputs in, Rational value) {
    ContractInputs all = ContractInputs.copyOf(in).withAllValues(value);
    Rational score = aggregate(all);
    check(
        score.compareTo(value) == 0,
        () -> ruleId() + " aggregated " + all + " to " + score + ", not " + value);
  }

  private String scale() {
    return scaleMin() + ".." + scaleMax();
  }

  private static String counts(int rated, int absent) {
    return rated + " rated and " + absent + " absent inputs";
  }

  /** Leniency, higher is more lenient; see {@link #isMonotone()}. */
  private static int leniency(MissingDataTreatment t) {
    switch (t) {
      case EXCLUDE:
        return 3;
      case COUNT_AS_LOWEST:
        return 2;
      case INSUFFICIENT_COVERAGE:
        return 1;
      case FAIL:
        return 0;
      default:
        throw new IllegalArgumentException("unknown treatment " + t);
    }
  }

  private static void check(boolean ok, Supplier<String> message) {
    if (!ok) {
      throw new AssertionError(message.get());
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Skips the contract's properties that do not concern the provider's role, and those whose
   * invariant the implementer switched off, giving the reason. Registered by the contract itself;
   * not for direct use.
   */
  @API(status = API.Status.INTERNAL, since = "0.1")
  final class Applicability implements SkipExecutionHook {
    /** The role a property concerns (null: every role), and the switch that turns it off. */
    private record Applies(
        RuleRole role, String switchName, Predicate<ScoringRuleContract<?>> on) {}

    private static final Map<String, Applies> PROPERTIES = Map.ofEntries(
        Map.entry("providerDescribesItself", always(null)),
        Map.entry("providerMakesARuleOfItsRole", always(null)),
        Map.entry("aggregationIsNeverNull", always(RuleRole.AGGREGATION)),
        Map.entry("aggregationIsDeterministic", always(RuleRole.AGGREGATION)),
        Map.entry(
            "aggregationStaysOnTheScale",
            new Applies(RuleRole.AGGREGATION, "isBounded", ScoringRuleContract::isBounded)),
        Map.entry(
            "equalLevelsAggregateToThatLevel",
            new Applies(RuleRole.AGGREGATION, "isUnanimous", ScoringRuleContract::isUnanimous)),
        Map.entry(
            "equalValuesAggregateToThatValue",
            new Applies(
                RuleRole.AGGREGATION,
                "isUnanimousOnFractions",
                ScoringRuleContract::isUnanimousOnFractions)),
        Map.entry(
            "raisingAnInputNeverLowersTheAggregate",
            new Applies(RuleRole.AGGREGATION, "isMonotone", ScoringRuleContract::isMonotone)),
        Map.entry(
            "theOrderOfInputsDoesNotMatter",
            new Applies(
                RuleRole.AGGREGATION,
                "isPermutationInvariant",
                ScoringRuleContract::isPermutationInvariant)),
        Map.entry("bandingIsDeterministic", always(RuleRole.BANDING)),
        Map.entry(
            "bandingStaysOnTheScale",
            new Applies(RuleRole.BANDING, "isBounded", ScoringRuleContract::isBounded)),
        Map.entry(
            "levelsBandToThemselves",
            new Applies(RuleRole.BANDING, "isUnanimous", ScoringRuleContract::isUnanimous)),
        Map.entry(
            "higherScoresNeverBandLower",
            new Applies(RuleRole.BANDING, "isMonotone", ScoringRuleContract::isMonotone)),
        Map.entry("missingDataTreatmentIsNeverNull", always(RuleRole.MISSING_DATA)),
        Map.entry("missingDataIsDeterministic", always(RuleRole.MISSING_DATA)),
        Map.entry(
            "moreAbsentInputsAreNeverTreatedMoreLeniently",
            new Applies(RuleRole.MISSING_DATA, "isMonotone", ScoringRuleContract::isMonotone)));

    /** Made by jqwik. */
    public Applicability() {}

    private static Applies always(RuleRole role) {
      return new Applies(role, null, c -> true);
    }

    /** The names of the contract's properties, each with its role and switch; for tests. */
    static Set<String> properties() {
      return PROPERTIES.keySet();
    }

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      if (!(context instanceof PropertyLifecycleContext)) {
        return SkipResult.doNotSkip();
      }
      PropertyLifecycleContext property = (PropertyLifecycleContext) context;
      Method method = property.targetMethod();
      if (method.getDeclaringClass() != ScoringRuleContract.class
          || !(property.testInstance() instanceof ScoringRuleContract)) {
        return SkipResult.doNotSkip(); // the implementer's own properties
      }
      Applies applies = PROPERTIES.get(method.getName());
      if (applies == null) {
        throw new IllegalStateException(
            "ScoringRuleContract." + method.getName() + " has no entry in Applicability");
      }
      ScoringRuleContract<?> contract = (ScoringRuleContract<?>) property.testInstance();
      ScoringRuleProvider provider = contract.provider();
      RuleRole role = provider == null ? null : provider.role();
      if (applies.role() != null && role != null && applies.role() != role) {
        return SkipResult.skip("concerns " + applies.role().id() + " rules; '" + provider.id()
            + "' is " + (role == RuleRole.AGGREGATION ? "an " : "a ") + role.id() + " rule");
      }
      if (!applies.on().test(contract)) {
        String name = contract.getClass().getSimpleName() + "." + applies.switchName();
        return SkipResult.skip("switched off: " + name + "() is false");
      }
      return SkipResult.doNotSkip();
    }
  }
}
