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
 * Issue #21 on the command line: interval estimates for alpha ({@code agreement}, {@code compare},
 * {@code report} with {@code --interval}) and rule sensitivity ({@code compare} and {@code progress}
 * with several {@code --rules} or a {@code --sweep}, {@code report} with {@code --compare-rules}).
 */
class IntervalAndSensitivityCommandsTest {
  static final String SECTION_C = AgreementCommandTest.EXAMPLE;

  /** Hayes and Krippendorff (2007), Table 1: their published ordinal alpha is .7598. */
  static final String HAYES = "../examples/agreement/hayes-krippendorff-2007-table-1.csv";

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.exitCode).as(run.toString()).isZero();
    return new ObjectMapper().readTree(run.out);
  }

  @Test
  void agreementShowsEachIntervalWithItsMethodResamplesAndSeed() {
    CliRun run = CliRun.of(
        "agreement",
        HAYES,
        "--metric",
        "ordinal",
        "--interval",
        "pair-bootstrap",
        "--interval",
        "jackknife",
        "--seed",
        "2007");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .startsWith("Krippendorff's alpha (ordinal): 0.7598")
        .containsPattern(
            "95 % interval \\[0\\.\\d{4}, 0\\.\\d{4}\\], SE 0\\.\\d{4} \\(pair-bootstrap, 10000"
                + " resamples, seed 2007\\); P\\(alpha < 0.667\\) = 0\\.\\d{4}; P\\(alpha < 0.8\\)")
        .contains("(jackknife, 40 units left out in turn)");
  }

  @Test
  void theSameSeedGivesTheSameOutput() {
    String[] args = {
      "agreement",
      SECTION_C,
      "--metric",
      "nominal",
      "--interval",
      "unit-bootstrap",
      "--resamples",
      "2000",
      "--seed",
      "5",
      "--format",
      "json"
    };
    assertThat(CliRun.of(args).out).isEqualTo(CliRun.of(args).out);
  }

  @Test
  void agreementJsonCarriesTheIntervals() throws Exception {
    JsonNode o = json(CliRun.of(
        "agreement",
        SECTION_C,
        "--metric",
        "interval",
        "--interval",
        "unit-bootstrap",
        "--interval",
        "jackknife",
        "--resamples",
        "2000",
        "--seed",
        "9",
        "--level",
        "0.9",
        "--minimum",
        "0.5",
        "--format",
        "json"));
    JsonNode boot = o.get("intervals").get(0);
    assertThat(boot.get("method").asText()).isEqualTo("unit-bootstrap");
    assertThat(boot.get("resamples").asInt()).isEqualTo(2000);
    assertThat(boot.get("seed").asLong()).isEqualTo(9);
    assertThat(boot.get("level").asDouble()).isEqualTo(0.9);
    assertThat(boot.get("lower").asDouble()).isLessThan(o.get("alpha").asDouble());
    assertThat(boot.get("upper").asDouble()).isLessThanOrEqualTo(1.0);
    assertThat(boot.get("probabilityBelow").fieldNames()).toIterable().containsExactly("0.5");
    JsonNode jack = o.get("intervals").get(1);
    assertThat(jack.get("method").asText()).isEqualTo("jackknife");
    assertThat(jack.get("seed").isNull()).isTrue();
    assertThat(jack.get("resamples").asInt()).isEqualTo(11);
  }

  @Test
  void badIntervalOptionsAreUsageErrors() {
    CliRun method = CliRun.of("agreement", SECTION_C, "--metric", "nominal", "--interval", "bca");
    assertThat(method.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(method.err).contains("use pair-bootstrap, unit-bootstrap or jackknife");
    CliRun few = CliRun.of(
        "agreement",
        SECTION_C,
        "--metric",
        "nominal",
        "--interval",
        "jackknife",
        "--resamples",
        "10");
    assertThat(few.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(few.err).contains("Invalid interval: at least 100 resamples are needed, got 10");
  }

  @Test
  void compareShowsIntervalsForEveryMetric() throws Exception {
    JsonNode o =
        json(CliRun.of("compare", "--example", "--interval", "jackknife", "--format", "json"));
    for (String metric : new String[] {"nominal", "ordinal", "interval", "ratio"}) {
      JsonNode i = o.get("alphaIntervals").get(metric).get(0);
      assertThat(i.get("method").asText()).isEqualTo("jackknife");
      assertThat(i.get("lower").asDouble())
          .isLessThan(o.get("alpha").get(metric).asDouble());
    }
    // Without --interval nothing changes.
    assertThat(json(CliRun.of("compare", "--example", "--format", "json")).has("alphaIntervals"))
        .isFalse();
  }

  @Test
  void compareWithSeveralRuleSetsShowsTheRuleSensitivity() throws Exception {
    JsonNode o = json(CliRun.of(
        "compare", "--example", "--rules", "default", "--rules", "pefa-m1", "--format", "json"));
    JsonNode s = o.get("ruleSensitivity");
    assertThat(s.get("reference").asText()).isEqualTo("default");
    // 5 groups × (framework, 3 domains, 13 components)
    assertThat(s.get("nodes")).hasSize(5 * 17);
    JsonNode first = s.get("nodes").get(0);
    assertThat(first.get("levels").fieldNames()).toIterable().containsExactly("default", "pefa-m1");
    // OB-4.2: the private sector's "no information" read as D* under PEFA M1 (see
    // RuleSensitivityTest for the worked case).
    boolean entering = false;
    for (JsonNode a : s.get("agenda")) {
      if (!a.get("robust").asBoolean()) {
        entering |= !a.get("onReferenceAgenda").asBoolean();
        assertThat(a.get("disagreeing").get(0).asText()).isEqualTo("pefa-m1");
      }
    }
    assertThat(entering).isTrue();
    CliRun text = CliRun.of("compare", "--example", "--rules", "default", "--rules", "pefa-m1");
    assertThat(text.out)
        .contains("Rule sensitivity: the same round under 2 rule sets")
        .contains("[1] default (reference)")
        .contains("[2] pefa-m1")
        .containsPattern("Levels: \\d+ of 85 hold under every rule set \\(robust\\)");
  }

  @Test
  void aSweepComparesTheVariantsOfTheFirstRuleSet() throws Exception {
    JsonNode s = json(CliRun.of(
            "compare",
            "--example",
            "--sweep",
            "minimum-coverage.share=0.3..0.8/0.1",
            "--format",
            "json"))
        .get("ruleSensitivity");
    assertThat(s.get("ruleSets")).hasSize(7);
    assertThat(s.get("ruleSets").get(1).asText()).isEqualTo("default[minimum-coverage.share=0.3]");
    assertThat(s.get("ruleSets").get(6).asText()).isEqualTo("default[minimum-coverage.share=0.8]");
    CliRun unused = CliRun.of(
        "progress", "--example", "--rules", "gdhi", "--sweep", "weakest-link.plus=true,false");
    assertThat(unused.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(unused.err)
        .contains("Invalid value for option '--sweep': rule set 'gdhi' uses no rule 'weakest-link'"
            + " (its rules: mean, gdhi, exclude)");
    // A parameter the rule does not have: the rules are refused when the engine is built.
    CliRun unknown = CliRun.of("compare", "--example", "--sweep", "minimum-coverage.shares=0.5");
    assertThat(unknown.exitCode).as(unknown.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(unknown.err).contains("shares");
  }

  @Test
  void badSweepsAndRepeatedRuleSetsAreUsageErrors() {
    for (String[] args : new String[][] {
      {"compare", "--example", "--sweep", "share"},
      {"compare", "--example", "--sweep", "minimum-coverage.share=0.8..0.3/0.1"},
      {"compare", "--example", "--sweep", "median.share=0.5"},
      {"compare", "--example", "--rules", "gdhi", "--rules", "gdhi"},
      {"progress", "--example", "--rules", "staged", "--rules", "staged"},
    }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    }
    assertThat(CliRun.of("compare", "--example", "--sweep", "median.share=0.5").err)
        .contains("Invalid value for option '--sweep': rule set 'default' uses no rule 'median'"
            + " (its rules: mean, floor, minimum-coverage)");
    assertThat(CliRun.of("compare", "--example", "--rules", "gdhi", "--rules", "gdhi").err)
        .contains("rule set 'gdhi' is given twice");
  }

  @Test
  void progressWithSeveralRuleSetsShowsWhichChangesDependOnTheRules() throws Exception {
    JsonNode o = json(CliRun.of(
        "progress", "--example", "--rules", "default", "--rules", "pefa-m1", "--format", "json"));
    assertThat(o.get("rules").asText()).isEqualTo("default");
    JsonNode s = o.get("ruleSensitivity");
    assertThat(s.get("ruleSets")).hasSize(2);
    assertThat(s.get("changes")).isNotEmpty();
    for (JsonNode c : s.get("changes")) {
      assertThat(c.get("classes").fieldNames()).toIterable().containsExactly("default", "pefa-m1");
      assertThat(c.get("robust").asBoolean()).isEqualTo(c.get("disagreeing").isEmpty());
    }
    CliRun text = CliRun.of("progress", "--example", "--rules", "default", "--rules", "pefa-m1");
    assertThat(text.out)
        .startsWith("Progress 2024 -> 2026 (rules default)")
        .contains("Rule sensitivity: the same rounds under 2 rule sets");
  }

  @Test
  void theReportCarriesIntervalsAndTheRuleSensitivity(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.json");
    CliRun run = CliRun.of(
        "report",
        "--example",
        "--compare-rules",
        "pefa-m1",
        "--compare-rules",
        "gdhi",
        "--interval",
        "jackknife",
        "--interval",
        "unit-bootstrap",
        "-o",
        out.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    JsonNode o = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(o.get("ruleSensitivity").get("ruleSets").get(0).asText()).isEqualTo("default");
    assertThat(o.get("ruleSensitivity").get("ruleSets")).hasSize(3);
    assertThat(o.get("progressSensitivity").get("changes")).isNotEmpty();
    JsonNode intervals = o.get("agreement").get("intervals");
    assertThat(intervals).hasSize(2);
    assertThat(intervals.get(0).get("method").asText()).isEqualTo("jackknife");
    assertThat(intervals.get(1).get("seed").asLong()).isEqualTo(1);
    assertThat(o.get("agreement").get("intervalsByDomain").get("OB")).hasSize(2);
    assertThat(intervals.get(0).get("alpha").asDouble())
        .isCloseTo(o.get("agreement").get("alpha").asDouble(), within(1e-12));

    Path html = dir.resolve("r.html");
    CliRun page = CliRun.of(
        "report",
        "--example",
        "--compare-rules",
        "pefa-m1",
        "--interval",
        "jackknife",
        "--lang",
        "fr",
        "-o",
        html.toString());
    assertThat(page.exitCode).as(page.toString()).isZero();
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .contains("<section id=\"sensitivity\">")
        .contains("Dans quelle mesure les constats dépendent des règles")
        .contains("data-method=\"jackknife\"");
  }
}
