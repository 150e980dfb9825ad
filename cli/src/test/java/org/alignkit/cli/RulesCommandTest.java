package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesCommandTest {
  @Test
  void listsBuiltInRulesWithParametersAndTheBundledRuleSets() {
    CliRun run = CliRun.of("rules");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .contains("weakest-link")
        .contains("gdhi")
        .contains("minimum-coverage")
        .contains("plus (boolean")
        .contains("Bundled rule sets")
        .contains("pefa-m2");
    assertThat(run.out
            .lines()
            .filter(l -> l.matches("  \\S+\\s+(aggregation|banding|missing-data)\\s.*")))
        .hasSizeGreaterThanOrEqualTo(15);
  }
}
