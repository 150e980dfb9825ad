package org.alignkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Interval estimates for Krippendorff's alpha on the published examples, and what every interval
 * promises: reproducible from its seed on any number of threads, reporting its method, resamples
 * and seed.
 *
 * <p>Sources:
 *
 * <ul>
 *   <li>Hayes, A. F. and Krippendorff, K. (2007). Answering the call for a standard reliability
 *       measure for coding data. <i>Communication Methods and Measures</i> 1(1):77-89. Table 1: 40
 *       news articles rated by 5 observers on an ordinal scale 0..3 with missing judgements; the
 *       paper gives ordinal α = .7598 and says that KALPHA's bootstrap resamples the data's 239
 *       pairs of judgements. The interval the paper prints could not be read in the sources
 *       available when this was written, so the intervals are checked for plausibility (they
 *       contain alpha, their widths lie in a stated range), not for equality.
 *   <li>Krippendorff, K. (2011). <i>Computing Krippendorff's Alpha-Reliability</i>, section C:
 *       4 observers × 12 units with missing values, α = 0.743 (nominal), 0.815 (ordinal), 0.849
 *       (interval) and 0.797 (ratio). Only 11 units are pairable: the intervals are wide.
 * </ul>
 */
class AlphaIntervalTest {
  private static final double M = Double.NaN;

  /** Hayes and Krippendorff (2007), Table 1: units (articles) × observers obs1..obs5. */
  static final double[][] HAYES_KRIPPENDORFF_2007 = {
    {1, 1, 2, M, 2}, {1, 1, 0, 1, M}, {2, 3, 3, 3, M}, {M, 0, 0, M, 0}, {0, 0, 0, M, 0},
    {0, 0, 0, M, 0}, {1, 0, 2, M, 1}, {1, M, 2, 0, M}, {2, 2, 2, M, 2}, {2, 1, 1, 1, M},
    {M, 1, 0, 0, M}, {0, 0, 0, 0, M}, {1, 2, 2, 2, M}, {3, 3, 2, 2, 3}, {1, 1, 1, M, 1},
    {1, 1, 1, M, 1}, {2, 1, 2, M, 2}, {1, 2, 3, 3, M}, {1, 1, 0, 1, M}, {0, 0, 0, M, 0},
    {0, 0, 1, 1, M}, {0, 0, M, 0, 0}, {2, 3, 3, 3, M}, {0, 0, 0, 0, M}, {1, 2, M, 2, 2},
    {0, 1, 1, 1, M}, {0, 0, 0, 1, 0}, {1, 2, 1, 2, M}, {1, 1, 2, 2, M}, {1, 1, 2, M, 2},
    {1, 1, 0, M, 0}, {2, 1, 2, 1, M}, {2, 2, M, 2, 2}, {3, 2, 2, 2, M}, {2, 2, 2, M, 2},
    {2, 2, 3, M, 2}, {2, 2, 2, M, 2}, {2, 2, M, 1, 2}, {2, 2, 2, 2, M}, {1, 1, 1, M, 1},
  };

  private static final ReliabilityData HAYES = ReliabilityData.of(HAYES_KRIPPENDORFF_2007);
  private static final ReliabilityData SECTION_C =
      ReliabilityData.of(KrippendorffAlphaTest.SECTION_C);

  private static AlphaInterval interval(ReliabilityData d, Metric m, IntervalMethod method) {
    return KrippendorffAlpha.interval(d, m, IntervalSpec.of(method));
  }

  @Test
  void hayesKrippendorffOrdinalAlphaIs7598With239Pairs() {
    AlphaResult alpha = KrippendorffAlpha.compute(HAYES, Metric.ORDINAL);
    assertThat(alpha.alpha()).isCloseTo(0.7598, within(0.00005));
    assertThat(PairableUnits.of(HAYES).pairs).isEqualTo(239);
  }

  @ParameterizedTest
  @EnumSource(IntervalMethod.class)
  void hayesKrippendorffIntervalsContainAlphaAndArePlausible(IntervalMethod method) {
    AlphaInterval i = interval(HAYES, Metric.ORDINAL, method);
    assertThat(i.isDefined()).isTrue();
    assertThat(i.contains(0.7598)).isTrue();
    // 40 units: an interval of a few hundredths would claim too much, one of half the scale of
    // alpha would say nothing; every method lands between.
    assertThat(i.width()).isBetween(0.05, 0.35);
    assertThat(i.probabilityBelow(0.8).orElseThrow()).isBetween(0.5, 1.0);
    assertThat(i.probabilityBelow(0.667).orElseThrow()).isLessThan(0.2);
  }

  /**
   * The pair bootstrap is the narrowest: it treats the 239 pairs as independent although the 40
   * articles carry them (Gwet 2015; Hughes 2022). The unit bootstrap and the jackknife, which
   * resample articles, agree with each other within a fifth of their width.
   */
  @Test
  void hayesKrippendorffPairBootstrapIsNarrowerThanTheUnitMethods() {
    AlphaInterval pairs = interval(HAYES, Metric.ORDINAL, IntervalMethod.PAIR_BOOTSTRAP);
    AlphaInterval units = interval(HAYES, Metric.ORDINAL, IntervalMethod.UNIT_BOOTSTRAP);
    AlphaInterval jackknife = interval(HAYES, Metric.ORDINAL, IntervalMethod.JACKKNIFE);
    assertThat(pairs.width()).isLessThan(0.7 * units.width());
    assertThat(pairs.width()).isLessThan(0.7 * jackknife.width());
    assertThat(units.width()).isCloseTo(jackknife.width(), within(0.2 * jackknife.width()));
  }

  @ParameterizedTest
  @EnumSource(Metric.class)
  void sectionCIntervalsContainAlphaForEveryMetricAndEveryMethod(Metric metric) {
    double alpha = KrippendorffAlpha.compute(SECTION_C, metric).alpha();
    for (IntervalMethod method : IntervalMethod.values()) {
      AlphaInterval i = interval(SECTION_C, metric, method);
      assertThat(i.contains(alpha)).as("%s %s", metric, method).isTrue();
      assertThat(i.upper()).isLessThanOrEqualTo(1.0);
      // 11 pairable units: the unit methods are wide; even the pair bootstrap spans a tenth.
      assertThat(i.width()).as("%s %s", metric, method).isBetween(0.1, 0.9);
    }
  }

  @Test
  void everyIntervalReportsItsMethodResamplesAndSeed() {
    IntervalSpec spec = IntervalSpec.builder()
        .method(IntervalMethod.UNIT_BOOTSTRAP)
        .resamples(2000)
        .seed(2026)
        .level(0.9)
        .build();
    AlphaInterval i = KrippendorffAlpha.interval(SECTION_C, Metric.NOMINAL, spec);
    assertThat(i.method()).isEqualTo(IntervalMethod.UNIT_BOOTSTRAP);
    assertThat(i.resamples()).isEqualTo(2000);
    assertThat(i.seed()).hasValue(2026);
    assertThat(i.level()).isEqualTo(0.9);
    assertThat(i.metric()).isEqualTo(Metric.NOMINAL);
    assertThat(i.alpha()).isCloseTo(0.743, within(0.0005));

    AlphaInterval pairs = KrippendorffAlpha.interval(
        SECTION_C, Metric.NOMINAL, IntervalSpec.of(IntervalMethod.PAIR_BOOTSTRAP));
    assertThat(pairs.resamples()).isEqualTo(IntervalSpec.DEFAULT_RESAMPLES);
    assertThat(pairs.seed()).hasValue(IntervalSpec.DEFAULT_SEED);

    // The jackknife draws nothing: no seed; its replicates are the 11 pairable units.
    AlphaInterval jackknife = interval(SECTION_C, Metric.NOMINAL, IntervalMethod.JACKKNIFE);
    assertThat(jackknife.seed()).isEmpty();
    assertThat(jackknife.resamples()).isEqualTo(11);
  }

  @ParameterizedTest
  @EnumSource(IntervalMethod.class)
  void theSameSeedGivesTheSameIntervalOnAnyNumberOfThreads(IntervalMethod method) throws Exception {
    IntervalSpec sequential =
        IntervalSpec.builder().method(method).resamples(3000).seed(7).build();
    IntervalSpec parallel = IntervalSpec.builder()
        .method(method)
        .resamples(3000)
        .seed(7)
        .parallel(true)
        .build();
    AlphaInterval expected = KrippendorffAlpha.interval(HAYES, Metric.ORDINAL, sequential);
    assertThat(KrippendorffAlpha.interval(HAYES, Metric.ORDINAL, sequential)).isEqualTo(expected);
    for (int threads : new int[] {1, 2, 3, 8}) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        AlphaInterval inPool = pool.submit(
                () -> KrippendorffAlpha.interval(HAYES, Metric.ORDINAL, parallel))
            .get();
        assertThat(inPool).as("%s threads", threads).isEqualTo(expected);
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void anotherSeedGivesAnotherBootstrapButTheSameJackknife() {
    for (IntervalMethod method : IntervalMethod.values()) {
      AlphaInterval one = KrippendorffAlpha.interval(
          HAYES, Metric.ORDINAL, IntervalSpec.builder().method(method).seed(1).build());
      AlphaInterval two = KrippendorffAlpha.interval(
          HAYES, Metric.ORDINAL, IntervalSpec.builder().method(method).seed(2).build());
      if (method == IntervalMethod.JACKKNIFE) {
        assertThat(two.lower()).isEqualTo(one.lower());
      } else {
        assertThat(two.lower()).isNotEqualTo(one.lower());
        // 10 000 resamples: the limits move by Monte Carlo noise only.
        assertThat(two.lower()).isCloseTo(one.lower(), within(0.02));
        assertThat(two.upper()).isCloseTo(one.upper(), within(0.02));
      }
    }
  }

  /**
   * Integer levels take the tally paths; the same data halved are not integers and take the
   * general paths. Halving changes no metric's alpha (nominal and ordinal see the same order,
   * interval and ratio the same proportions), and the resamples draw the same units, so the
   * intervals agree to rounding.
   */
  @ParameterizedTest
  @EnumSource(Metric.class)
  void theTallyPathsAgreeWithTheGeneralPaths(Metric metric) {
    double[][] halved = new double[HAYES_KRIPPENDORFF_2007.length][];
    for (int u = 0; u < halved.length; u++) {
      halved[u] = HAYES_KRIPPENDORFF_2007[u].clone();
      for (int c = 0; c < halved[u].length; c++) {
        halved[u][c] = (halved[u][c] + 1) * 0.5; // 0..3 → 0.5..2: ratio needs no zero here
      }
    }
    double[][] shifted = new double[HAYES_KRIPPENDORFF_2007.length][];
    for (int u = 0; u < shifted.length; u++) {
      shifted[u] = HAYES_KRIPPENDORFF_2007[u].clone();
      for (int c = 0; c < shifted[u].length; c++) {
        shifted[u][c] = shifted[u][c] + 1;
      }
    }
    ReliabilityData integers = ReliabilityData.of(shifted);
    ReliabilityData general = ReliabilityData.of(halved);
    assertThat(integers.tally()).isNotNull();
    assertThat(general.tally()).isNull();
    for (IntervalMethod method : List.of(IntervalMethod.UNIT_BOOTSTRAP, IntervalMethod.JACKKNIFE)) {
      IntervalSpec spec = IntervalSpec.builder().method(method).resamples(500).build();
      AlphaInterval a = KrippendorffAlpha.interval(integers, metric, spec);
      AlphaInterval b = KrippendorffAlpha.interval(general, metric, spec);
      assertThat(b.lower()).as("%s", method).isCloseTo(a.lower(), within(1e-12));
      assertThat(b.upper()).as("%s", method).isCloseTo(a.upper(), within(1e-12));
      assertThat(b.standardError()).isCloseTo(a.standardError(), within(1e-12));
    }
  }

  @Test
  void theJackknifeIsAlphaPlusOrMinusTTimesItsStandardError() {
    AlphaInterval i = interval(HAYES, Metric.ORDINAL, IntervalMethod.JACKKNIFE);
    double t39 = 2.022691; // Student t, 39 degrees of freedom, 0.975
    assertThat(i.lower()).isCloseTo(i.alpha() - t39 * i.standardError(), within(1e-6));
    assertThat(i.upper()).isCloseTo(i.alpha() + t39 * i.standardError(), within(1e-6));
    assertThat(i.resamples()).isEqualTo(40);
  }

  @Test
  void anUndefinedAlphaGivesAnUndefinedIntervalWithTheReason() {
    ReliabilityData same = ReliabilityData.of(new double[][] {{2, 2}, {2, 2}, {2, M}});
    for (IntervalMethod method : IntervalMethod.values()) {
      AlphaInterval i = interval(same, Metric.INTERVAL, method);
      assertThat(i.isDefined()).isFalse();
      assertThat(i.lower()).isNaN();
      assertThat(i.undefinedReason().orElseThrow()).startsWith("alpha is undefined: every");
      assertThat(i.probabilityBelow()).isEmpty();
    }
  }

  @Test
  void theJackknifeNeedsTwoPairableUnitsAndVariationWithoutEachOne() {
    ReliabilityData one = ReliabilityData.of(new double[][] {{1, 2}, {3, M}});
    AlphaInterval i = interval(one, Metric.INTERVAL, IntervalMethod.JACKKNIFE);
    assertThat(i.undefinedReason())
        .hasValue("the jackknife needs at least two pairable units, the data have 1");

    ReliabilityData onlyOneVaries = ReliabilityData.of(new double[][] {{1, 2}, {1, 1}});
    AlphaInterval j = interval(onlyOneVaries, Metric.NOMINAL, IntervalMethod.JACKKNIFE);
    assertThat(j.undefinedReason().orElseThrow()).startsWith("alpha is undefined without unit 1");
  }

  /**
   * Perfect agreement with variation: every pair the pair bootstrap draws is a diagonal cell, so
   * alpha is 1 in a resample unless all ten pairs show one value (no variation, counted as 0:
   * (6/11)<sup>10</sup> + (3/11)<sup>10</sup> + (2/11)<sup>10</sup> ≈ 0.24 % of resamples). The
   * interval is [1, 1].
   */
  @Test
  void perfectAgreementGivesOne() {
    ReliabilityData perfect =
        ReliabilityData.of(new double[][] {{1, 1, 1}, {2, 2, 2}, {3, 3, M}, {2, 2, 2}});
    AlphaInterval i = interval(perfect, Metric.ORDINAL, IntervalMethod.PAIR_BOOTSTRAP);
    assertThat(i.lower()).isEqualTo(1.0);
    assertThat(i.upper()).isEqualTo(1.0);
    assertThat(i.probabilityBelow(0.8).orElseThrow()).isBetween(0.0005, 0.006);
  }

  /**
   * KALPHA's correction: a resample whose pairs all show one value has no variation (alpha 0/0)
   * and counts as 0. One unit in 200 has a second value; the other 199 show value 1 alone. Of the
   * 600 pairs a resample draws, each falls on a (1, 1) pair with probability 597/600, so about
   * (597/600)<sup>600</sup> ≈ e<sup>−3</sup> ≈ 5 % of the resamples show value 1 alone: they count
   * as 0, not 1.
   */
  @Test
  void resamplesWithoutVariationCountAsZeroAsInKalpha() {
    double[][] rows = new double[200][];
    for (int u = 0; u < rows.length; u++) {
      rows[u] = new double[] {1, 1, 1};
    }
    rows[0] = new double[] {1, 2, 2};
    PairableUnits units = PairableUnits.of(ReliabilityData.of(rows));
    PairBootstrap.Cells cells = new PairBootstrap.Cells(units, Metric.NOMINAL);
    int zeros = 0;
    for (int r = 0; r < 1000; r++) {
      double a = cells.resample(Resampling.stream(1, r), units.pairs);
      assertThat(a).isBetween(-1.0, 1.0);
      zeros += a == 0.0 ? 1 : 0;
    }
    // About 50 of 1000 (binomial standard deviation 7); the (2, 2) cell alone is far rarer.
    assertThat(zeros).isBetween(30, 75);
  }

  /**
   * The alias table draws each cell with its coincidence share: the mean of the resampled D_o is the
   * data's D_o, so the resampled alphas centre on alpha (within 4 standard errors of the mean).
   */
  @ParameterizedTest
  @EnumSource(Metric.class)
  void thePairBootstrapCentresOnAlpha(Metric metric) {
    PairableUnits units = PairableUnits.of(SECTION_C);
    PairBootstrap.Cells cells = new PairBootstrap.Cells(units, metric);
    int r = 20_000;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < r; i++) {
      double a = cells.resample(Resampling.stream(3, i), units.pairs);
      sum += a;
      squares += a * a;
    }
    double mean = sum / r;
    double sd = Math.sqrt(squares / r - mean * mean);
    double alpha = KrippendorffAlpha.compute(SECTION_C, metric).alpha();
    // Clipping at −1 never happens here; the mean of α* is α up to Monte Carlo noise.
    assertThat(mean).isCloseTo(alpha, within(4 * sd / Math.sqrt(r)));
  }

  @Test
  void specsAreChecked() {
    assertThatThrownBy(() -> IntervalSpec.builder()
            .method(IntervalMethod.UNIT_BOOTSTRAP)
            .resamples(10)
            .build())
        .hasMessageContaining("at least 100 resamples");
    assertThatThrownBy(() ->
            IntervalSpec.builder().method(IntervalMethod.JACKKNIFE).level(1.0).build())
        .hasMessageContaining("strictly between 0 and 1");
    assertThatThrownBy(() -> IntervalSpec.builder()
            .method(IntervalMethod.JACKKNIFE)
            .minimums(List.of(1.5))
            .build())
        .hasMessageContaining("up to 1");
    assertThat(IntervalMethod.ofId("Unit-Bootstrap")).isEqualTo(IntervalMethod.UNIT_BOOTSTRAP);
    assertThatThrownBy(() -> IntervalMethod.ofId("bca"))
        .hasMessageContaining("use pair-bootstrap, unit-bootstrap or jackknife");
  }

  @Test
  void minimumsAreReportedAscendingAndOnce() {
    IntervalSpec spec = IntervalSpec.builder()
        .method(IntervalMethod.UNIT_BOOTSTRAP)
        .minimums(List.of(0.8, 0.5, 0.8))
        .build();
    AlphaInterval i = KrippendorffAlpha.interval(HAYES, Metric.ORDINAL, spec);
    assertThat(i.probabilityBelow().keySet()).containsExactly(0.5, 0.8);
    assertThat(i.probabilityBelow(0.5).orElseThrow())
        .isLessThanOrEqualTo(i.probabilityBelow(0.8).orElseThrow());
  }
}
