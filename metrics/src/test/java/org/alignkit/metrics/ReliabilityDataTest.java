package org.alignkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Construction, validation and defensive copies of {@link ReliabilityData}. */
class ReliabilityDataTest {
  private static final double M = Double.NaN;

  @Test
  void readsValuesAndMissingCells() {
    ReliabilityData data = ReliabilityData.of(new double[][] {{1, M}, {3, 4}});
    assertThat(data.unitCount()).isEqualTo(2);
    assertThat(data.coderCount()).isEqualTo(2);
    assertThat(data.value(1, 0)).isEqualTo(3.0);
    assertThat(data.isMissing(0, 1)).isTrue();
    assertThat(data.isMissing(0, 0)).isFalse();
    assertThat(data.unitIds()).isEmpty();
    assertThat(data.coderNames()).isEmpty();
    assertThatThrownBy(() -> data.value(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void boxedNullIsMissing() {
    ReliabilityData data = ReliabilityData.ofNullable(new Integer[][] {{1, null}, {3, 4}});
    assertThat(data).isEqualTo(ReliabilityData.of(new double[][] {{1, M}, {3, 4}}));
    assertThat(ReliabilityData.ofNullable(new Double[][] {{1.5, null}}).value(0, 0))
        .isEqualTo(1.5);
  }

  @Test
  void copiesItsInputAndItsOutput() {
    double[][] input = {{1, 2}, {3, 4}};
    ReliabilityData data = ReliabilityData.of(input);
    input[0][0] = 99;
    assertThat(data.value(0, 0)).isEqualTo(1.0);
    data.toArray()[0][1] = 99;
    assertThat(data.value(0, 1)).isEqualTo(2.0);
  }

  @Test
  void rejectsRaggedRowsNamingTheUnit() {
    assertThatThrownBy(() -> ReliabilityData.of(new double[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit 1 has 1 values");
  }

  @Test
  void rejectsInfiniteAndNaNBoxedValues() {
    assertThatThrownBy(() -> ReliabilityData.of(new double[][] {{1, Double.NEGATIVE_INFINITY}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit 0, coder 1");
    assertThatThrownBy(() -> ReliabilityData.ofNullable(new Double[][] {{Double.NaN}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use null for missing");
  }

  @Test
  void rejectsNullRows() {
    assertThatThrownBy(() -> ReliabilityData.of(new double[][] {{1}, null}))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("unit 1");
  }

  @Test
  void labelsMustFitAndBeDistinct() {
    ReliabilityData data = ReliabilityData.of(new double[][] {{1, 2}});
    assertThat(data.withCoderNames(List.of("a", "b")).coderNames()).contains(List.of("a", "b"));
    assertThat(data.withUnitIds(List.of("I1")).unitIds()).contains(List.of("I1"));
    assertThatThrownBy(() -> data.withCoderNames(List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 coder names given for 2 coders");
    assertThatThrownBy(() -> data.withCoderNames(List.of("a", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeat");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            ReliabilityData.of(new double[][] {{1, M}}),
            ReliabilityData.of(new double[][] {{1, M}}),
            ReliabilityData.ofNullable(new Integer[][] {{1, null}}))
        .addEqualityGroup(
            ReliabilityData.of(new double[][] {{0.0}}), ReliabilityData.of(new double[][] {{-0.0}}))
        .addEqualityGroup(ReliabilityData.of(new double[][] {{1, 2}}))
        .addEqualityGroup(ReliabilityData.of(new double[][] {{1}, {2}}))
        .addEqualityGroup(
            ReliabilityData.of(new double[][] {{1, 2}}).withCoderNames(List.of("a", "b")))
        .testEquals();
  }

  @Test
  void rowMajorCellsMakeTheSameDataAsRows() {
    double[][] rows = {{1, 2, Double.NaN}, {3, 3, 4}};
    ReliabilityData fromRows = ReliabilityData.of(rows);
    double[] cells = {1, 2, Double.NaN, 3, 3, 4};
    ReliabilityData fromCells = ReliabilityData.ofRowMajor(2, 3, cells);
    assertThat(fromCells).isEqualTo(fromRows);
    cells[0] = 5;
    assertThat(fromCells.value(0, 0)).as("the array is copied").isEqualTo(1.0);
    assertThatThrownBy(() -> ReliabilityData.ofRowMajor(2, 2, cells))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6 values given for 2 units × 2 coders");
    assertThatThrownBy(
            () -> ReliabilityData.ofRowMajor(1, 2, new double[] {1, Double.POSITIVE_INFINITY}))
        .hasMessageContaining("unit 0, coder 1");
  }

  @Test
  void aUnitRangeKeepsItsRowsIdsAndCoderNames() {
    ReliabilityData all = ReliabilityData.of(new double[][] {{1, 2}, {3, Double.NaN}, {5, 6}})
        .withUnitIds(List.of("a", "b", "c"))
        .withCoderNames(List.of("x", "y"));
    ReliabilityData part = all.unitRange(1, 3);
    assertThat(part.unitCount()).isEqualTo(2);
    assertThat(part.value(0, 0)).isEqualTo(3.0);
    assertThat(part.isMissing(0, 1)).isTrue();
    assertThat(part.value(1, 1)).isEqualTo(6.0);
    assertThat(part.unitIds()).contains(List.of("b", "c"));
    assertThat(part.coderNames()).contains(List.of("x", "y"));
    assertThat(all.unitRange(0, 0).unitCount()).isZero();
    assertThatThrownBy(() -> all.unitRange(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void levelsWithAMissingMarkerMakeTheSameDataAsRows() {
    int none = Integer.MIN_VALUE;
    int[] levels = {1, 2, none, 3, 3, 4};
    ReliabilityData fromLevels = ReliabilityData.ofLevels(2, 3, levels, none);
    assertThat(fromLevels).isEqualTo(ReliabilityData.of(new double[][] {
      {1, 2, Double.NaN}, {3, 3, 4}
    }));
    levels[0] = 5;
    assertThat(fromLevels.value(0, 0)).as("the array is not kept").isEqualTo(1.0);
    assertThatThrownBy(() -> ReliabilityData.ofLevels(2, 2, levels, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6 levels given for 2 units × 2 coders");
  }

  /** A range shares its parent's array: it must behave exactly like a copy of its rows. */
  @Test
  void aUnitRangeBehavesLikeACopyOfItsRows() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    double[][] rows = new double[40][4];
    for (double[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        row[c] = random.nextInt(10) == 0 ? Double.NaN : 1 + random.nextInt(5);
      }
    }
    ReliabilityData all = ReliabilityData.of(rows).withCoderNames(List.of("a", "b", "c", "d"));
    for (int[] r : new int[][] {{0, 40}, {0, 13}, {13, 29}, {29, 40}, {7, 8}}) {
      ReliabilityData part = all.unitRange(r[0], r[1]);
      ReliabilityData copy = ReliabilityData.of(java.util.Arrays.copyOfRange(rows, r[0], r[1]))
          .withCoderNames(List.of("a", "b", "c", "d"));
      assertThat(part).isEqualTo(copy).hasSameHashCodeAs(copy).hasToString(copy.toString());
      assertThat(java.util.Arrays.deepEquals(part.toArray(), copy.toArray())).isTrue();
      assertThat(Divergences.distanceMatrix(part)).isEqualTo(Divergences.distanceMatrix(copy));
      for (Metric m : Metric.values()) {
        assertThat(KrippendorffAlpha.compute(part, m))
            .isEqualTo(KrippendorffAlpha.compute(copy, m));
      }
      assertThat(part.unitRange(0, part.unitCount() / 2))
          .isEqualTo(copy.unitRange(0, copy.unitCount() / 2));
    }
  }

  @Test
  void coderNamesMustBeDistinctForFewAndForManyCoders() {
    ReliabilityData three = ReliabilityData.of(new double[][] {{1, 2, 3}});
    assertThatThrownBy(() -> three.withCoderNames(List.of("a", "b", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coder names repeat");
    assertThat(three.withCoderNames(List.of("a", "b", "c")).coderNames())
        .contains(List.of("a", "b", "c"));
    ReliabilityData many = ReliabilityData.of(new double[][] {new double[20]});
    List<String> names = new java.util.ArrayList<>();
    for (int c = 0; c < 20; c++) {
      names.add("g" + c);
    }
    assertThat(many.withCoderNames(names).coderNames()).contains(names);
    names.set(19, "g3");
    assertThatThrownBy(() -> many.withCoderNames(names))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coder names repeat");
  }
}
