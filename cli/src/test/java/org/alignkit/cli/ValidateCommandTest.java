package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @Test
  void theExampleFilesAreValid() {
    CliRun run = CliRun.of(
        "validate",
        "../examples/kivara/2024/government.yaml",
        "../examples/kivara/2024/consensus.yaml",
        "../examples/kivara/2026");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("government.yaml: ok").contains("2026: ok");
  }

  @Test
  void everyProblemIsPrintedLikeACompiler(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, MalformedFiles.BAD_ASSESSMENT);
    CliRun run = CliRun.of("validate", bad.toString());
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err)
        .contains(bad + ":8:")
        .contains("/ratings/0/indicator")
        .contains("(did you mean OP-1.1?)")
        .contains(bad + ":11:")
        .contains("/ratings/1/level")
        .contains("2 problems found.")
        .doesNotContain("Exception");
  }

  @Test
  void filledCsvTemplatesAreValidatedToo(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("cso.csv");
    assertThat(CliRun.of(
                "template", "--group", "civil-society", "--format", "csv", "-o", csv.toString())
            .exitCode)
        .isZero();
    assertThat(CliRun.of("validate", csv.toString()).exitCode).isZero();
    java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
    int row = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(",\"OP-1.1\",")) {
        row = i;
        break;
      }
    }
    assertThat(row).as("a row for OP-1.1").isPositive();
    String line = lines.get(row);
    assertThat(line)
        .endsWith(",\"\",\"\",\"\""); // level, evidence and comment are the last three cells
    lines.set(row, line.substring(0, line.length() - 8) + "\"seven\",\"\",\"\"");
    Files.write(csv, lines);
    CliRun run = CliRun.of("validate", csv.toString());
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err).contains(csv + ":" + (row + 1) + ":").contains("'seven'");
  }

  @Test
  void hostileAndMissingFiles(@TempDir Path dir) throws Exception {
    Path alias = Files.writeString(
        dir.resolve("a.yaml"), "apiVersion: alignkit/v1\nkind: Framework\nid: &x a\nversion: *x\n");
    CliRun run =
        CliRun.of("validate", alias.toString(), dir.resolve("missing.yaml").toString());
    assertThat(run.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err).contains("anchors").contains("missing.yaml");
    assertThat(CliRun.of("validate").exitCode).isEqualTo(ExitCodes.USAGE);
  }
}
