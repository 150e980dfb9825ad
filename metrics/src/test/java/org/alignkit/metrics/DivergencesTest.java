package org.alignkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked values of the divergence measures, computed by hand. */
class DivergencesTest {
  private static final double M = Double.NaN;

  @Test
  void levelsOneTwoFourFour() {
    // Mean 11/4; deviations -7/4, -3/4, 5/4, 5/4; Σd² = (49 + 9 + 25 + 25)/16 = 108/16;
    // population variance 108/64, sd = √108 / 8.
    int[] levels = {1, 2, 4, 4};
    assertThat(Divergences.range(levels)).isEqualTo(3.0);
    assertThat(Divergences.populationStandardDeviation(levels))
        .isCloseTo(Math.sqrt(108) / 8, within(1e-15));
    // Pairs: |1-2| 1, |1-4| 3, |1-4| 3, |2-4| 2, |2-4| 2, |4-4| 0 → 11/6.
    assertThat(Divergences.meanAbsolutePairwiseDifference(levels))
        .isCloseTo(11.0 / 6, within(1e-15));
  }

  @Test
  void missingRatingsAreSkipped() {
    double[] ratings = {1, M, 2, 4, M, 4};
    assertThat(Divergences.range(ratings)).isEqualTo(3.0);
    assertThat(Divergences.populationStandardDeviation(ratings))
        .isCloseTo(Math.sqrt(108) / 8, within(1e-15));
    assertThat(Divergences.meanAbsolutePairwiseDifference(ratings))
        .isCloseTo(11.0 / 6, within(1e-15));
  }

  @Test
  void allThreesAreExactlyZero() {
    assertThat(Divergences.range(3, 3, 3)).isEqualTo(0.0);
    assertThat(Divergences.populationStandardDeviation(3, 3, 3)).isEqualTo(0.0);
    assertThat(Divergences.meanAbsolutePairwiseDifference(3, 3, 3)).isEqualTo(0.0);
    assertThat(Divergences.populationStandardDeviation(0.1, 0.1, 0.1)).isEqualTo(0.0);
  }

  @Test
  void tooFewRatingsGiveNaN() {
    assertThat(Divergences.range(new int[0])).isNaN();
    assertThat(Divergences.range(M, M)).isNaN();
    assertThat(Divergences.populationStandardDeviation(new int[0])).isNaN();
    assertThat(Divergences.meanAbsolutePairwiseDifference(4)).isNaN();
    assertThat(Divergences.meanAbsolutePairwiseDifference(4.0, M)).isNaN();
    // One rating: no spread, but no pair either.
    assertThat(Divergences.range(4)).isEqualTo(0.0);
    assertThat(Divergences.populationStandardDeviation(4)).isEqualTo(0.0);
  }

  @Test
  void infiniteRatingsAreRejected() {
    assertThatThrownBy(() -> Divergences.range(1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Infinity");
  }

  @Test
  void extremeIntegersDoNotOverflow() {
    assertThat(Divergences.range(Integer.MIN_VALUE, Integer.MAX_VALUE)).isEqualTo(4294967295.0);
    assertThat(Divergences.meanAbsolutePairwiseDifference(Integer.MIN_VALUE, Integer.MAX_VALUE))
        .isEqualTo(4294967295.0);
    assertThat(Divergences.populationStandardDeviation(Integer.MIN_VALUE, Integer.MAX_VALUE))
        .isCloseTo(4294967295.0 / 2, within(1e-3));
  }

  @Test
  void distanceMatrixOfThreeGroups() {
    double[][] data = {
      {1, 2, M},
      {3, 3, 5},
      {2, 4, 4},
    };
    DistanceMatrix d = Divergences.distanceMatrix(
        ReliabilityData.of(data).withCoderNames(List.of("government", "donors", "cso")));
    assertThat(d.distance(0, 1)).isEqualTo((1 + 0 + 2) / 3.0);
    assertThat(d.distance(0, 2)).isEqualTo((2 + 2) / 2.0);
    assertThat(d.distance(1, 2)).isEqualTo((2 + 0) / 2.0);
    assertThat(d.sharedUnits(0, 2)).isEqualTo(2);
    assertThat(d.coderNames()).contains(List.of("government", "donors", "cso"));
    assertThat(d.toArray()[2][0]).isEqualTo(2.0);
  }

  @Test
  void codersWhoShareNoUnitAreNaN() {
    double[][] data = {{1, M}, {M, 2}};
    DistanceMatrix d = Divergences.distanceMatrix(ReliabilityData.of(data));
    assertThat(d.distance(0, 1)).isNaN();
    assertThat(d.sharedUnits(0, 1)).isZero();
    assertThat(d.distance(1, 1)).isZero();
  }

  @Test
  void distanceMatrixArrayIsACopy() {
    DistanceMatrix d = Divergences.distanceMatrix(ReliabilityData.of(new double[][] {{1, 2}}));
    d.toArray()[0][1] = 99;
    assertThat(d.distance(0, 1)).isEqualTo(1.0);
  }
}
