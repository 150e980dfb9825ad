package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.alignkit.analysis.AgendaItem;
import org.alignkit.analysis.IndicatorDivergence;
import org.alignkit.analysis.RoundAnalysis;
import org.alignkit.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  static final RoundAnalysis ANALYSIS = ReportCommandTest.example2026();

  @Test
  void textShowsTheAgendaDistancesAndAlpha() {
    CliRun run = CliRun.of("compare", "--example");
    assertThat(run.exitCode).as(run.toString()).isZero();
    AgendaItem first = ANALYSIS.agenda().get(0);
    // "   1  OR-2.2        3      4  NA ..." : rank, indicator, gap, then each group's level.
    StringBuilder levels = new StringBuilder();
    first
        .answers()
        .forEach(g -> levels.append("\\s+").append(Pattern.quote(CompareCommand.answer(g))));
    assertThat(run.out)
        .containsPattern("(?m)^\\s+1\\s+"
            + Pattern.quote(first.indicatorId())
            + "\\s+"
            + first.gap().stripTrailingZeros().toPlainString()
            + levels
            + "\\s+\\S");
    assertThat(run.out)
        .contains(String.format(
            Locale.ROOT,
            "ordinal   %.4f",
            ANALYSIS.agreement().alpha(Metric.ORDINAL).alpha()))
        .contains("nominal", "interval", "ratio");
    long divergent = ANALYSIS.indicators().stream()
        .filter(IndicatorDivergence::isHighlyDivergent)
        .count();
    assertThat(run.out)
        .contains("Divergent indicators: " + divergent + " of "
            + ANALYSIS.indicators().size())
        .contains(first.title().english());
    // The distance row of the government: 0.00 against itself.
    assertThat(run.out).containsPattern("(?m)^\\s+government\\s+0\\.00\\s");
  }

  @Test
  void jsonCarriesTheSameNumbers() throws Exception {
    CliRun run = CliRun.of("compare", "--example", "--format", "json", "--lang", "fr");
    assertThat(run.exitCode).as(run.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out);
    AgendaItem first = ANALYSIS.agenda().get(0);
    assertThat(json.path("agenda").get(0).path("indicator").asText())
        .isEqualTo(first.indicatorId());
    assertThat(json.path("agenda").get(0).path("title").asText())
        .isEqualTo(first.title().get("fr"));
    assertThat(json.path("agenda")).hasSize(ANALYSIS.agenda().size());
    assertThat(json.path("alpha").path("ordinal").asDouble())
        .isEqualTo(ANALYSIS.agreement().alpha(Metric.ORDINAL).alpha());
    int gov = ANALYSIS.groupIds().indexOf("government");
    int cso = ANALYSIS.groupIds().indexOf("civil-society");
    assertThat(json.path("distances").path("government").path("civil-society").asDouble())
        .isEqualTo(ANALYSIS.agreement().distances().distance(gov, cso));
    assertThat(json.path("divergent")).hasSize((int) ANALYSIS.indicators().stream()
        .filter(IndicatorDivergence::isHighlyDivergent)
        .count());
    first.answers().stream()
        .filter(a -> a.isRated())
        .forEach(a -> assertThat(
                json.path("agenda").get(0).path("answers").path(a.groupId()).asText())
            .isEqualTo(Integer.toString(a.level().getAsInt())));
  }

  @Test
  void badInput(@TempDir Path dir) throws Exception {
    assertThat(CliRun.of("compare").exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.of("compare", "--example", "--format", "xml").exitCode)
        .isEqualTo(ExitCodes.USAGE);
    Path missing = dir.resolve("none.yaml");
    CliRun run = CliRun.of("compare", missing.toString());
    assertThat(run.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err).contains(missing.toString());
    Path round = Files.createDirectories(dir.resolve("round"));
    Path bad = Files.writeString(round.resolve("cso.yaml"), MalformedFiles.BAD_ASSESSMENT);
    CliRun malformed = CliRun.of("compare", round.toString());
    assertThat(malformed.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(malformed.err)
        .contains(bad + ":8:")
        .contains(bad + ":11:")
        .doesNotContain("Exception");
    // One group only: nothing to compare.
    Path one = Files.createDirectories(dir.resolve("one"));
    Files.copy(Path.of("../examples/kivara/2026/government.yaml"), one.resolve("government.yaml"));
    CliRun single = CliRun.of("compare", one.toString());
    assertThat(single.exitCode).as(single.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(single.err).contains("two groups");
  }

  @Test
  void theAgendaShowsTheFirstNInFullAndTheRestInBrief() throws Exception {
    int n = ANALYSIS.agenda().size();
    CliRun run = CliRun.of("compare", "--example", "--agenda", "5");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("Harmonisation agenda (" + n + " items; the first 5 in full):");
    assertThat(run.out).contains("In brief (rank indicator gap), items 6 to " + n + ":");
    AgendaItem sixth = ANALYSIS.agenda().get(5);
    assertThat(run.out)
        .contains(
            " 6 " + sixth.indicatorId() + " " + sixth.gap().stripTrailingZeros().toPlainString())
        .doesNotContain(sixth.title().english());
    assertThat(run.out).contains(ANALYSIS.agenda().get(4).title().english());
    // By default the first ten.
    CliRun defaults = CliRun.of("compare", "--example");
    assertThat(defaults.out).contains("the first 10 in full");
    assertThat(defaults.out).doesNotContain(ANALYSIS.agenda().get(10).title().english());
    // JSON keeps every item, and says which are shown in full.
    JsonNode json = new ObjectMapper()
        .readTree(CliRun.of("compare", "--example", "--format", "json", "--agenda", "5").out);
    assertThat(json.path("agendaInFull").asInt()).isEqualTo(5);
    assertThat(json.path("agenda")).hasSize(n);
    assertThat(json.path("agenda").get(4).path("inFull").asBoolean()).isTrue();
    assertThat(json.path("agenda").get(5).path("inFull").asBoolean()).isFalse();
    assertThat(CliRun.of("compare", "--example", "--agenda", "-2").exitCode)
        .isEqualTo(ExitCodes.USAGE);
  }
}
