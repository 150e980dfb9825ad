package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alignkit.analysis.RoundAnalyser;
import org.alignkit.analysis.RoundAnalysis;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.report.CsvReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  static final Framework FW = Inputs.framework(null);

  static RoundAnalysis example2026() {
    Exercise e = Inputs.example(Inputs.EXAMPLE_2026, FW);
    return RoundAnalyser.withDefaults().analyse(FW, e);
  }

  @Test
  void theExampleInEnglish(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    CliRun run = CliRun.of("report", "--example", "-o", out.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    // Like every command that writes a file: nothing on standard output, "wrote" on standard error.
    assertThat(run.out).isEmpty();
    assertThat(run.err.trim()).isEqualTo("alignkit: wrote " + out);
    Document doc = Jsoup.parse(Files.readString(out));
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select("svg#radar polygon")).hasSize(5);
    assertThat(doc.select("h2").eachText()).contains("Harmonisation agenda", "Divergence heat map");
    // The example has a baseline: the progress section is there.
    assertThat(doc.select("#progress")).isNotEmpty();
    assertThat(doc.text()).contains(example2026().agenda().get(0).indicatorId());
  }

  @Test
  void theExampleInFrench(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("rapport.html");
    CliRun run = CliRun.of("report", "--example", "--lang", "fr", "-o", out.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    Document doc = Jsoup.parse(Files.readString(out));
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(doc.select("svg#radar polygon")).hasSize(5);
    assertThat(doc.select("h2").eachText())
        .contains("Ordre du jour de l'harmonisation", "Carte de chaleur des divergences");
    assertThat(doc.text()).doesNotContain("Harmonisation agenda");
  }

  @Test
  void jsonByExtensionCarriesTheAgendaAndRules(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sub/report.json");
    CliRun run =
        CliRun.of("report", "../examples/kivara/2026", "--rules", "gdhi", "-o", out.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    RoundAnalysis a = example2026();
    assertThat(json.path("ruleSet").path("id").asText()).isEqualTo("gdhi");
    assertThat(json.path("agenda").get(0).path("indicator").asText())
        .isEqualTo(a.agenda().get(0).indicatorId());
    assertThat(json.path("agenda")).hasSize(a.agenda().size());
    assertThat(json.path("overallIsConsensus").asBoolean()).isFalse();
    assertThat(json.path("progress")).isEmpty();
  }

  @Test
  void csvByExtensionAndConsensus(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.csv");
    CliRun run = CliRun.of(
        "report",
        "../examples/kivara/2024",
        "--consensus",
        "../examples/kivara/2024/consensus.yaml",
        "-o",
        out.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    String csv = Files.readString(out);
    assertThat(csv.lines().findFirst().orElseThrow()).startsWith(CsvReport.COLUMNS.get(0));
    // The whole's row (no group) of One Plan is the consensus's score.
    var agreed = Inputs.loaderWith(FW)
        .loadConsensus(Path.of("../examples/kivara/2024/consensus.yaml"), FW)
        .agreed();
    var op = org.alignkit.scoring.ScoringEngine.builder(FW)
        .build()
        .score(agreed)
        .node("OP")
        .orElseThrow();
    assertThat(csv)
        .contains("score,OP,domain,\"One Plan\",,,"
            + op.score()
                .orElseThrow()
                .toBigDecimal(java.math.MathContext.DECIMAL64)
                .toPlainString()
            + ","
            + op.level().getAsInt()
            + ",");
    Path json = dir.resolve("report.data");
    CliRun asJson = CliRun.of(
        "report",
        "../examples/kivara/2024",
        "--consensus",
        "../examples/kivara/2024/consensus.yaml",
        "--format",
        "json",
        "-o",
        json.toString());
    assertThat(asJson.exitCode).as(asJson.toString()).isZero();
    assertThat(new ObjectMapper()
            .readTree(json.toFile())
            .path("overallIsConsensus")
            .asBoolean())
        .isTrue();
  }

  @Test
  void usageErrors(@TempDir Path dir) {
    String out = dir.resolve("r.html").toString();
    CliRun unknownRules = CliRun.of("report", "--example", "--rules", "nope", "-o", out);
    assertThat(unknownRules.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(unknownRules.err)
        .contains("nope")
        .contains("default, pefa-m1, pefa-m2, gdhi, staged");
    assertThat(CliRun.of("report", "--example", "--bogus", "-o", out).exitCode)
        .isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("report", "--example").exitCode).isEqualTo(ExitCodes.USAGE);
    CliRun neither = CliRun.of("report", "-o", out);
    assertThat(neither.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(neither.err).contains("--example");
    assertThat(CliRun.of("report", "../examples/kivara/2026", "--example", "-o", out).exitCode)
        .isEqualTo(ExitCodes.USAGE);
    assertThat(Files.exists(dir.resolve("r.html"))).isFalse();
  }

  @Test
  void missingAndMalformedInput(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nowhere/exercise.yaml");
    CliRun run =
        CliRun.of("report", missing.toString(), "-o", dir.resolve("r.html").toString());
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err).contains(missing.toString()).doesNotContain("Exception");

    Path round = Files.createDirectories(dir.resolve("round"));
    Path bad = Files.writeString(round.resolve("cso.yaml"), MalformedFiles.BAD_ASSESSMENT);
    CliRun malformed =
        CliRun.of("report", round.toString(), "-o", dir.resolve("r.html").toString());
    assertThat(malformed.exitCode).as(malformed.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(malformed.err)
        .containsPattern(java.util.regex.Pattern.quote(bad.toString()) + ":8:\\d+")
        .containsPattern(java.util.regex.Pattern.quote(bad.toString()) + ":11:\\d+")
        .doesNotContain("Exception");
    assertThat(Files.exists(dir.resolve("r.html"))).isFalse();
  }
}
