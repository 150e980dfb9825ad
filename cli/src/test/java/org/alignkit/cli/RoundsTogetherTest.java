package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rounds that do not belong together are refused with the reason (exit 1): progress needs one
 * country and a baseline dated before the current round, a consensus record must be the round's,
 * a group has one assessment. Rounds of different groups are compared group by group only, and
 * the groups in one round only are listed. Every input file is byte-identical afterwards.
 */
class RoundsTogetherTest {
  static final Path KIVARA = Path.of("../examples/kivara");

  @TempDir
  Path dir;

  Path r2024;
  Path r2026;
  Snapshot inputs;

  @BeforeEach
  void copyTheExample() throws Exception {
    r2024 = OutputSafetyTest.copy(KIVARA.resolve("2024"), dir.resolve("r2024"));
    r2026 = OutputSafetyTest.copy(KIVARA.resolve("2026"), dir.resolve("r2026"));
  }

  private CliRun run(int exitCode, String... args) {
    inputs = Snapshot.of(dir);
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode).as(run.toString()).isEqualTo(exitCode);
    assertThat(run.err).doesNotContain("Exception");
    inputs.assertUnchanged();
    return run;
  }

  /** A copy of a round in another country (a fictional code), in its own folder. */
  private Path inCountry(Path round, String country) throws Exception {
    Path copy = Files.createDirectories(dir.resolve(round.getFileName() + "-" + country));
    try (var files = Files.list(round)) {
      for (Path f : files.toList()) {
        Files.writeString(
            copy.resolve(f.getFileName()),
            Files.readString(f).replaceAll("(?m)^country: XKV", "country: " + country));
      }
    }
    return copy;
  }

  @Test
  void progressFromTheLaterRoundToTheEarlierIsRefused() {
    CliRun run = run(ExitCodes.INVALID_INPUT, "progress", r2026.toString(), r2024.toString());
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo("alignkit: the two rounds are not a baseline and a later round of one series:\n"
            + "  the baseline round 2026 (2026-03-19) is not dated before the current round 2024"
            + " (2024-03-14): give the earlier round first\n");
    CliRun fr = run(
        ExitCodes.INVALID_INPUT, "progress", r2026.toString(), r2024.toString(), "--lang", "fr");
    assertThat(fr.err)
        .contains("les deux cycles ne sont pas une référence et un cycle ultérieur")
        .contains("le cycle de référence 2026 (2026-03-19) n'est pas daté avant le cycle actuel");
  }

  @Test
  void progressBetweenTwoCountriesIsRefused() throws Exception {
    Path other = inCountry(r2026, "XKB");
    CliRun run = run(ExitCodes.INVALID_INPUT, "progress", r2024.toString(), other.toString());
    assertThat(run.err)
        .contains("the baseline is of country XKV, the current round of XKB: progress compares"
            + " rounds of one country");
    CliRun report = run(
        ExitCodes.INVALID_INPUT,
        "report",
        other.toString(),
        "--baseline",
        r2024.toString(),
        "-o",
        dir.resolve("r.html").toString());
    assertThat(report.err)
        .startsWith("alignkit: the baseline " + r2024 + " is not an earlier round of this round's")
        .contains("the baseline is of country XKV");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void roundsOfDifferentGroupsAreComparedGroupByGroup() {
    // One assessment against a folder of five groups.
    CliRun run = run(0, "progress", r2024.resolve("government.yaml").toString(), r2026.toString());
    assertThat(run.out)
        .containsPattern("(?m)^government\\s+OB\\s")
        .doesNotContainPattern("(?m)^\\(all\\)")
        .contains("Only in the current round (not compared): dp-on-budget, dp-off-budget,"
            + " civil-society, private-sector")
        .contains("The whole (all) is not compared: the rounds have different groups.");
    CliRun json = run(
        0,
        "progress",
        r2024.resolve("government.yaml").toString(),
        r2026.toString(),
        "--format",
        "json");
    assertThat(json.out)
        .contains("\"onlyInCurrent\" : [ \"dp-on-budget\", \"dp-off-budget\"")
        .contains("\"wholeCompared\" : false")
        .doesNotContain("\"group\" : null");
  }

  @Test
  void anotherVersionOfTheFrameworkIsComparedIndicatorByIndicator() throws Exception {
    String bundled = Files.readString(Path.of(
        "../model-spec/src/main/resources/org/alignkit/spec/bundled/alignkit-reference.yaml"));
    // Version 1.1 drops OR-4.4, the last indicator; the 2026 round answers it.
    Path v11 = dir.resolve("framework-1.1.yaml");
    Files.writeString(
        v11,
        bundled
            .substring(0, bundled.indexOf("    - id: OR-4.4"))
            .replaceFirst("(?m)^version: '1.0'", "version: '1.1'"));
    Path v10 = Files.writeString(dir.resolve("framework-1.0.yaml"), bundled);
    Path current = Files.createDirectories(dir.resolve("r2026-v11"));
    try (var files = Files.list(r2026)) {
      for (Path f : files.toList()) {
        Files.writeString(
            current.resolve(f.getFileName()),
            Files.readString(f)
                .replace("version: '1.0'}", "version: '1.1'}")
                .replaceAll("(?m)^- indicator: OR-4\\.4\n(  .*\n)*", ""));
      }
    }
    CliRun run = run(
        0,
        "progress",
        r2024.toString(),
        current.toString(),
        "--framework",
        v11.toString(),
        "--baseline-framework",
        v10.toString());
    assertThat(run.out)
        .contains("Framework alignkit-reference: version 1.0 in the baseline, 1.1 now; indicators"
            + " and nodes are matched by id, 1 indicator(s) not comparable:\n"
            + "  OR-4.4: removed from the current version\n")
        .containsPattern("(?m)^government\s+OP\s");
    // Without the baseline's framework, the baseline does not load against version 1.1.
    CliRun without = run(
        ExitCodes.INVALID_INPUT,
        "progress",
        r2024.toString(),
        current.toString(),
        "--framework",
        v11.toString());
    assertThat(without.err).contains("version 1.0");
  }

  @Test
  void roundsWithoutACommonGroupAreRefused() {
    CliRun run = run(
        ExitCodes.INVALID_INPUT,
        "progress",
        r2024.resolve("government.yaml").toString(),
        r2026.resolve("civil-society.yaml").toString());
    assertThat(run.err)
        .contains("no group is in both rounds (baseline groups: [government], current groups:"
            + " [civil-society])");
  }

  @Test
  void aConsensusOfAnotherRoundOrCountryIsRefused() throws Exception {
    Path out = dir.resolve("r.html");
    CliRun other = run(
        ExitCodes.INVALID_INPUT,
        "report",
        r2026.toString(),
        "--consensus",
        r2024.resolve("consensus.yaml").toString(),
        "-o",
        out.toString());
    // Read against the round it is used with: a located problem of the record.
    assertThat(other.err)
        .isEqualTo(r2024.resolve("consensus.yaml") + ":8:13: /round/id: the consensus record is"
            + " of round '2024', but the exercise is round '2026' (give the consensus record of"
            + " round 2026, or the exercise of round 2024)\n");
    Path elsewhere = inCountry(r2024, "XKB");
    CliRun country = run(
        ExitCodes.INVALID_INPUT,
        "report",
        r2024.toString(),
        "--consensus",
        elsewhere.resolve("consensus.yaml").toString(),
        "-o",
        out.toString(),
        "--lang",
        "fr");
    assertThat(country.err)
        .startsWith(elsewhere.resolve("consensus.yaml") + ":")
        .contains("/country: the consensus record is of country 'XKB', but the exercise is of"
            + " 'XKV'");
    assertThat(out).doesNotExist();
    // The round's own consensus is accepted.
    CliRun own = run(
        0,
        "report",
        r2024.toString(),
        "--consensus",
        r2024.resolve("consensus.yaml").toString(),
        "-o",
        out.toString());
    assertThat(own.err).contains("wrote " + out);
  }

  @Test
  void twoFilesForOneGroupNameEveryFile() throws Exception {
    Path round = Files.createDirectories(dir.resolve("twice"));
    Files.copy(r2026.resolve("government.yaml"), round.resolve("government.yaml"));
    Files.copy(r2026.resolve("government.yaml"), round.resolve("ministere.yaml"));
    Files.copy(r2026.resolve("civil-society.yaml"), round.resolve("civil-society.yaml"));
    CliRun folder = run(ExitCodes.INVALID_INPUT, "compare", round.toString());
    assertThat(folder.err)
        .contains("group 'government' has two assessments in this exercise (its assessments are "
            + round.resolve("government.yaml") + " and " + round.resolve("ministere.yaml"));
    CliRun files = run(
        ExitCodes.INVALID_INPUT,
        "compare",
        round.resolve("government.yaml").toString(),
        round.resolve("ministere.yaml").toString());
    assertThat(files.err)
        .contains("group 'government' has more than one assessment: ["
            + round.resolve("government.yaml") + ", " + round.resolve("ministere.yaml") + "]");
  }
}
