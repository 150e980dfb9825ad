package org.alignkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alignkit.analysis.AgendaItem;
import org.alignkit.core.Assessment;
import org.alignkit.core.Exercise;
import org.alignkit.core.StakeholderGroup;

/** Invariants of {@link RoundReports} on the Kivara example. */
class RoundReportsProperties {
  static final ReportModel KIVARA_2026 =
      RoundReports.of(RoundReportsTest.FW, RoundReportsTest.Y2026);

  @Provide
  Arbitrary<List<Assessment>> permutations() {
    return Arbitraries.shuffle(RoundReportsTest.Y2026.assessments());
  }

  /** The order in which the groups are listed changes nothing but the order. */
  @Property(tries = 25)
  void groupOrderDoesNotMatter(@ForAll("permutations") List<Assessment> order) {
    ReportModel m = RoundReports.of(RoundReportsTest.FW, Exercise.of(order));
    for (NodeResult r : KIVARA_2026.nodeResults()) {
      NodeResult other = m.nodeResult(r.nodeId()).orElseThrow();
      assertThat(other.overall()).isEqualTo(r.overall());
      assertThat(other.groups()).isEqualTo(r.groups());
    }
    assertThat(m.indicators()).containsExactlyElementsOf(KIVARA_2026.indicators());
    assertThat(m.agenda())
        .extracting(AgendaItem::indicatorId)
        .containsExactlyElementsOf(
            KIVARA_2026.agenda().stream().map(AgendaItem::indicatorId).toList());
    assertThat(m.alpha().orElseThrow())
        .isCloseTo(KIVARA_2026.alpha().orElseThrow(), org.assertj.core.data.Offset.offset(1e-12));
    for (GroupDistance d : KIVARA_2026.distances()) {
      assertThat(m.distance(d.first(), d.second()).orElseThrow())
          .isCloseTo(d.distance(), org.assertj.core.data.Offset.offset(1e-12));
    }
  }

  /**
   * Unanimity: when every group gives the same answers as one group of the example, the whole is
   * that group, nothing diverges and the agenda is empty.
   */
  @Property(tries = 5)
  void unanimousGroupsMakeAnUndividedWhole(
      @ForAll("groupIndex") int index, @ForAll("groupCount") int count) {
    Assessment model = RoundReportsTest.Y2026.assessments().get(index);
    List<Assessment> same = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StakeholderGroup g = StakeholderGroup.builder()
          .id(model.group().id() + "-" + i)
          .addAllKinds(model.group().kinds())
          .subnationalUnit(model.group().subnationalUnit())
          .addAllFundingChannels(model.group().fundingChannels())
          .build();
      same.add(Assessment.builder()
          .frameworkId(model.frameworkId())
          .frameworkVersion(model.frameworkVersion())
          .country(model.country())
          .subnationalUnit(model.subnationalUnit())
          .round(model.round())
          .group(g)
          .addAllRatings(model.ratings())
          .build());
    }
    ReportModel m = RoundReports.of(RoundReportsTest.FW, Exercise.of(same));
    assertThat(m.agenda()).isEmpty();
    assertThat(m.indicators()).noneMatch(IndicatorRow::divergent);
    assertThat(m.distances()).allSatisfy(d -> assertThat(d.distance()).isZero());
    for (NodeResult r : m.nodeResults()) {
      for (ScoreCell cell : r.groups().values()) {
        assertThat(r.overall()).as(r.nodeId()).contains(cell);
      }
    }
  }

  @Provide
  Arbitrary<Integer> groupIndex() {
    return Arbitraries.integers()
        .between(0, RoundReportsTest.Y2026.assessments().size() - 1);
  }

  @Provide
  Arbitrary<Integer> groupCount() {
    return Arbitraries.integers().between(2, 4);
  }
}
