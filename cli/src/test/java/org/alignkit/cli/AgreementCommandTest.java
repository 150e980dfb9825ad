package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code alignkit agreement} on the worked example of Krippendorff, K. (2011), "Computing
 * Krippendorff's Alpha-Reliability", section C (4 coders × 12 units with missing values): published
 * α = 0.743 nominal, 0.815 ordinal, 0.849 interval, 0.797 ratio.
 */
class AgreementCommandTest {
  static final String EXAMPLE = "../examples/agreement/krippendorff-2011-section-c.csv";

  @Test
  void textOutputGivesThePublishedOrdinalAlpha() {
    CliRun run = CliRun.of("agreement", EXAMPLE, "--metric", "ordinal");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .startsWith("Krippendorff's alpha (ordinal): 0.8154")
        .contains("units: 12 (11 with 2 or more values), coders: 4, pairable values: 40");
  }

  @Test
  void jsonOutputCarriesMetricAlphaUnitsAndCoders() throws Exception {
    for (String[] expected :
        new String[][] {{"nominal", "0.743"}, {"interval", "0.849"}, {"RATIO", "0.797"}}) {
      CliRun run = CliRun.of("agreement", EXAMPLE, "--metric", expected[0], "--format", "json");
      assertThat(run.exitCode).as(run.toString()).isZero();
      JsonNode o = new ObjectMapper().readTree(run.out);
      assertThat(o.get("metric").asText())
          .isEqualTo(expected[0].toLowerCase(java.util.Locale.ROOT));
      assertThat(o.get("alpha").asDouble())
          .isCloseTo(Double.parseDouble(expected[1]), within(0.0005));
      assertThat(o.get("units").asInt()).isEqualTo(12);
      assertThat(o.get("coders").asInt()).isEqualTo(4);
    }
  }

  @Test
  void badCellsAreReportedAllAtOnceWithLineAndColumn(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "unit,A,B\nu1,1,x\nu2,2\nu3,three,3\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("agreement", csv.toString(), "--metric", "interval");
    assertThat(run.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err.lines())
        .containsExactly(
            csv
                + ":2:3: 'x' is not a number (write a number, or leave the cell empty or NA when missing)",
            csv
                + ":3:1: the row has 2 fields but the header has 3 (leave a cell empty or write NA for a missing value)",
            csv
                + ":4:2: 'three' is not a number (write a number, or leave the cell empty or NA when missing)");
    assertThat(run.err).doesNotContain("Exception");
  }

  @Test
  void missingFileEmptyFileAndUnknownMetric(@TempDir Path dir) throws Exception {
    CliRun missing =
        CliRun.of("agreement", dir.resolve("nope.csv").toString(), "--metric", "ordinal");
    assertThat(missing.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err).contains("nope.csv");

    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    CliRun e = CliRun.of("agreement", empty.toString(), "--metric", "ordinal");
    assertThat(e.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(e.err).contains(":1:1: the file is empty");

    CliRun usage = CliRun.of("agreement", EXAMPLE, "--metric", "cosine");
    assertThat(usage.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(usage.err).contains("'cosine' is not a metric");

    CliRun noMetric = CliRun.of("agreement", EXAMPLE);
    assertThat(noMetric.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(noMetric.err).contains("Missing required option: '--metric=<metric>'");
  }

  @Test
  void undefinedAlphaIsSaidNotPrintedAsANumber(@TempDir Path dir) throws Exception {
    Path same = Files.writeString(dir.resolve("same.csv"), "unit,A,B\n1,3,3\n2,3,3\n");
    CliRun run = CliRun.of("agreement", same.toString(), "--metric", "ordinal", "--format", "json");
    assertThat(run.exitCode).isZero();
    JsonNode o = new ObjectMapper().readTree(run.out);
    assertThat(o.get("alpha").isNull()).isTrue();
    assertThat(o.get("undefinedReason").asText()).isNotBlank();
  }
}
