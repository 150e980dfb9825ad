package org.alignkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Integer data on a small span are tallied once ({@link LevelTally}) and alpha is read off the
 * tally; a unit range (the indicators of one domain) makes its own tally. These properties hold the
 * tally to the cell-by-cell computations: data shifted by one half are not integers, so they take
 * the sorting path for alpha (the shift leaves every difference, and so every distance, exactly as
 * it was).
 */
class LevelTallyProperties {
  private static final int NONE = Integer.MIN_VALUE;

  /**
   * A round: units 1..40 × coders 1..7, levels 1..5 or 1..25, about 1 cell in 6 missing, and cut
   * points.
   */
  record Round(int units, int coders, int[] levels, int[] starts) {
    double[][] rows(double shift) {
      double[][] rows = new double[units][coders];
      for (int u = 0; u < units; u++) {
        for (int c = 0; c < coders; c++) {
          int level = levels[u * coders + c];
          rows[u][c] = level == NONE ? Double.NaN : level + shift;
        }
      }
      return rows;
    }

    List<String> names() {
      List<String> names = new ArrayList<>();
      for (int c = 0; c < coders; c++) {
        names.add("g" + c);
      }
      return names;
    }

    @Override
    public String toString() {
      return units + "×" + coders + " " + Arrays.toString(levels) + " cut at "
          + Arrays.toString(starts);
    }
  }

  @Provide
  Arbitrary<Round> rounds() {
    // Levels 1..5 (a table of pair indices) or 1..25 (the indices computed), about 1 in 6 missing.
    return Combinators.combine(
            Arbitraries.integers().between(1, 40),
            Arbitraries.integers().between(1, 7),
            Arbitraries.of(5, 25))
        .flatAs((units, coders, top) -> Combinators.combine(
                Arbitraries.integers()
                    .between(0, 5)
                    .flatMap(v ->
                        v == 0 ? Arbitraries.just(0) : Arbitraries.integers().between(1, top))
                    .map(v -> v == 0 ? NONE : v)
                    .array(int[].class)
                    .ofSize(units * coders),
                Arbitraries.integers().between(0, units).array(int[].class).ofMaxSize(4))
            .as((levels, cuts) -> {
              int[] starts = new int[cuts.length + 2];
              System.arraycopy(cuts, 0, starts, 1, cuts.length);
              starts[starts.length - 1] = units;
              Arrays.sort(starts);
              return new Round(units, coders, levels, starts);
            }));
  }

  @Property
  void theWholeAndEveryRangeAgreeWithTheCellByCellComputation(
      @ForAll("rounds") Round round, @ForAll Metric metric) {
    ReliabilityData all = ReliabilityData.ofLevels(
            round.units(), round.coders(), round.levels(), NONE)
        .withCoderNames(round.names());
    ReliabilityData[] parts = new ReliabilityData[round.starts().length - 1];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = all.unitRange(round.starts()[i], round.starts()[i + 1]);
    }
    double[][] shifted = round.rows(0.5);
    double[][] plain = round.rows(0);
    assertAgrees(all, plain, shifted, metric, round.names());
    for (int i = 0; i < parts.length; i++) {
      int from = round.starts()[i];
      int to = round.starts()[i + 1];
      assertAgrees(
          parts[i],
          Arrays.copyOfRange(plain, from, to),
          Arrays.copyOfRange(shifted, from, to),
          metric,
          round.names());
    }
  }

  private static void assertAgrees(
      ReliabilityData tallied,
      double[][] plain,
      double[][] shifted,
      Metric metric,
      List<String> names) {
    // The data made of kept levels equal the data made of the same values as doubles.
    ReliabilityData doubles = data(plain, names.size()).withCoderNames(names);
    assertThat(tallied).isEqualTo(doubles).hasSameHashCodeAs(doubles);
    // Distances: exactly those of the cell loop.
    ReliabilityData cellByCell = data(shifted, names.size()).withCoderNames(names);
    assertThat(Divergences.distanceMatrix(tallied))
        .isEqualTo(Divergences.distanceMatrix(cellByCell));
    // Alpha: the tally of the parts' sum (or of the range) against the sorting path (ratio: the
    // shift changes ratios, so compare with the counting table on levels × 1000).
    AlphaResult actual = KrippendorffAlpha.compute(tallied, metric);
    AlphaResult expected = metric == Metric.RATIO
        ? KrippendorffAlpha.compute(data(scaled(plain, 1000), names.size()), metric)
        : KrippendorffAlpha.compute(cellByCell, metric);
    assertThat(actual.pairableValues()).isEqualTo(expected.pairableValues());
    assertThat(actual.unitsUsed()).isEqualTo(expected.unitsUsed());
    assertThat(actual.isDefined()).isEqualTo(expected.isDefined());
    if (expected.isDefined()) {
      assertThat(actual.alpha()).isCloseTo(expected.alpha(), within(1e-12));
    }
    // And the tally is the one made from the doubles themselves: same result, bit for bit.
    assertThat(actual).isEqualTo(KrippendorffAlpha.compute(doubles, metric));
  }

  /** The rows as data; an empty range keeps its coders. */
  private static ReliabilityData data(double[][] rows, int coders) {
    double[] cells = new double[rows.length * coders];
    for (int u = 0; u < rows.length; u++) {
      System.arraycopy(rows[u], 0, cells, u * coders, coders);
    }
    return ReliabilityData.ofRowMajor(rows.length, coders, cells);
  }

  private static double[][] scaled(double[][] rows, double factor) {
    double[][] out = new double[rows.length][];
    for (int u = 0; u < rows.length; u++) {
      out[u] = Arrays.stream(rows[u]).map(v -> v * factor).toArray();
    }
    return out;
  }
}
