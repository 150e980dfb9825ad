package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootCommandTest {
  @Test
  void versionPrintsTheProjectVersion() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).matches("alignkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\s*");
  }

  @Test
  void helpListsExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains("Usage: alignkit")
        .contains("Exit codes: 0 success, 1 invalid input, 2 usage error");
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    CliRun run = CliRun.of("--frobnicate");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Unknown option: '--frobnicate'").doesNotContain("at org.");
  }

  @Test
  void everyRoundCommandHasHelp() {
    assertThat(CliRun.of("--help").out).contains("report").contains("compare").contains("progress");
    String[][] expected = {
      {"report", "--baseline", "--consensus", "--rules", "--lang", "--example", "-o"},
      {"compare", "--example", "--format", "--lang"},
      {"progress", "BASELINE", "--example", "--rules", "--format"}
    };
    for (String[] command : expected) {
      CliRun run = CliRun.of(command[0], "--help");
      assertThat(run.exitCode).as(run.toString()).isZero();
      for (int i = 1; i < command.length; i++) {
        assertThat(run.out).as(command[0]).contains(command[i]);
      }
    }
  }
}
