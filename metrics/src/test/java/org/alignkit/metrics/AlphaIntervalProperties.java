package org.alignkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the interval estimates over random reliability data: the jackknife's
 * subtract-one-unit tally gives exactly the alphas computed afresh without each unit, every interval
 * is well formed, and the jackknife's interval holds alpha.
 */
class AlphaIntervalProperties {
  private static final int NONE = Integer.MIN_VALUE;

  /** Data: 2..30 units × 2..6 coders, levels 1..5, about 1 cell in 5 missing. */
  record Levels(int units, int coders, int[] levels) {
    ReliabilityData data() {
      return ReliabilityData.ofLevels(units, coders, levels, NONE);
    }

    /** The data without unit {@code skip}, computed from the cells. */
    ReliabilityData without(int skip) {
      double[] cells = new double[(units - 1) * coders];
      for (int u = 0, k = 0; u < units; u++) {
        if (u == skip) {
          continue;
        }
        for (int c = 0; c < coders; c++) {
          int level = levels[u * coders + c];
          cells[k++] = level == NONE ? Double.NaN : level * 0.5; // halves: mostly no tally
        }
      }
      return ReliabilityData.ofRowMajor(units - 1, coders, cells);
    }

    @Override
    public String toString() {
      return units + "×" + coders + " " + Arrays.toString(levels);
    }
  }

  @Provide
  Arbitrary<Levels> levels() {
    return Combinators.combine(
            Arbitraries.integers().between(2, 30), Arbitraries.integers().between(2, 6))
        .flatAs((units, coders) -> Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(NONE)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(1, 5)))
            .list()
            .ofSize(units * coders)
            .map(l ->
                new Levels(units, coders, l.stream().mapToInt(Integer::intValue).toArray())));
  }

  /**
   * Leaving a unit out by subtracting its tally from the whole equals computing alpha afresh on the
   * other units (halved, which changes no metric's alpha: order and proportions stay; the halves
   * of odd levels take the path without a tally).
   */
  @Property(tries = 300)
  void subtractingAUnitsTallyEqualsLeavingItOut(
      @ForAll("levels") Levels levels, @ForAll Metric metric) {
    ReliabilityData data = levels.data();
    PairableUnits units = PairableUnits.of(data);
    Assume.that(units.tally != null);
    double[] leftOut = Jackknife.leaveEachOut(units, metric, false);
    assertThat(leftOut).hasSize(units.count);
    for (int i = 0; i < units.count; i++) {
      double expected =
          KrippendorffAlpha.compute(levels.without(units.rows[i]), metric).alpha();
      if (Double.isNaN(expected)) {
        assertThat(leftOut[i]).isNaN();
      } else {
        assertThat(leftOut[i]).isCloseTo(expected, within(1e-9));
      }
    }
  }

  /** Adding units to a tally and subtracting them again restores it exactly. */
  @Property(tries = 200)
  void subtractingWhatWasAddedRestoresTheTally(@ForAll("levels") Levels levels) {
    ReliabilityData data = levels.data();
    PairableUnits units = PairableUnits.of(data);
    Assume.that(units.tally != null && units.count > 0);
    LevelTally whole = units.tally;
    LevelTally copy = whole.copy();
    for (int i = 0; i < units.count; i += 2) {
      copy.add(units.offsets, units.start[i], units.size(i), 1);
    }
    for (int i = 0; i < units.count; i += 2) {
      copy.add(units.offsets, units.start[i], units.size(i), -1);
    }
    assertThat(copy.n).isEqualTo(whole.n);
    assertThat(copy.unitsUsed).isEqualTo(whole.unitsUsed);
    assertThat(copy.counts).isEqualTo(whole.counts);
    for (Metric m : Metric.values()) {
      assertThat(Double.valueOf(KrippendorffAlpha.alphaOf(copy, m)))
          .isEqualTo(Double.valueOf(KrippendorffAlpha.compute(data, m).alpha()));
    }
  }

  /**
   * Every defined interval is ordered, at most 1, reports a probability for each minimum that grows
   * with the minimum, and its method and seed; the jackknife's interval holds alpha.
   */
  @Property(tries = 150)
  void intervalsAreWellFormed(
      @ForAll("levels") Levels levels, @ForAll Metric metric, @ForAll IntervalMethod method) {
    IntervalSpec spec = IntervalSpec.builder()
        .method(method)
        .resamples(200)
        .seed(levels.units())
        .minimums(List.of(0.9, 0.5, 0.667))
        .build();
    AlphaInterval i = KrippendorffAlpha.interval(levels.data(), metric, spec);
    assertThat(i.method()).isEqualTo(method);
    assertThat(i.seed().isPresent()).isEqualTo(method != IntervalMethod.JACKKNIFE);
    if (!i.isDefined()) {
      assertThat(i.undefinedReason()).isPresent();
      return;
    }
    assertThat(i.lower()).isLessThanOrEqualTo(i.upper());
    assertThat(i.upper()).isLessThanOrEqualTo(1.0);
    assertThat(i.standardError()).isGreaterThanOrEqualTo(0.0);
    if (method == IntervalMethod.PAIR_BOOTSTRAP) {
      assertThat(i.lower()).isGreaterThanOrEqualTo(-1.0);
    }
    if (method == IntervalMethod.JACKKNIFE) {
      assertThat(i.contains(i.alpha())).isTrue();
    }
    assertThat(i.probabilityBelow().keySet()).containsExactly(0.5, 0.667, 0.9);
    double p5 = i.probabilityBelow(0.5).orElseThrow();
    double p667 = i.probabilityBelow(0.667).orElseThrow();
    double p9 = i.probabilityBelow(0.9).orElseThrow();
    assertThat(p5).isBetween(0.0, 1.0);
    assertThat(p5).isLessThanOrEqualTo(p667);
    assertThat(p667).isLessThanOrEqualTo(p9);
    assertThat(p9).isLessThanOrEqualTo(1.0);
  }
}
