package org.alignkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Invariants of Krippendorff's alpha on random reliability data (values 1..5, missing cells). */
class KrippendorffAlphaProperties {

  /** Units 1..40 × coders 2..6, values 1..5, about 1 cell in 6 missing. */
  @Provide
  Arbitrary<double[][]> matrices() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 40), Arbitraries.integers().between(2, 6))
        .flatAs((units, coders) -> Arbitraries.integers()
            .between(0, 5)
            .map(v -> v == 0 ? Double.NaN : (double) v)
            .array(double[].class)
            .ofSize(coders)
            .array(double[][].class)
            .ofSize(units));
  }

  @Property
  void alphaIsNeverAboveOne(@ForAll("matrices") double[][] matrix, @ForAll Metric metric) {
    AlphaResult result = compute(matrix, metric);
    if (result.isDefined()) {
      assertThat(result.alpha()).isLessThanOrEqualTo(1.0);
      assertThat(result.expectedDisagreement()).isPositive();
    } else {
      assertThat(result.alpha()).isNaN();
    }
  }

  @Property
  void perfectAgreementGivesExactlyOne(
      @ForAll("matrices") double[][] pattern, @ForAll Metric metric) {
    // Every coder who rates a unit gives it the unit's first value (or 3 if the first is missing).
    double[][] agreed = new double[pattern.length][];
    for (int u = 0; u < pattern.length; u++) {
      double level = Double.isNaN(pattern[u][0]) ? 3 : pattern[u][0];
      agreed[u] = new double[pattern[u].length];
      for (int c = 0; c < agreed[u].length; c++) {
        agreed[u][c] = Double.isNaN(pattern[u][c]) && c > 0 ? Double.NaN : level;
      }
    }
    AlphaResult result = compute(agreed, metric);
    Assume.that(result.isDefined()); // needs two distinct values among the pairable ones
    assertThat(result.alpha()).isEqualTo(1.0);
    assertThat(result.observedDisagreement()).isEqualTo(0.0);
  }

  @Property
  void alphaIsDefinedExactlyWhenPairableValuesDiffer(@ForAll("matrices") double[][] matrix) {
    List<Double> pairable = new ArrayList<>();
    for (double[] unit : matrix) {
      long m = java.util.Arrays.stream(unit).filter(v -> !Double.isNaN(v)).count();
      if (m >= 2) {
        java.util.Arrays.stream(unit).filter(v -> !Double.isNaN(v)).forEach(pairable::add);
      }
    }
    boolean varies = pairable.stream().distinct().count() >= 2;
    assertThat(compute(matrix, Metric.NOMINAL).isDefined()).isEqualTo(varies);
  }

  @Property
  void invariantToTheOrderOfUnitsAndCoders(
      @ForAll("matrices") double[][] matrix, @ForAll Metric metric, @ForAll long seed) {
    Random random = new Random(seed);
    List<double[]> rows = new ArrayList<>(List.of(matrix));
    Collections.shuffle(rows, random);
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < matrix[0].length; c++) {
      columns.add(c);
    }
    Collections.shuffle(columns, random);
    double[][] shuffled = new double[matrix.length][];
    for (int u = 0; u < rows.size(); u++) {
      shuffled[u] = new double[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        shuffled[u][c] = rows.get(u)[columns.get(c)];
      }
    }
    assertSameAlpha(compute(shuffled, metric), compute(matrix, metric), 1e-12);
  }

  @Property
  void intervalIsInvariantUnderPositiveAffineRescaling(
      @ForAll("matrices") double[][] matrix,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double scale,
      @ForAll @DoubleRange(min = -1000, max = 1000) double shift) {
    assertSameAlpha(
        compute(map(matrix, v -> scale * v + shift), Metric.INTERVAL),
        compute(matrix, Metric.INTERVAL),
        1e-9);
  }

  @Property
  void ratioIsInvariantUnderPositiveScaling(
      @ForAll("matrices") double[][] matrix,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double scale) {
    assertSameAlpha(
        compute(map(matrix, v -> scale * v), Metric.RATIO), compute(matrix, Metric.RATIO), 1e-9);
  }

  @Property
  void ordinalIsInvariantUnderIncreasingTransformations(@ForAll("matrices") double[][] matrix) {
    assertSameAlpha(
        compute(map(matrix, v -> v * v * v - 7.5), Metric.ORDINAL),
        compute(matrix, Metric.ORDINAL),
        1e-12);
  }

  @Property
  void nominalIsInvariantUnderRelabelling(
      @ForAll("matrices") double[][] matrix, @ForAll long seed) {
    List<Double> labels = new ArrayList<>(List.of(10.0, 20.0, -3.0, 0.5, 99.0));
    Collections.shuffle(labels, new Random(seed));
    assertSameAlpha(
        compute(map(matrix, v -> labels.get((int) v - 1)), Metric.NOMINAL),
        compute(matrix, Metric.NOMINAL),
        1e-12);
  }

  /**
   * Levels 1..5 take the tally of value pairs; the same levels × 1000 span too many integers for it
   * and take the counting table (the rescalings above take the sorting path). Every metric is
   * invariant under this scaling, so the paths must agree.
   */
  @Property
  void theThreeComputationPathsAgree(@ForAll("matrices") double[][] matrix, @ForAll Metric metric) {
    AlphaResult tallied = compute(matrix, metric);
    AlphaResult counted = compute(map(matrix, v -> 1000 * v), metric);
    AlphaResult sorted = compute(map(matrix, v -> 1000 * v + 0.5), metric);
    assertSameAlpha(counted, tallied, 1e-12);
    if (metric != Metric.RATIO) {
      assertSameAlpha(sorted, tallied, 1e-12);
    }
    assertThat(counted.pairableValues()).isEqualTo(tallied.pairableValues());
    assertThat(counted.unitsUsed()).isEqualTo(tallied.unitsUsed());
  }

  @Property
  void unitsWithOneValueDoNotChangeAlpha(
      @ForAll("matrices") double[][] matrix, @ForAll Metric metric) {
    // Appending units with a single value (any value) leaves alpha, n and the units used alone.
    double[][] extended = java.util.Arrays.copyOf(matrix, matrix.length + 2);
    int coders = matrix[0].length;
    extended[matrix.length] = single(coders, 0, 5);
    extended[matrix.length + 1] = single(coders, coders - 1, 1);
    AlphaResult before = compute(matrix, metric);
    AlphaResult after = compute(extended, metric);
    assertSameAlpha(after, before, 0);
    assertThat(after.pairableValues()).isEqualTo(before.pairableValues());
    assertThat(after.unitsUsed()).isEqualTo(before.unitsUsed());
  }

  private static double[] single(int coders, int coder, double value) {
    double[] unit = new double[coders];
    java.util.Arrays.fill(unit, Double.NaN);
    unit[coder] = value;
    return unit;
  }

  private static void assertSameAlpha(AlphaResult actual, AlphaResult expected, double tolerance) {
    assertThat(actual.isDefined()).isEqualTo(expected.isDefined());
    if (expected.isDefined()) {
      assertThat(actual.alpha()).isCloseTo(expected.alpha(), within(tolerance));
    }
  }

  private static double[][] map(double[][] matrix, java.util.function.DoubleUnaryOperator f) {
    double[][] out = new double[matrix.length][];
    for (int u = 0; u < matrix.length; u++) {
      out[u] = java.util.Arrays.stream(matrix[u])
          .map(v -> Double.isNaN(v) ? v : f.applyAsDouble(v))
          .toArray();
    }
    return out;
  }

  private static AlphaResult compute(double[][] matrix, Metric metric) {
    return KrippendorffAlpha.compute(ReliabilityData.of(matrix), metric);
  }
}
