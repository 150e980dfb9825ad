package org.alignkit.spec;

import static org.alignkit.spec.Problems.of;
import static org.alignkit.spec.Problems.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.alignkit.core.ActionStatus;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Endorsement;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.ProblemCode;
import org.alignkit.spec.SpecProblem.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consensus records: agreed ratings, dissents and actions, checked against the framework. */
class ConsensusFilesTest {
  static final SpecLoader LOADER = TestFiles.loader();

  @TempDir
  Path dir;

  @Test
  void aConsensusRecordLoads() {
    ConsensusRecord r = LOADER.loadConsensus(TestFiles.resource("consensus.yaml"));
    assertThat(r.agreed().group().id()).isEqualTo(ConsensusRecord.CONSENSUS_GROUP_ID);
    assertThat(r.agreed().rating("OB-2.1").orElseThrow().level()).hasValue(2);
    assertThat(r.dissents("OB-2.1")).singleElement().satisfies(d -> {
      assertThat(d.groupId()).isEqualTo("government");
      assertThat(d.level()).hasValue(3);
    });
    assertThat(r.actions()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("2024-OB-1");
      assertThat(a.due()).hasValue(LocalDate.of(2024, 12, 31));
      assertThat(a.indicatorIds()).containsExactly("OB-2.1", "OB-2.2");
    });
  }

  @Test
  void everyMistakeInDissentsAndActionsIsReportedAtOnce() {
    String text = TestFiles.text("consensus.yaml")
        .replace(
            "  - indicator: OB-2.1\n    group: government\n    level: 3",
            "  - indicator: OB-21\n    group: government\n    level: 6")
        .replace("domain: OB\n", "domain: OBB\n")
        .replace("indicators: [OB-2.1, OB-2.2]", "indicators: [OB-2.1, OP-2.2]");
    Path f = TestFiles.write(dir, "consensus.yaml", text);
    List<SpecProblem> problems = of(() -> LOADER.loadConsensus(f));
    assertThat(problems)
        .extracting(Problems::where)
        .containsExactly(
            "12:16 /dissents/0/indicator",
            "14:12 /dissents/0/level",
            "17:13 /actions/0/domain",
            "21:26 /actions/0/indicators/1");
    assertThat(problems)
        .extracting(p -> p.fix().orElse(""))
        .containsExactly(
            "did you mean OB-2.1?",
            "use a level from 1 to 5",
            "did you mean OB?",
            "did you mean OB-2.2?");
  }

  // ---- the action plan that lasts: ids, endorsements, follow-up (the Kivara example) ----

  static final Path KIVARA = Path.of("..", "examples", "kivara");
  static final SpecLoader DEFAULTS = SpecLoader.defaults();
  static final Framework REFERENCE = DEFAULTS.bundledFramework();

  private Path kivara(String round, String edit, String replacement) {
    String text = TestFiles.text(KIVARA.resolve(round).resolve("consensus.yaml"));
    if (!edit.isEmpty()) {
      assertThat(text).contains(edit);
      text = text.replace(edit, replacement);
    }
    return TestFiles.write(dir, round + "/consensus.yaml", text);
  }

  @Test
  void theKivaraRecordsCarryThePlanItsEndorsementsAndItsFollowUp() {
    Exercise y2026 = DEFAULTS.loadExercise(KIVARA.resolve("2026"), REFERENCE);
    Exercise y2024 = DEFAULTS.loadExercise(KIVARA.resolve("2024"), REFERENCE);
    ConsensusRecord plan2024 =
        DEFAULTS.loadConsensus(KIVARA.resolve("2024/consensus.yaml"), REFERENCE, y2024);
    ConsensusRecord r =
        DEFAULTS.loadConsensus(KIVARA.resolve("2026/consensus.yaml"), REFERENCE, y2026, plan2024);
    assertThat(plan2024.actions()).hasSize(8).extracting(a -> a.id()).startsWith("2024-OP-1");
    assertThat(plan2024.endorsements())
        .extracting(Endorsement::body)
        .containsExactly(
            "Alignment Technical Working Group (ATWG)",
            "Joint Core Coordinating Committee (JCCC)",
            "Joint Consultative Forum (JCF)");
    assertThat(r.round().date()).isEqualTo(LocalDate.of(2026, 3, 26));
    assertThat(r.followUp()).hasValueSatisfying(f -> {
      assertThat(f.planRoundId()).isEqualTo("2024");
      assertThat(f.actions()).hasSize(8);
      assertThat(f.action("2024-OB-3").orElseThrow().status()).isEqualTo(ActionStatus.NOT_STARTED);
      assertThat(f.actions())
          .extracting(a -> a.status())
          .contains(
              ActionStatus.DONE,
              ActionStatus.IN_PROGRESS,
              ActionStatus.NOT_STARTED,
              ActionStatus.DROPPED);
    });
    assertThat(r.checkFollowUp(plan2024)).isEmpty();
    assertThat(r.check(y2026)).isEmpty();
  }

  @Test
  void theNewFieldsSurviveYamlAndJson() {
    ConsensusRecord r = DEFAULTS.loadConsensus(KIVARA.resolve("2026/consensus.yaml"), REFERENCE);
    for (SpecWriter w : new SpecWriter[] {SpecWriter.yaml(), SpecWriter.json()}) {
      Path f = TestFiles.write(dir, "again." + w.format().extension(), w.write(r));
      assertThat(DEFAULTS.loadConsensus(f, REFERENCE)).isEqualTo(r);
    }
  }

  @Test
  void aStatusForAnActionThePreviousPlanLacksIsLocated() {
    Exercise y2026 = DEFAULTS.loadExercise(KIVARA.resolve("2026"), REFERENCE);
    ConsensusRecord plan2024 = DEFAULTS.loadConsensus(KIVARA.resolve("2024/consensus.yaml"));
    Path f = kivara("2026", "  - action: 2024-OB-3\n", "  - action: 2024-OB-9\n");
    SpecProblem p = Problems.single(() -> DEFAULTS.loadConsensus(f, REFERENCE, y2026, plan2024));
    assertThat(p.location().pointer()).isEqualTo("/followUp/actions/5/action");
    assertThat(p.location().line()).isEqualTo(lineOf(f, "2024-OB-9"));
    assertThat(p.location().column()).isEqualTo(13);
    assertThat(p.layer()).isEqualTo(Layer.MEANING);
    assertThat(p.code()).hasValue(ProblemCode.UNKNOWN_ACTION);
    assertThat(p.message()).isEqualTo("the plan of round 2024 has no action '2024-OB-9'");
    assertThat(p.fix()).hasValue("did you mean 2024-OB-1?");
    assertThat(p.toString()).startsWith(f + ":" + p.location().line() + ":13: ");
    // Without the previous plan the record alone is valid.
    assertThat(DEFAULTS.loadConsensus(f, REFERENCE).followUp()).isPresent();
  }

  @Test
  void aFollowUpOfAnotherRoundsPlanIsLocated() {
    Exercise y2026 = DEFAULTS.loadExercise(KIVARA.resolve("2026"), REFERENCE);
    ConsensusRecord plan2024 = DEFAULTS.loadConsensus(KIVARA.resolve("2024/consensus.yaml"));
    Path f = kivara("2026", "followUp:\n  round: '2024'", "followUp:\n  round: '2022'");
    SpecProblem p = Problems.single(() -> DEFAULTS.loadConsensus(f, REFERENCE, y2026, plan2024));
    assertThat(where(p)).isEqualTo(lineOf(f, "round: '2022'") + ":10 /followUp/round");
    assertThat(p.code()).hasValue(ProblemCode.ROUND_MISMATCH);
    assertThat(p.fix())
        .hasValue("follow up the plan of round 2024, or give the record of round 2022");
  }

  @Test
  void aConsensusRecordFromAnotherRoundIsLocated() {
    Exercise y2026 = DEFAULTS.loadExercise(KIVARA.resolve("2026"), REFERENCE);
    Path f = kivara("2024", "", "");
    SpecProblem p = Problems.single(() -> DEFAULTS.loadConsensus(f, REFERENCE, y2026));
    assertThat(where(p)).isEqualTo(lineOf(f, "round: {id: '2024'") + ":13 /round/id");
    assertThat(p.code()).hasValue(ProblemCode.ROUND_MISMATCH);
    assertThat(p.message())
        .isEqualTo("the consensus record is of round '2024', but the exercise is round '2026'");
    assertThat(p.toString())
        .isEqualTo(f + ":" + lineOf(f, "round: {id: '2024'")
            + ":13: /round/id: the consensus record is of round '2024', but the exercise is round"
            + " '2026' (give the consensus record of round 2026, or the exercise of round 2024)");
  }

  @Test
  void aDissentOfAGroupTheRoundLacksIsLocated() {
    Exercise y2026 = DEFAULTS.loadExercise(KIVARA.resolve("2026"), REFERENCE);
    Path f = kivara("2026", "  group: civil-society\n", "  group: civil-societies\n");
    SpecProblem p = Problems.single(() -> DEFAULTS.loadConsensus(f, REFERENCE, y2026));
    assertThat(where(p)).isEqualTo(lineOf(f, "group: civil-societies") + ":10 /dissents/4/group");
    assertThat(p.code()).hasValue(ProblemCode.UNKNOWN_GROUP);
    assertThat(p.fix()).hasValue("did you mean civil-society?");
  }

  @Test
  void anEndorsementBeforeTheWorkshopIsLocated() {
    Path f = kivara("2024", "  date: 2024-04-25\n", "  date: 2024-03-01\n");
    SpecProblem p = Problems.single(() -> DEFAULTS.loadConsensus(f, REFERENCE));
    assertThat(where(p)).isEqualTo(lineOf(f, "date: 2024-03-01") + ":9 /endorsements/0/date");
    assertThat(p.code()).hasValue(ProblemCode.DATE_OUT_OF_ORDER);
    assertThat(p.message())
        .isEqualTo("Alignment Technical Working Group (ATWG) endorsed the plan on 2024-03-01,"
            + " before the workshop that agreed it (2024-03-28)");
    // validate reports the same problem.
    assertThat(DEFAULTS.validate(f, REFERENCE)).containsExactly(p);
  }

  @Test
  void actionsNeedUniqueIdsAndStatusesAKnownValue() {
    Path f = kivara("2026", "- id: 2026-OB-2\n  domain: OB\n", "- domain: OB\n");
    SpecProblem missing = Problems.single(() -> DEFAULTS.loadConsensus(f, REFERENCE));
    assertThat(missing.layer()).isEqualTo(Layer.SCHEMA);
    assertThat(missing.location().pointer()).isEqualTo("/actions/3/id");
    assertThat(missing.message()).contains("id");

    Path twice = kivara("2026", "- id: 2026-OB-2\n", "- id: 2026-OB-1\n");
    SpecProblem dup = Problems.single(() -> DEFAULTS.loadConsensus(twice, REFERENCE));
    assertThat(where(dup)).isEqualTo(lineOf(twice, "- id: 2026-OB-1", 2) + ":7 /actions/3/id");
    assertThat(dup.code()).hasValue(ProblemCode.DUPLICATE_ID);

    Path status = kivara("2026", "status: dropped", "status: abandoned");
    SpecProblem bad = Problems.single(() -> DEFAULTS.loadConsensus(status, REFERENCE));
    assertThat(where(bad))
        .isEqualTo(lineOf(status, "status: abandoned") + ":13 /followUp/actions/2/status");
    assertThat(bad.layer()).isEqualTo(Layer.SCHEMA);
  }

  /** The 1-based line of the first line of a file containing {@code text}. */
  static int lineOf(Path file, String text) {
    return lineOf(file, text, 1);
  }

  /** The 1-based line of the n-th line of a file containing {@code text}. */
  static int lineOf(Path file, String text, int n) {
    List<String> lines = TestFiles.text(file).lines().toList();
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text) && ++seen == n) {
        return i + 1;
      }
    }
    throw new AssertionError("no line with " + text + " in " + file);
  }
}
