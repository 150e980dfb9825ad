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
    assertThat(run.out).contains("Usage: alignkit").contains("Exit codes: 0 success, 1 invalid input, 2 usage error");
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    CliRun run = CliRun.of("--frobnicate");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Unknown option: '--frobnicate'").doesNotContain("at org.");
  }
}
