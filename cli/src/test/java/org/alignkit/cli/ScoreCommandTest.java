package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  static final String GOV = "../examples/kivara/2024/government.yaml";
  static final String OFF = "../examples/kivara/2024/dp-off-budget.yaml";

  @Test
  void textShowsEveryNodeWithScoreAndLevel() {
    CliRun run = CliRun.of("score", GOV);
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .contains("Ministry of Health — XKV, round 2024")
        .contains("(all)")
        .contains("One Budget")
        .containsPattern(
            "OB-1 .*\\d\\.\\d\\d  \\d (Fragmented|Emerging|Coordinated|Aligned|Integrated)");
  }

  @Test
  void severalRuleSetsSideBySideInJson() throws Exception {
    CliRun run =
        CliRun.of("score", GOV, OFF, "--rules", "default", "--rules", "staged", "--format", "json");
    assertThat(run.exitCode).as(run.toString()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out);
    assertThat(root).hasSize(2);
    JsonNode overall = root.get(0).get("nodes").get(0);
    assertThat(overall.get("type").asText()).isEqualTo("framework");
    assertThat(overall.get("results").has("default")).isTrue();
    assertThat(overall.get("results").has("staged")).isTrue();
    // Staged never exceeds the floor of the mean-based level at the same node (CMMI staged is
    // stricter).
    int staged = overall.get("results").get("staged").get("level").asInt();
    double mean = overall.get("results").get("default").get("score").asDouble();
    assertThat(staged).isLessThanOrEqualTo((int) Math.floor(mean));
    assertThat(
            overall.get("results").get("default").get("coverage").get("rated").asInt())
        .isPositive();
    // The government rates One Budget higher than off-budget partners in the example.
    double govOb = root.get(0).get("nodes").findValues("id").stream()
            .anyMatch(n -> n.asText().equals("OB"))
        ? obScore(root.get(0))
        : -1;
    assertThat(govOb).isGreaterThan(obScore(root.get(1)));
  }

  private static double obScore(JsonNode assessment) {
    for (JsonNode n : assessment.get("nodes")) {
      if (n.get("id").asText().equals("OB")) {
        return n.get("results").get("default").get("score").asDouble();
      }
    }
    throw new AssertionError("no OB node");
  }

  @Test
  void csvHasOneRowPerNodeAndRuleSet(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("scores.csv");
    CliRun run = CliRun.of(
        "score", GOV, "--rules", "gdhi", "--format", "csv", "-o", out.toString(), "--lang", "fr");
    assertThat(run.exitCode).as(run.toString()).isZero();
    var lines = Files.readAllLines(out);
    assertThat(lines.get(0))
        .isEqualTo(
            "group,ruleSet,node,type,title,score,level,outcome,rated,notApplicable,noInformation,missing");
    assertThat(lines).hasSize(1 + 1 + 3 + 13);
    assertThat(lines)
        .anyMatch(l -> l.contains("\"Budget unique\"") || l.contains(",Budget unique,"));
  }

  @Test
  void aRuleSetFileScoresLikeTheBundledRuleSetOfTheSameContent(@TempDir Path dir) throws Exception {
    String file = "../model-spec/src/main/resources/org/alignkit/spec/bundled/rulesets/gdhi.yaml";
    CliRun fromFile = CliRun.of("score", GOV, "--rules", file, "--format", "csv");
    CliRun bundled = CliRun.of("score", GOV, "--rules", "gdhi", "--format", "csv");
    assertThat(fromFile.exitCode).as(fromFile.toString()).isZero();
    assertThat(fromFile.out).isEqualTo(bundled.out);

    Path bad = dir.resolve("bad-rules.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of(file)).replaceFirst("aggregation: mean", "aggregation: meen"));
    CliRun invalid = CliRun.of("score", GOV, "--rules", bad.toString());
    assertThat(invalid.exitCode).as(invalid.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(invalid.err).contains(bad + ":").contains("did you mean mean?");
  }

  @Test
  void badInput(@TempDir Path dir) throws Exception {
    CliRun unknownRules = CliRun.of("score", GOV, "--rules", "pefa");
    assertThat(unknownRules.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(unknownRules.err)
        .contains(
            "unknown rule set 'pefa'; use one of default, pefa-m1, pefa-m2, gdhi, staged, or a rule-set file");

    Path bad = Files.writeString(
        dir.resolve("bad.yaml"), "apiVersion: alignkit/v1\nkind: Assessment\ncountry: 12\n");
    CliRun invalid = CliRun.of("score", bad.toString());
    assertThat(invalid.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(invalid.err).contains(bad + ":").doesNotContain("Exception");

    CliRun missing = CliRun.of("score", dir.resolve("none.yaml").toString());
    assertThat(missing.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err).contains("none.yaml");
  }
}
