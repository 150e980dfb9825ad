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

  // ---- the workshop's outcome, the follow-up of the plan, --agenda ----

  static final String K2024 = "../examples/kivara/2024";
  static final String K2026 = "../examples/kivara/2026";

  @Test
  void theExampleShowsTheOutcomeAndTheFollowUpOfThe2024Plan(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    CliRun run = CliRun.of("report", "--example", "-o", out.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    Document doc = Jsoup.parse(Files.readString(out));
    assertThat(doc.select("h2").eachText())
        .contains("Outcome of the harmonisation workshop", "Follow-up of the 2024 action plan");
    assertThat(doc.select("table.followup tr[data-action]")).hasSize(8);
    assertThat(doc.select("table.dissents tbody tr")).hasSize(5);
    assertThat(doc.select("ol.agenda:not(.brief) > li")).hasSize(10);
  }

  @Test
  void theRecordsGiveTheFollowUpInJson(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.json");
    CliRun run = CliRun.of(
        "report",
        K2026,
        "--baseline",
        K2024,
        "--consensus",
        K2026 + "/consensus.yaml",
        "--baseline-consensus",
        K2024 + "/consensus.yaml",
        "-o",
        out.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertThat(json.path("consensus").path("dissents")).hasSize(5);
    assertThat(json.path("consensus").path("actions")).hasSize(6);
    JsonNode followUp = json.path("followUp").path("actions");
    assertThat(followUp).hasSize(8);
    assertThat(followUp.get(5).path("id").asText()).isEqualTo("2024-OB-3");
    assertThat(followUp.get(5).path("status").asText()).isEqualTo("not-started");
    assertThat(followUp.get(5).path("overdue").asBoolean()).isTrue();
  }

  @Test
  void agendaShowsTheFirstNInFull(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    CliRun run = CliRun.of("report", "--example", "--agenda", "3", "-o", out.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    Document doc = Jsoup.parse(Files.readString(out));
    assertThat(doc.select("ol.agenda:not(.brief) > li")).hasSize(3);
    assertThat(doc.select("ol.agenda.brief > li"))
        .hasSize(example2026().agenda().size() - 3);
    CliRun negative = CliRun.of("report", "--example", "--agenda", "-1", "-o", out.toString());
    assertThat(negative.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(negative.err).contains("--agenda must be 0 or more, got -1");
    CliRun word = CliRun.of("report", "--example", "--agenda", "ten", "-o", out.toString());
    assertThat(word.exitCode).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aConsensusRecordOfAnotherRoundIsALocatedError(@TempDir Path dir) {
    Path out = dir.resolve("r.html");
    CliRun run =
        CliRun.of("report", K2026, "--consensus", K2024 + "/consensus.yaml", "-o", out.toString());
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err)
        .contains(Path.of(K2024, "consensus.yaml") + ":8:13: /round/id: the consensus record is"
            + " of round '2024', but the exercise is round '2026'")
        .doesNotContain("Exception");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aStatusOfAnActionThePlanLacksIsALocatedError(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of(K2026, "consensus.yaml"))
        .replace("  - action: 2024-OR-1\n", "  - action: 2024-OR-7\n");
    Path edited = Files.writeString(dir.resolve("consensus.yaml"), text);
    int line = text.lines().toList().indexOf("  - action: 2024-OR-7") + 1;
    Path out = dir.resolve("r.html");
    CliRun run = CliRun.of(
        "report",
        K2026,
        "--baseline",
        K2024,
        "--consensus",
        edited.toString(),
        "--baseline-consensus",
        K2024 + "/consensus.yaml",
        "-o",
        out.toString());
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err)
        .contains(edited + ":" + line + ":13: /followUp/actions/6/action: the plan of round 2024"
            + " has no action '2024-OR-7' (did you mean 2024-OR-1?)");
    assertThat(Files.exists(out)).isFalse();
    // Without the baseline's record the follow-up cannot be checked, and it is not shown.
    CliRun alone =
        CliRun.of("report", K2026, "--consensus", edited.toString(), "-o", out.toString());
    assertThat(alone.exitCode).as(alone.toString()).isZero();
  }

  @Test
  void anEndorsementBeforeTheWorkshopIsALocatedError(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of(K2024, "consensus.yaml"))
        .replace("  date: 2024-06-20\n", "  date: 2023-06-20\n");
    Path edited = Files.writeString(dir.resolve("consensus.yaml"), text);
    int line = text.lines().toList().indexOf("  date: 2023-06-20") + 1;
    CliRun run = CliRun.of(
        "report",
        K2026,
        "--baseline",
        K2024,
        "--baseline-consensus",
        edited.toString(),
        "-o",
        dir.resolve("r.html").toString());
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err)
        .contains(edited + ":" + line + ":9: /endorsements/2/date: Joint Consultative Forum (JCF)"
            + " endorsed the plan on 2023-06-20, before the workshop that agreed it (2024-03-28)");
    CliRun validate = CliRun.of("validate", edited.toString());
    assertThat(validate.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(validate.err + validate.out).contains(":" + line + ":9: /endorsements/2/date");
  }

  @Test
  void aBaselineConsensusNeedsTheBaseline(@TempDir Path dir) {
    CliRun run = CliRun.of(
        "report",
        K2026,
        "--baseline-consensus",
        K2024 + "/consensus.yaml",
        "-o",
        dir.resolve("r.html").toString());
    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("--baseline-consensus needs --baseline");
  }
}
