package org.alignkit.analysis.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.alignkit.analysis.TestRounds;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.junit.jupiter.api.Test;

/** Benchmarks as in the Global Digital Health Index: above, at or below a regional reference. */
class BenchmarksTest {
  static final Framework F = TestRounds.framework("1.0", 5, "OP-1:OP-1.1,OP-1.2;OB-1:OB-1.1");
  static final Assessment GOV = TestRounds.assessment(F, "2026", TestRounds.group("gov"), "2 3 NA");
  static final Map<String, BigDecimal> REFERENCE = Map.of(
      "OP-1.1", new BigDecimal("2.5"), "OP-1.2", new BigDecimal("3"), "OB-1.1", BigDecimal.ONE);

  @Test
  void placesEachIndicatorAboveAtOrBelowPar() {
    List<BenchmarkPosition> p = Benchmarks.compare(F, GOV, REFERENCE);
    assertThat(p)
        .extracting(BenchmarkPosition::nodeId)
        .containsExactly("OP-1.1", "OP-1.2", "OB-1.1");
    assertThat(p)
        .extracting(BenchmarkPosition::par)
        .containsExactly(Par.BELOW, Par.AT, Par.NOT_AVAILABLE);
    assertThat(p.get(0).difference())
        .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-0.5"));
    assertThat(p.get(2).difference()).isEmpty();
    Assessment high = TestRounds.assessment(F, "2026", TestRounds.group("cso"), "4 3 2");
    assertThat(Benchmarks.compare(F, high, REFERENCE))
        .extracting(BenchmarkPosition::par)
        .containsExactly(Par.ABOVE, Par.AT, Par.ABOVE);
  }

  @Test
  void toleranceBoundariesAreAtPar() {
    List<BenchmarkPosition> p = Benchmarks.compare(F, GOV, REFERENCE, new BigDecimal("0.5"));
    assertThat(p.get(0).par()).isEqualTo(Par.AT);
    assertThat(
            Benchmarks.compare(F, GOV, REFERENCE, new BigDecimal("0.49")).get(0).par())
        .isEqualTo(Par.BELOW);
    assertThatThrownBy(() -> Benchmarks.compare(F, GOV, REFERENCE, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void meanReferenceIsExact() {
    List<Assessment> region = List.of(
        TestRounds.assessment(F, "2026", TestRounds.group("gov"), "3 2 1"),
        TestRounds.assessment(F, "2026", TestRounds.group("cso"), "3 3 2"),
        TestRounds.assessment(F, "2026", TestRounds.group("ps"), "3 NA 2"));
    Map<String, BigDecimal> mean = Benchmarks.meanReference(F, region);
    // A mean of levels that are all 3 is exactly 3.
    assertThat(mean.get("OP-1.1")).isEqualTo(new BigDecimal("3"));
    assertThat(mean.get("OP-1.2")).isEqualTo(new BigDecimal("2.5"));
    assertThat(mean.get("OB-1.1").toPlainString()).startsWith("1.666666666").endsWith("7");
  }

  @Test
  void comparesNodeScoresAndRejectsUnknownIds() {
    var scores = TestRounds.means(F, GOV);
    List<BenchmarkPosition> p = Benchmarks.compareNodes(
        F, scores, Map.of("OP-1", new BigDecimal("2.5"), "OB-1", BigDecimal.ONE), BigDecimal.ZERO);
    assertThat(p).extracting(BenchmarkPosition::nodeId).containsExactly("OP-1", "OB-1");
    assertThat(p).extracting(BenchmarkPosition::par).containsExactly(Par.AT, Par.NOT_AVAILABLE);
    assertThatThrownBy(() -> Benchmarks.compare(F, GOV, Map.of("XX-9", BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XX-9'");
    assertThatThrownBy(() ->
            Benchmarks.compareNodes(F, scores, Map.of("OP-1.1", BigDecimal.ONE), BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
