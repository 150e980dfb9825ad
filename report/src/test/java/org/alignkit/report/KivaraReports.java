package org.alignkit.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.spec.SpecLoader;

/**
 * The Kivara example ({@code examples/kivara}) as report models: round 2026 with 2024 as baseline
 * and both consensus records (the 2026 record follows up the 2024 plan), as the README's command
 * builds it; and a round of eight groups for the charts.
 */
final class KivaraReports {
  static final SpecLoader LOADER = SpecLoader.defaults();
  static final Framework FW = LOADER.bundledFramework();
  static final Path KIVARA = Path.of("..", "examples", "kivara");
  static final Exercise Y2024 = LOADER.loadExercise(KIVARA.resolve("2024"), FW);
  static final Exercise Y2026 = LOADER.loadExercise(KIVARA.resolve("2026"), FW);
  static final ConsensusRecord C2024 =
      LOADER.loadConsensus(KIVARA.resolve("2024/consensus.yaml"), FW, Y2024);
  static final ConsensusRecord C2026 =
      LOADER.loadConsensus(KIVARA.resolve("2026/consensus.yaml"), FW, Y2026, C2024);

  private KivaraReports() {}

  /** Round 2026, baseline 2024, both consensus records. */
  static RoundReports.Builder fullBuilder() {
    return RoundReports.builder(FW, Y2026)
        .baseline(Y2024)
        .consensus(C2026)
        .baselineConsensus(C2024);
  }

  /** The model of the example report with baseline and consensus. */
  static ReportModel full() {
    return fullBuilder().build().model();
  }

  /**
   * Round 2026 with eight groups: the five of the example and three more (regional health
   * directorates answering as the ministry does), for charts with many series.
   */
  static ReportModel eightGroups() {
    List<Assessment> all = new ArrayList<>(Y2026.assessments());
    String[][] extra = {
      {"north", "Northern Regional Health Directorate", "Direction régionale de la santé du Nord"},
      {"south", "Southern Regional Health Directorate", "Direction régionale de la santé du Sud"},
      {"east", "Eastern Regional Health Directorate", "Direction régionale de la santé de l'Est"}
    };
    Assessment gov = Y2026.assessment("government").orElseThrow();
    for (String[] e : extra) {
      StakeholderGroup g = StakeholderGroup.builder()
          .id(e[0])
          .name(LocalizedText.of(e[1], e[2]))
          .addAllKinds(gov.group().kinds())
          .build();
      all.add(Assessment.builder()
          .frameworkId(gov.frameworkId())
          .frameworkVersion(gov.frameworkVersion())
          .country(gov.country())
          .round(gov.round())
          .group(g)
          .addAllRatings(gov.ratings())
          .build());
    }
    return RoundReports.of(FW, Exercise.of(all));
  }
}
