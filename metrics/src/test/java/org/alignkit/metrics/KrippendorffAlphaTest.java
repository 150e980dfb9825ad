package org.alignkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha against the values Krippendorff publishes.
 *
 * <p>Source: Krippendorff, K. (2011). <i>Computing Krippendorff's Alpha-Reliability</i>.
 * University of Pennsylvania, ScholarlyCommons, http://repository.upenn.edu/asc_papers/43. Section
 * A ("Binary or dichotomous data, two observers, no missing data") gives α = 0.095; section C
 * ("Nominal data, any number of observers, missing data") uses 4 observers × 12 units with missing
 * values and gives, for the same reliability data, α<sub>nominal</sub> = 0.743,
 * α<sub>ordinal</sub> = 0.815, α<sub>interval</sub> = 0.849 and α<sub>ratio</sub> = 0.797 (the
 * same data appear as the "C" example of R's {@code irr::kripp.alpha} / {@code
 * DescTools::KrippAlpha}).
 */
class KrippendorffAlphaTest {

  private static final double M = Double.NaN;

  /** Section C, observers A..D as columns, units 1..12 as rows; blanks are NaN. */
  static final double[][] SECTION_C = {
    {1, 1, M, 1},
    {2, 2, 3, 2},
    {3, 3, 3, 3},
    {3, 3, 3, 3},
    {2, 2, 2, 2},
    {1, 2, 3, 4},
    {4, 4, 4, 4},
    {1, 1, 2, 1},
    {2, 2, 2, 2},
    {M, 5, 5, 5},
    {M, M, 1, 1},
    {M, 3, M, M},
  };

  /** Section A: observers A and B as columns, 10 units as rows. */
  static final double[][] SECTION_A = {
    {0, 1}, {1, 1}, {0, 1}, {0, 0}, {0, 0}, {0, 1}, {0, 0}, {0, 0}, {1, 0}, {0, 0},
  };

  @Test
  void sectionCNominalIs0743() {
    assertThat(alpha(SECTION_C, Metric.NOMINAL)).isCloseTo(0.743, within(0.0005));
  }

  @Test
  void sectionCOrdinalIs0815() {
    assertThat(alpha(SECTION_C, Metric.ORDINAL)).isCloseTo(0.815, within(0.0005));
  }

  @Test
  void sectionCIntervalIs0849() {
    assertThat(alpha(SECTION_C, Metric.INTERVAL)).isCloseTo(0.849, within(0.0005));
  }

  @Test
  void sectionCRatioIs0797() {
    assertThat(alpha(SECTION_C, Metric.RATIO)).isCloseTo(0.797, within(0.0005));
  }

  @Test
  void sectionCDropsTheUnitWithOneValue() {
    AlphaResult result = KrippendorffAlpha.compute(ReliabilityData.of(SECTION_C), Metric.NOMINAL);
    // Krippendorff: unit 12 has one value and is not pairable; n = 40 pairable values.
    assertThat(result.unitsUsed()).isEqualTo(11);
    assertThat(result.pairableValues()).isEqualTo(40);
    assertThat(result.isDefined()).isTrue();
  }

  @Test
  void sectionABinaryIs0095WithItsDisagreements() {
    AlphaResult result = KrippendorffAlpha.compute(ReliabilityData.of(SECTION_A), Metric.NOMINAL);
    assertThat(result.alpha()).isCloseTo(0.095, within(0.0005));
    // 8 mismatching ordered pairs out of n = 20; n0 = 14, n1 = 6: De = 2·14·6 / (20·19).
    assertThat(result.observedDisagreement()).isCloseTo(8.0 / 20, within(1e-15));
    assertThat(result.expectedDisagreement()).isCloseTo(168.0 / 380, within(1e-15));
    assertThat(result.pairableValues()).isEqualTo(20);
    assertThat(result.unitsUsed()).isEqualTo(10);
  }

  @Test
  void binaryDataGiveTheSameAlphaForEveryMetricButRatio() {
    // With two values, nominal, ordinal and interval differences are proportional.
    double nominal = alpha(SECTION_A, Metric.NOMINAL);
    assertThat(alpha(SECTION_A, Metric.ORDINAL)).isCloseTo(nominal, within(1e-12));
    assertThat(alpha(SECTION_A, Metric.INTERVAL)).isCloseTo(nominal, within(1e-12));
  }

  @Test
  void perfectAgreementIsExactlyOne() {
    double[][] data = {{1, 1, 1}, {2, 2, M}, {5, 5, 5}, {3, M, 3}};
    for (Metric metric : Metric.values()) {
      AlphaResult result = KrippendorffAlpha.compute(ReliabilityData.of(data), metric);
      assertThat(result.alpha()).as("%s", metric).isEqualTo(1.0);
      assertThat(result.observedDisagreement()).as("%s", metric).isEqualTo(0.0);
    }
  }

  @Test
  void oneValueEverywhereIsUndefinedWithAReason() {
    double[][] data = {{3, 3}, {3, 3}, {3, M}, {M, 7}};
    for (Metric metric : Metric.values()) {
      AlphaResult result = KrippendorffAlpha.compute(ReliabilityData.of(data), metric);
      assertThat(result.alpha()).isNaN();
      assertThat(result.isDefined()).isFalse();
      assertThat(result.undefinedReason()).hasValueSatisfying(r -> assertThat(r).contains("3.0"));
      assertThat(result.expectedDisagreement()).isZero();
      assertThat(result.unitsUsed()).isEqualTo(2);
      assertThat(result.pairableValues()).isEqualTo(4);
    }
  }

  @Test
  void noPairableUnitIsUndefinedWithAReason() {
    double[][] data = {{1, M}, {M, 2}, {M, M}};
    AlphaResult result = KrippendorffAlpha.compute(ReliabilityData.of(data), Metric.ORDINAL);
    assertThat(result.alpha()).isNaN();
    assertThat(result.undefinedReason()).hasValueSatisfying(r -> assertThat(r).contains("no unit"));
    assertThat(result.unitsUsed()).isZero();
    assertThat(result.pairableValues()).isZero();
  }

  @Test
  void emptyDataAreUndefined() {
    assertThat(KrippendorffAlpha.compute(ReliabilityData.of(new double[0][]), Metric.NOMINAL)
            .alpha())
        .isNaN();
  }

  @Test
  void systematicDisagreementIsBelowZero() {
    // Two coders who always disagree, swapping two values: worse than chance.
    double[][] data = {{1, 2}, {2, 1}, {1, 2}, {2, 1}};
    assertThat(alpha(data, Metric.NOMINAL)).isLessThan(0);
  }

  @Test
  void ratioRejectsNegativeValues() {
    double[][] data = {{-1, 1}, {2, 2}};
    assertThatThrownBy(() -> KrippendorffAlpha.compute(ReliabilityData.of(data), Metric.RATIO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1.0");
  }

  @Test
  void ratioTreatsTwoZerosAsAgreement() {
    double[][] data = {{0, 0}, {2, 2}, {1, 1}};
    assertThat(alpha(data, Metric.RATIO)).isEqualTo(1.0);
  }

  @Test
  void countingAndSortingPathsAgree() {
    // Same data, once integral (counting table) and once shifted by 0.5 (sorting): the
    // interval, ordinal and nominal alphas do not depend on a shift.
    double[][] shifted = new double[SECTION_C.length][];
    for (int u = 0; u < SECTION_C.length; u++) {
      shifted[u] = SECTION_C[u].clone();
      for (int c = 0; c < shifted[u].length; c++) {
        shifted[u][c] += 0.5;
      }
    }
    for (Metric metric : new Metric[] {Metric.NOMINAL, Metric.ORDINAL, Metric.INTERVAL}) {
      assertThat(alpha(shifted, metric))
          .as("%s", metric)
          .isCloseTo(alpha(SECTION_C, metric), within(1e-12));
    }
  }

  @Test
  void wideIntegerRangeUsesSortingAndStillAgrees() {
    double[][] data = {{1, 1_000_000}, {1_000_000, 1_000_000}, {1, 1}, {2, 1}};
    double[][] ranks = {{1, 3}, {3, 3}, {1, 1}, {2, 1}};
    assertThat(alpha(data, Metric.ORDINAL)).isCloseTo(alpha(ranks, Metric.ORDINAL), within(1e-12));
    assertThat(alpha(data, Metric.NOMINAL)).isCloseTo(alpha(ranks, Metric.NOMINAL), within(1e-12));
  }

  static double alpha(double[][] data, Metric metric) {
    return KrippendorffAlpha.compute(ReliabilityData.of(data), metric).alpha();
  }
}
