package org.alignkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the divergence measures and the coder distance matrix. */
class DivergencesProperties {

  @Provide
  Arbitrary<int[]> levels() {
    return Arbitraries.integers().between(1, 5).array(int[].class).ofMinSize(1).ofMaxSize(12);
  }

  /** Units 1..30 × coders 1..6, values 1..5, optionally with about 1 cell in 5 missing. */
  Arbitrary<double[][]> matrices(boolean missing) {
    return Combinators.combine(
            Arbitraries.integers().between(1, 30), Arbitraries.integers().between(1, 6))
        .flatAs((units, coders) -> Arbitraries.integers()
            .between(missing ? 0 : 1, 5)
            .map(v -> v == 0 ? Double.NaN : (double) v)
            .array(double[].class)
            .ofSize(coders)
            .array(double[][].class)
            .ofSize(units));
  }

  @Provide
  Arbitrary<double[][]> complete() {
    return matrices(false);
  }

  @Provide
  Arbitrary<double[][]> withMissing() {
    return matrices(true);
  }

  @Property
  void allZeroExactlyWhenAllAgree(@ForAll("levels") int[] levels) {
    boolean allAgree = Arrays.stream(levels).distinct().count() == 1;
    double[] asDoubles = Arrays.stream(levels).asDoubleStream().toArray();
    assertThat(Divergences.range(levels) == 0.0).isEqualTo(allAgree);
    assertThat(Divergences.range(asDoubles) == 0.0).isEqualTo(allAgree);
    assertThat(Divergences.populationStandardDeviation(levels) == 0.0).isEqualTo(allAgree);
    assertThat(Divergences.populationStandardDeviation(asDoubles) == 0.0).isEqualTo(allAgree);
    if (levels.length >= 2) {
      assertThat(Divergences.meanAbsolutePairwiseDifference(levels) == 0.0).isEqualTo(allAgree);
      assertThat(Divergences.meanAbsolutePairwiseDifference(asDoubles) == 0.0).isEqualTo(allAgree);
    }
  }

  @Property
  void equalNonIntegralRatingsAreExactlyZero(
      @ForAll @IntRange(min = 1, max = 40) int count, @ForAll double value) {
    // e.g. ten ratings of 0.1: the mean drifts in floating point, the spread must not.
    double[] ratings = new double[count + 1];
    Arrays.fill(ratings, Double.isFinite(value) ? value : 0.1);
    ratings[count] = Double.NaN; // a missing rating is skipped
    assertThat(Divergences.range(ratings)).isEqualTo(0.0);
    assertThat(Divergences.populationStandardDeviation(ratings)).isEqualTo(0.0);
    if (count >= 2) {
      assertThat(Divergences.meanAbsolutePairwiseDifference(ratings)).isEqualTo(0.0);
    }
  }

  @Property
  void integerAndDoubleFormsAgree(@ForAll("levels") int[] levels) {
    double[] asDoubles = Arrays.stream(levels).asDoubleStream().toArray();
    assertThat(Divergences.range(asDoubles)).isEqualTo(Divergences.range(levels));
    assertThat(Divergences.populationStandardDeviation(asDoubles))
        .isCloseTo(Divergences.populationStandardDeviation(levels), within(1e-12));
    if (levels.length >= 2) {
      assertThat(Divergences.meanAbsolutePairwiseDifference(asDoubles))
          .isCloseTo(Divergences.meanAbsolutePairwiseDifference(levels), within(1e-12));
    }
  }

  @Property
  void boundsBetweenTheMeasures(@ForAll("levels") int[] levels) {
    double range = Divergences.range(levels);
    assertThat(range).isGreaterThanOrEqualTo(0);
    // Popoviciu: the population standard deviation is at most half the range.
    assertThat(Divergences.populationStandardDeviation(levels))
        .isLessThanOrEqualTo(range / 2 + 1e-12);
    if (levels.length >= 2) {
      assertThat(Divergences.meanAbsolutePairwiseDifference(levels)).isBetween(0.0, range);
    }
  }

  @Property
  void invariantToTheOrderOfRatings(@ForAll("levels") int[] levels, @ForAll long seed) {
    List<Integer> list = new ArrayList<>();
    Arrays.stream(levels).forEach(list::add);
    Collections.shuffle(list, new Random(seed));
    int[] shuffled = list.stream().mapToInt(Integer::intValue).toArray();
    assertThat(Divergences.range(shuffled)).isEqualTo(Divergences.range(levels));
    assertThat(Divergences.populationStandardDeviation(shuffled))
        .isEqualTo(Divergences.populationStandardDeviation(levels));
    // Boxed: NaN (a single rating has no pair) equals NaN.
    assertThat(Double.valueOf(Divergences.meanAbsolutePairwiseDifference(shuffled)))
        .isEqualTo(Double.valueOf(Divergences.meanAbsolutePairwiseDifference(levels)));
  }

  @Property
  void addingACopyOfAGroupNeverRaisesTheRange(
      @ForAll("levels") int[] levels, @ForAll @IntRange(min = 0, max = 100) int which) {
    int[] more = Arrays.copyOf(levels, levels.length + 1);
    more[levels.length] = levels[which % levels.length];
    assertThat(Divergences.range(more)).isLessThanOrEqualTo(Divergences.range(levels));
  }

  @Property
  void distanceMatrixIsSymmetricWithZeroDiagonal(@ForAll("withMissing") double[][] matrix) {
    DistanceMatrix d = Divergences.distanceMatrix(ReliabilityData.of(matrix));
    int coders = matrix[0].length;
    assertThat(d.size()).isEqualTo(coders);
    for (int a = 0; a < coders; a++) {
      assertThat(d.distance(a, a)).isEqualTo(0.0);
      for (int b = 0; b < coders; b++) {
        assertThat(Double.doubleToLongBits(d.distance(a, b)))
            .isEqualTo(Double.doubleToLongBits(d.distance(b, a)));
        assertThat(d.sharedUnits(a, b)).isEqualTo(d.sharedUnits(b, a));
        if (a != b) {
          assertThat(Double.isNaN(d.distance(a, b))).isEqualTo(d.sharedUnits(a, b) == 0);
        }
      }
    }
  }

  @Property
  void distanceMatrixIsAMetricWithoutMissingValues(@ForAll("complete") double[][] matrix) {
    DistanceMatrix d = Divergences.distanceMatrix(ReliabilityData.of(matrix));
    int n = d.size();
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        boolean same = columnsEqual(matrix, a, b);
        assertThat(d.distance(a, b) == 0.0).isEqualTo(same);
        for (int c = 0; c < n; c++) {
          assertThat(d.distance(a, c))
              .isLessThanOrEqualTo(d.distance(a, b) + d.distance(b, c) + 1e-12);
        }
      }
    }
  }

  @Property
  void distanceMatrixFollowsAPermutationOfCodersAndIgnoresTheOrderOfUnits(
      @ForAll("withMissing") double[][] matrix, @ForAll long seed) {
    Random random = new Random(seed);
    int coders = matrix[0].length;
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < coders; c++) {
      order.add(c);
    }
    Collections.shuffle(order, random);
    List<double[]> rows = new ArrayList<>(List.of(matrix));
    Collections.shuffle(rows, random);
    double[][] permuted = new double[matrix.length][coders];
    for (int u = 0; u < matrix.length; u++) {
      for (int c = 0; c < coders; c++) {
        permuted[u][c] = rows.get(u)[order.get(c)];
      }
    }
    DistanceMatrix original = Divergences.distanceMatrix(ReliabilityData.of(matrix));
    DistanceMatrix after = Divergences.distanceMatrix(ReliabilityData.of(permuted));
    for (int a = 0; a < coders; a++) {
      for (int b = 0; b < coders; b++) {
        double expected = original.distance(order.get(a), order.get(b));
        if (Double.isNaN(expected)) {
          assertThat(after.distance(a, b)).isNaN();
        } else {
          assertThat(after.distance(a, b)).isCloseTo(expected, within(1e-12));
        }
      }
    }
  }

  @Property(tries = 200)
  void distanceMatrixTakesOnlySharedUnits(
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 5) Integer> values) {
    // Coder 0 rates everything, coder 1 only even units (with the same value + 1): distance 1.
    double[][] matrix = new double[values.size()][2];
    for (int u = 0; u < values.size(); u++) {
      matrix[u][0] = values.get(u);
      matrix[u][1] = u % 2 == 0 ? values.get(u) + 1 : Double.NaN;
    }
    DistanceMatrix d = Divergences.distanceMatrix(ReliabilityData.of(matrix));
    assertThat(d.distance(0, 1)).isEqualTo(1.0);
    assertThat(d.sharedUnits(0, 1)).isEqualTo((values.size() + 1) / 2);
    assertThat(d.sharedUnits(0, 0)).isEqualTo(values.size());
  }

  private static boolean columnsEqual(double[][] matrix, int a, int b) {
    return Arrays.stream(matrix).allMatch(unit -> unit[a] == unit[b]);
  }
}
