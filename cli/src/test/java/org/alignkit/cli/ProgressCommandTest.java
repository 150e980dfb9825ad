package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.alignkit.core.Exercise;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressCommandTest {
  static BigDecimal overall(String resource, String group) {
    Exercise e = Inputs.example(resource, ReportCommandTest.FW);
    return ScoringEngine.builder(ReportCommandTest.FW)
        .ruleSet(RuleSets.defaultRules())
        .build()
        .score(e.assessment(group).orElseThrow())
        .overall()
        .score()
        .orElseThrow()
        .toBigDecimal(MathContext.DECIMAL64);
  }

  @Test
  void theExampleRoundsPerGroupAndNode() {
    CliRun run = CliRun.of("progress", "--example");
    assertThat(run.exitCode).as(run.toString()).isZero();
    BigDecimal before = overall(Inputs.EXAMPLE_2024, "government");
    BigDecimal after = overall(Inputs.EXAMPLE_2026, "government");
    assertThat(run.out)
        .startsWith("Progress 2024 -> 2026 (rules default)")
        .containsPattern("(?m)^government\\s+alignkit-reference\\s+"
            + Pattern.quote(String.format(Locale.ROOT, "%.2f", before))
            + "\\s+"
            + Pattern.quote(String.format(Locale.ROOT, "%.2f", after))
            + "\\s+"
            + Pattern.quote(String.format(Locale.ROOT, "%+.2f", after.subtract(before)))
            + "\\s+(progress|stagnation|decline)$");
    for (String g : new String[] {
      "dp-on-budget", "dp-off-budget", "civil-society", "private-sector", "\\(all\\)"
    }) {
      assertThat(run.out).containsPattern("(?m)^" + g + "\\s+OB\\s");
    }
  }

  @Test
  void jsonRowsCarryBaselineCurrentChangeAndClass() throws Exception {
    CliRun run = CliRun.of("progress", "--example", "--format", "json", "--rules", "pefa-m2");
    assertThat(run.exitCode).as(run.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.path("rules").asText()).isEqualTo("pefa-m2");
    JsonNode gov = null;
    for (JsonNode row : json.path("rows")) {
      if (row.path("group").asText().equals("civil-society")
          && row.path("node").asText().equals("OR")) {
        gov = row;
      }
      if (!row.path("change").isNull()) {
        BigDecimal change = row.path("change").decimalValue();
        String cls = row.path("class").asText();
        if (change.signum() > 0) {
          assertThat(cls).isNotEqualTo("decline");
        } else if (change.signum() < 0) {
          assertThat(cls).isNotEqualTo("progress");
        }
        assertThat(change)
            .isCloseTo(
                row.path("current").decimalValue().subtract(row.path("baseline").decimalValue()),
                org.assertj.core.data.Offset.offset(new BigDecimal("0.0002")));
      }
    }
    assertThat(gov).isNotNull();
    Exercise e = Inputs.example(Inputs.EXAMPLE_2026, ReportCommandTest.FW);
    BigDecimal current = ScoringEngine.builder(ReportCommandTest.FW)
        .ruleSet(RuleSets.pefaM2())
        .build()
        .score(e.assessment("civil-society").orElseThrow())
        .node("OR")
        .orElseThrow()
        .score()
        .orElseThrow()
        .toBigDecimal(MathContext.DECIMAL64)
        .setScale(4, RoundingMode.HALF_EVEN);
    assertThat(gov.path("current").decimalValue()).isEqualByComparingTo(current);
  }

  @Test
  void twoAssessmentsOfAGroup() {
    CliRun run = CliRun.of(
        "progress",
        "../examples/kivara/2024/government.yaml",
        "../examples/kivara/2026/government.yaml");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).containsPattern("(?m)^government\\s+alignkit-reference\\s");
    assertThat(run.out).doesNotContainPattern("(?m)^civil-society\\s");
  }

  @Test
  void badInput(@TempDir Path dir) throws Exception {
    assertThat(CliRun.of("progress", "../examples/kivara/2024").exitCode)
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("progress", "--example", "../examples/kivara/2024").exitCode)
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("progress", "--example", "--rules", "x").exitCode)
        .isEqualTo(ExitCodes.USAGE);
    Path missing = dir.resolve("missing");
    CliRun run = CliRun.of("progress", "../examples/kivara/2024", missing.toString());
    assertThat(run.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err).contains(missing.toString());
    Path bad = Files.writeString(dir.resolve("cso.yaml"), MalformedFiles.BAD_ASSESSMENT);
    CliRun malformed =
        CliRun.of("progress", "../examples/kivara/2024/civil-society.yaml", bad.toString());
    assertThat(malformed.exitCode).as(malformed.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(malformed.err)
        .contains(bad + ":8:")
        .contains(bad + ":11:")
        .doesNotContain("Exception");
  }
}
