package org.alignkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Krippendorff's alpha against a second implementation on random matrices.
 *
 * <p>Peer: DKPro Statistics, {@code org.dkpro.statistics:dkpro-statistics-agreement:2.2.1}
 * ({@link KrippendorffAlphaAgreement} over a {@link CodingAnnotationStudy}, with the {@link
 * NominalDistanceFunction}, {@link OrdinalDistanceFunction}, {@link IntervalDistanceFunction} and
 * {@link RatioDistanceFunction}).
 *
 * <p>How the inputs are matched: DKPro takes {@code null} for a missing annotation and counts only
 * the non-null ones per item, so an item with one value contributes no pair, like AlignKit's
 * dropped unit; its ordinal distance uses the category counts of the items with two or more
 * values, which are Krippendorff's n<sub>g</sub>. Values 1..5 are passed to DKPro as {@link
 * Integer} (its ordinal distance needs integers) and to AlignKit through {@link
 * ReliabilityData#ofNullable(Number[][])} from the same {@code Integer[][]}. DKPro throws {@link
 * InsufficientDataException} where only one category occurs; AlignKit then reports NaN.
 */
class KrippendorffAlphaDkproTest {

  private static final int[] UNIT_COUNTS = {2, 3, 7, 20, 60, 200};

  @ParameterizedTest
  @EnumSource(Metric.class)
  void sameAlphaAsDkproOnRandomMatrices(Metric metric) {
    SplittableRandom random = new SplittableRandom(20261123L + metric.ordinal());
    int compared = 0;
    for (int units : UNIT_COUNTS) {
      for (int coders = 2; coders <= 6; coders++) {
        for (int repeat = 0; repeat < 8; repeat++) {
          double missingRate = random.nextDouble(0.0, 0.5);
          int maxValue = 2 + random.nextInt(4); // values 1..2 up to 1..5
          Integer[][] matrix = randomMatrix(random, units, coders, maxValue, missingRate);
          AlphaResult ours = KrippendorffAlpha.compute(ReliabilityData.ofNullable(matrix), metric);
          KrippendorffAlphaAgreement theirs = dkpro(matrix, coders, metric);
          String what = metric + ", " + units + " units × " + coders + " coders, run " + repeat;
          double theirExpected;
          try {
            theirExpected = theirs.calculateExpectedDisagreement();
          } catch (InsufficientDataException e) {
            // DKPro: fewer than two categories in the whole study.
            assertThat(ours.alpha()).as(what).isNaN();
            continue;
          }
          if (theirExpected == 0.0 || Double.isNaN(theirExpected)) {
            // All pairable values equal (or none): DKPro answers 0 or NaN, AlignKit "undefined".
            assertThat(ours.undefinedReason()).as(what).isPresent();
            assertThat(ours.alpha()).as(what).isNaN();
            continue;
          }
          assertThat(ours.expectedDisagreement()).as(what).isCloseTo(theirExpected, within(1e-9));
          assertThat(ours.observedDisagreement())
              .as(what)
              .isCloseTo(theirs.calculateObservedDisagreement(), within(1e-9));
          assertThat(ours.alpha()).as(what).isCloseTo(theirs.calculateAgreement(), within(1e-9));
          compared++;
        }
      }
    }
    // Most random matrices are comparable: the loop must not pass by skipping them all.
    assertThat(compared).isGreaterThan(200);
  }

  @Test
  void dkproMatchesThePublishedOrdinalExampleToo() {
    // Sanity check of the matching: section C of Krippendorff (2011) through DKPro.
    double[][] data = KrippendorffAlphaTest.SECTION_C;
    Integer[][] boxed = new Integer[data.length][];
    for (int u = 0; u < data.length; u++) {
      boxed[u] = new Integer[data[u].length];
      for (int c = 0; c < data[u].length; c++) {
        boxed[u][c] = Double.isNaN(data[u][c]) ? null : (int) data[u][c];
      }
    }
    for (Metric metric : Metric.values()) {
      assertThat(KrippendorffAlpha.compute(ReliabilityData.ofNullable(boxed), metric)
              .alpha())
          .as("%s", metric)
          .isCloseTo(dkproAlpha(boxed, 4, metric), within(1e-9));
    }
  }

  @Test
  void dkproRefusesASingleCategoryWhereAlignKitReportsNaN() {
    Integer[][] matrix = {{2, 2}, {2, null}, {2, 2}};
    assertThatThrownBy(() -> dkproAlpha(matrix, 2, Metric.NOMINAL))
        .isInstanceOf(InsufficientDataException.class);
    assertThat(KrippendorffAlpha.compute(ReliabilityData.ofNullable(matrix), Metric.NOMINAL)
            .alpha())
        .isNaN();
  }

  static Integer[][] randomMatrix(
      SplittableRandom random, int units, int coders, int maxValue, double missingRate) {
    Integer[][] matrix = new Integer[units][coders];
    for (int u = 0; u < units; u++) {
      for (int c = 0; c < coders; c++) {
        matrix[u][c] = random.nextDouble() < missingRate ? null : 1 + random.nextInt(maxValue);
      }
    }
    return matrix;
  }

  static double dkproAlpha(Integer[][] matrix, int coders, Metric metric) {
    return dkpro(matrix, coders, metric).calculateAgreement();
  }

  static KrippendorffAlphaAgreement dkpro(Integer[][] matrix, int coders, Metric metric) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
    for (Integer[] unit : matrix) {
      study.addItemAsArray(unit.clone());
    }
    return new KrippendorffAlphaAgreement(study, distance(metric));
  }

  static IDistanceFunction distance(Metric metric) {
    switch (metric) {
      case NOMINAL:
        return new NominalDistanceFunction();
      case ORDINAL:
        return new OrdinalDistanceFunction();
      case INTERVAL:
        return new IntervalDistanceFunction();
      case RATIO:
        return new RatioDistanceFunction();
    }
    throw new AssertionError(metric);
  }
}
