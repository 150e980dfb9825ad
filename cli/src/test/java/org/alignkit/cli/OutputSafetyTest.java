package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output ever overwrites an input: an output file that is (by its real path, links followed) a
 * file the run reads is refused before anything is written, in every command; the output format
 * comes from --format or a known extension; a file that cannot be written is said to be so.
 */
class OutputSafetyTest {
  static final Path KIVARA = Path.of("../examples/kivara");

  @TempDir
  Path dir;

  Path round;
  Path baseline;
  Path gov;
  Path table;

  @BeforeEach
  void copyTheExample() throws Exception {
    round = copy(KIVARA.resolve("2026"), dir.resolve("r2026"));
    baseline = copy(KIVARA.resolve("2024"), dir.resolve("r2024"));
    gov = round.resolve("government.yaml");
    table = Files.copy(Path.of(AgreementCommandTest.EXAMPLE), dir.resolve("table.csv"));
  }

  static Path copy(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  private CliRun refused(int exitCode, String... args) {
    Snapshot before = Snapshot.of(dir);
    List<Path> existing = listing();
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode).as(run.toString()).isEqualTo(exitCode);
    assertThat(run.out).as(run.toString()).isEmpty();
    assertThat(run.err).doesNotContain("Exception").doesNotContain("wrote");
    before.assertUnchanged();
    assertThat(listing()).as("no file created").isEqualTo(existing);
    return run;
  }

  private List<Path> listing() {
    try (var all = Files.walk(dir)) {
      return all.sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anOutputThatIsAnInputIsRefusedInEveryCommand() {
    String[][] runs = {
      {"report", round.toString(), "--format", "html", "-o", gov.toString()},
      {
        "report",
        round.toString(),
        "--format",
        "json",
        "--baseline",
        baseline.toString(),
        "-o",
        baseline.resolve("consensus.yaml").toString()
      },
      {"score", gov.toString(), "--format", "text", "-o", gov.toString()},
      {
        "score",
        round.toString(),
        "--format",
        "json",
        "-o",
        round.resolve("exercise.yaml").toString()
      },
      {
        "compare",
        round.toString(),
        "--format",
        "csv",
        "-o",
        round.resolve("dp-on-budget.yaml").toString()
      },
      {
        "progress",
        baseline.toString(),
        round.toString(),
        "--format",
        "text",
        "-o",
        baseline.resolve("private-sector.yaml").toString()
      },
      {"agreement", table.toString(), "--metric", "ordinal", "-o", table.toString()}
    };
    for (String[] args : runs) {
      CliRun run = refused(ExitCodes.INVALID_INPUT, args);
      assertThat(run.err)
          .as(args[0])
          .startsWith("alignkit: refusing to write " + args[args.length - 1] + ": it is ")
          .contains("nothing was written");
    }
  }

  @Test
  void linksAreFollowed() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), gov.toAbsolutePath());
    CliRun run = refused(ExitCodes.INVALID_INPUT, "score", round.toString(), "-o", link.toString());
    assertThat(run.err).contains("refusing to write " + link).contains(gov.toString());
    Path hard = Files.createLink(dir.resolve("hard.txt"), round.resolve("civil-society.yaml"));
    refused(ExitCodes.INVALID_INPUT, "compare", round.toString(), "-o", hard.toString());
    // A link to the round folder: the file inside it is still an input.
    Path folderLink = Files.createSymbolicLink(dir.resolve("same"), round.toAbsolutePath());
    refused(
        ExitCodes.INVALID_INPUT,
        "report",
        round.toString(),
        "--format",
        "html",
        "-o",
        folderLink.resolve("government.yaml").toString());
  }

  @Test
  void aFileListedByAnExerciseElsewhereIsAnInput() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(
        elsewhere.resolve("exercise.yaml"),
        "apiVersion: alignkit/v1\nkind: Exercise\nassessments: [../r2026/government.yaml,"
            + " ../r2026/civil-society.yaml]\n");
    CliRun run = refused(
        ExitCodes.INVALID_INPUT,
        "compare",
        elsewhere.resolve("exercise.yaml").toString(),
        "--format",
        "text",
        "-o",
        gov.toString());
    assertThat(run.err).contains("refusing to write " + gov);
  }

  @Test
  void templateNeverReplacesAFilledForm() throws Exception {
    CliRun run =
        refused(ExitCodes.INVALID_INPUT, "template", "--group", "government", "-o", gov.toString());
    assertThat(run.err)
        .startsWith(
            "alignkit: refusing to write over " + gov + ": it is not a blank form (it holds ")
        .contains("rating(s) of group government");
    // A blank form may be written again (with other placeholders, say).
    Path blank = dir.resolve("blank.yaml");
    assertThat(CliRun.of("template", "--group", "government", "-o", blank.toString()).exitCode)
        .isZero();
    CliRun again =
        CliRun.of("template", "--group", "government", "--country", "XNA", "-o", blank.toString());
    assertThat(again.exitCode).as(again.toString()).isZero();
    assertThat(Files.readString(blank)).contains("country: XNA");
  }

  @Test
  void theFormatComesFromFormatOrAKnownExtension() {
    CliRun pdf = refused(
        ExitCodes.USAGE, "report", round.toString(), "-o", dir.resolve("r.pdf").toString());
    assertThat(pdf.err)
        .contains(dir.resolve("r.pdf") + ": .pdf is not a format this command writes; name the"
            + " file with one of .html, .json, .csv, or give --format")
        .contains("Run 'alignkit report --help' for usage.");
    CliRun yaml = refused(ExitCodes.USAGE, "report", round.toString(), "-o", gov.toString());
    assertThat(yaml.err).contains(".yaml is not a format this command writes");
    CliRun contradicts = refused(
        ExitCodes.USAGE,
        "score",
        gov.toString(),
        "--format",
        "csv",
        "-o",
        dir.resolve("s.json").toString());
    assertThat(contradicts.err)
        .contains("--format csv does not match the name " + dir.resolve("s.json")
            + ": files ending in .json are json");
    CliRun none = refused(
        ExitCodes.USAGE, "compare", round.toString(), "-o", dir.resolve("out").toString());
    assertThat(none.err).contains("cannot tell the format of " + dir.resolve("out"));
    // A known extension chooses the format; --format chooses it for any other name.
    Path csv = dir.resolve("scores.csv");
    CliRun byExtension = CliRun.of("score", gov.toString(), "-o", csv.toString());
    assertThat(byExtension.exitCode).as(byExtension.toString()).isZero();
    assertThat(csv).content().startsWith("group,ruleSet,node,");
    Path any = dir.resolve("scores.out");
    CliRun byOption = CliRun.of("score", gov.toString(), "--format", "json", "-o", any.toString());
    assertThat(byOption.exitCode).as(byOption.toString()).isZero();
    assertThat(any).content().startsWith("[");
  }

  @Test
  void aFileThatCannotBeWrittenIsSaidToBeSo() throws Exception {
    CliRun proc = refused(
        ExitCodes.INVALID_INPUT, "report", round.toString(), "-o", "/proc/alignkit-report.html");
    assertThat(proc.err)
        .isEqualTo("alignkit: cannot write /proc/alignkit-report.html: the folder /proc cannot be"
            + " written (check its permissions, or write elsewhere)\n");
    CliRun underAFile = refused(
        ExitCodes.INVALID_INPUT,
        "score",
        gov.toString(),
        "-o",
        gov.resolve("s.txt").toString());
    assertThat(underAFile.err)
        .contains("cannot write " + gov.resolve("s.txt") + ": ")
        .contains(gov.getFileName() + " is not a folder");
    Path folder = Files.createDirectories(dir.resolve("folder.html"));
    CliRun isFolder =
        refused(ExitCodes.INVALID_INPUT, "report", round.toString(), "-o", folder.toString());
    assertThat(isFolder.err).contains("cannot write " + folder + ": it is a folder");
  }

  @Test
  void missingFoldersAreCreatedByEveryCommand() throws Exception {
    String[][] runs = {
      {"template", "--group", "civil-society", "-o", "new/a/cso.csv"},
      {"score", gov.toString(), "-o", "new/b/s.json"},
      {"compare", round.toString(), "-o", "new/c/c.csv"},
      {"progress", baseline.toString(), round.toString(), "-o", "new/d/p.txt"},
      {"agreement", table.toString(), "--metric", "interval", "-o", "new/e/a.json"},
      {"report", round.toString(), "-o", "new/f/r.html"}
    };
    Snapshot inputs = Snapshot.of(round, baseline, table);
    for (String[] args : runs) {
      args[args.length - 1] = dir.resolve(args[args.length - 1]).toString();
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode).as(run.toString()).isZero();
      assertThat(run.out).as(args[0]).isEmpty();
      assertThat(run.err).as(args[0]).startsWith("alignkit: wrote " + args[args.length - 1]);
      assertThat(Path.of(args[args.length - 1])).as(args[0]).isNotEmptyFile();
    }
    // The CSV form was chosen by the extension.
    assertThat(dir.resolve("new/a/cso.csv"))
        .content()
        .startsWith("\"alignkit\",\"assessment-csv/v1\"");
    inputs.assertUnchanged();
  }
}
