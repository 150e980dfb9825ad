package org.alignkit.spec;

import static org.alignkit.spec.Problems.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alignkit.core.Framework;
import org.alignkit.scoring.NodeRules;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.RuleRef;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoringEngine;
import org.alignkit.scoring.spi.AggregationRule;
import org.alignkit.scoring.spi.ParameterSpec;
import org.alignkit.scoring.spi.ParameterType;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRule;
import org.alignkit.scoring.spi.ScoringRuleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule-set files: the five bundled ones equal scoring's {@link RuleSets} values, survive writing,
 * and bad files get located problems with fixes, all at once.
 */
class RuleSetFilesTest {
  private static final SpecLoader LOADER = SpecLoader.defaults();

  private static final String HEAD =
      "apiVersion: alignkit/v1\nkind: RuleSet\nid: test\ntitle: Test\n";

  static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A rule set whose three levels are {@code levels} (indented by 4) plus {@code rest}. */
  static String file(String components, String rest) {
    return HEAD
        + "rules:\n  components:\n"
        + components
        + "  domains:\n    aggregation: mean\n    banding: floor\n    missingData: exclude\n"
        + "  framework:\n    aggregation: mean\n    banding: floor\n    missingData: exclude\n"
        + rest;
  }

  static RuleSet load(String text) {
    return LOADER.loadRuleSet(in(text), "r.yaml");
  }

  // ---- the bundled files ----

  @Test
  void everyBundledRuleSetFileEqualsItsJavaValue() {
    List<RuleSet> bundled = RuleSets.bundled();
    assertThat(bundled)
        .extracting(RuleSet::id)
        .containsExactly("default", "pefa-m1", "pefa-m2", "gdhi", "staged");
    assertThat(LOADER.bundledRuleSetIds())
        .containsExactly("default", "pefa-m1", "pefa-m2", "gdhi", "staged");
    for (RuleSet r : bundled) {
      assertThat(LOADER.bundledRuleSet(r.id())).as(r.id()).isEqualTo(r);
      URL url = SpecLoader.class.getResource("/" + SpecLoader.BUNDLED_RULE_SETS + r.id() + ".yaml");
      assertThat(LOADER.loadRuleSet(url)).as(r.id()).isEqualTo(r);
    }
    assertThat(LOADER.bundledRuleSet("pefa-m2")).isEqualTo(RuleSets.pefaM2());
    assertThat(LOADER.bundledRuleSet("default")).isSameAs(LOADER.bundledRuleSet("default"));
  }

  @Test
  void everyBundledRuleSetIsValidForTheBundledAndTheTestFramework() throws Exception {
    for (Framework f : List.of(LOADER.bundledFramework(), TestFiles.framework())) {
      for (String id : LOADER.bundledRuleSetIds()) {
        // pefa-m2 is meant for 4 levels: its parameters are valid on any scale, an input
        // combination without a row fails only when scoring
        Path file = Path.of(SpecLoader.class
            .getResource("/" + SpecLoader.BUNDLED_RULE_SETS + id + ".yaml")
            .toURI());
        assertThat(LOADER.validate(file, f)).as(id).isEmpty();
        assertThat(LOADER.loadRuleSet(file, f)).isEqualTo(LOADER.bundledRuleSet(id));
        // and the scoring engine accepts it
        assertThat(ScoringEngine.builder(f)
                .ruleSet(LOADER.bundledRuleSet(id))
                .build()
                .ruleSet()
                .id())
            .isEqualTo(id);
      }
    }
  }

  @Test
  void theShippedPefaM2FileMarksEveryRowAsUnverified() throws IOException {
    String text;
    try (InputStream s =
        SpecLoader.class.getResourceAsStream("/" + SpecLoader.BUNDLED_RULE_SETS + "pefa-m2.yaml")) {
      text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> rows =
        text.lines().filter(l -> l.matches("\\s+\"[A-D,]+\": .*")).toList();
    assertThat(rows).hasSize(65).allMatch(l -> l.contains("# unverified"));
    // the four least certain rows named in RuleSets.PEFA_M2_CHECKED
    assertThat(rows.stream()
            .filter(l -> l.contains("least certain"))
            .map(l -> l.trim().split("\"")[1]))
        .containsExactlyInAnyOrder("D,C,B,A", "C,C,A,A", "C,A,A,A", "D,B,B,B");
  }

  @Test
  void bundledRuleSetNamesTheClosestIdWhenUnknown() {
    assertThatThrownBy(() -> LOADER.bundledRuleSet("pefa_m2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("did you mean pefa-m2?");
  }

  @Test
  void bundledRuleSetsSurviveWritingInBothFormats() {
    for (String id : LOADER.bundledRuleSetIds()) {
      RuleSet r = LOADER.bundledRuleSet(id);
      for (SpecWriter w : new SpecWriter[] {SpecWriter.yaml(), SpecWriter.json()}) {
        String text = w.write(r);
        assertThat(LOADER.loadRuleSet(in(text), id + "." + w.format().extension()))
            .as(id)
            .isEqualTo(r);
      }
    }
    assertThat(SpecWriter.yaml().write(RuleSets.pefaM1()))
        .startsWith(
            "# yaml-language-server: $schema=https://alignkit.org/schemas/v1/ruleset.schema.json\n"
                + "apiVersion: alignkit/v1\nkind: RuleSet\nid: pefa-m1\n")
        .contains("aggregation:\n      rule: weakest-link\n      parameters:\n        plus: true\n")
        .contains("banding: floor\n");
  }

  @Test
  void writtenFilesAreValidAndOverridesSurvive(@TempDir Path dir) {
    RuleSet r = RuleSet.builder()
        .id("budget-weakest")
        .title("Weakest link for One Budget")
        .components(RuleSets.defaultRules().components())
        .domains(RuleSets.defaultRules().domains())
        .framework(RuleSets.defaultRules().framework())
        .putNodes(
            "OB", NodeRules.builder().aggregation(RuleRef.of("weakest-link")).build())
        .putNodes(
            "OB-2",
            NodeRules.builder()
                .aggregation(RuleRef.of(
                    "weighted-mean",
                    Map.of("weights", Map.of("OB-2.1", 2, "OB-2.2", new BigDecimal("0.5")))))
                .banding(
                    RuleRef.of("cut-points", Map.of("cutPoints", List.of("3/2", 2.5, 3.5, 4.5))))
                .build())
        .build();
    Path file = dir.resolve("budget.yaml");
    SpecWriter.yaml().write(r, file);
    Framework f = TestFiles.framework();
    assertThat(LOADER.validate(file, f)).isEmpty();
    RuleSet back = LOADER.loadRuleSet(file, f);
    // 2.5 (a Double) is written as the decimal 2.5 and read back as BigDecimal: the same number
    assertThat(back.nodes().get("OB-2").banding().orElseThrow().parameters().get("cutPoints"))
        .isEqualTo(
            List.of("3/2", new BigDecimal("2.5"), new BigDecimal("3.5"), new BigDecimal("4.5")));
    assertThat(back.nodes().get("OB")).isEqualTo(r.nodes().get("OB"));
    assertThat(back.nodes().get("OB-2").aggregation())
        .isEqualTo(r.nodes().get("OB-2").aggregation());
    assertThat(ScoringEngine.builder(f).ruleSet(back).build().ruleSet()).isEqualTo(back);
  }

  @Test
  void numbersAreReadExactly() {
    RuleSet r = load(file(
        "    aggregation: mean\n    banding: floor\n    missingData: {rule: minimum-coverage, parameters: {share: 0.1}}\n",
        ""));
    Object share = r.components().missingData().orElseThrow().parameters().get("share");
    assertThat(share).isEqualTo(new BigDecimal("0.1"));
    assertThat(RuleSettings.of(
                "x",
                "c",
                Map.of("share", share),
                List.of(ParameterSpec.required("share", ParameterType.NUMBER, "")),
                1,
                5)
            .number("share"))
        .isEqualTo(Rational.of(1, 10));
    RuleSet i = load(file(
        "    aggregation: {rule: staged, parameters: {share: 1}}\n    banding: floor\n    missingData: exclude\n",
        ""));
    assertThat(i.components().aggregation().orElseThrow().parameters().get("share"))
        .isEqualTo(1);
  }

  // ---- problems ----

  @Test
  void anUnknownRuleIdIsLocatedWithTheClosestKnownId() {
    SpecProblem p = Problems.single(() -> load(
        file("    aggregation: weakest-lnk\n    banding: floor\n    missingData: exclude\n", "")));
    assertThat(where(p)).isEqualTo("7:18 /rules/components/aggregation");
    assertThat(p.layer()).isEqualTo(SpecProblem.Layer.MEANING);
    assertThat(p.message()).isEqualTo("unknown aggregation rule 'weakest-lnk'");
    assertThat(p.fix()).contains("did you mean weakest-link?");
    assertThat(p.location().file()).isEqualTo("r.yaml");
  }

  @Test
  void anUnknownRuleIdWithParametersPointsAtItsId() {
    SpecProblem p = Problems.single(() -> load(file(
        "    aggregation: {rule: mediann, parameters: {x: 1}}\n    banding: floor\n    missingData: exclude\n",
        "")));
    assertThat(p.location().pointer()).isEqualTo("/rules/components/aggregation/rule");
    assertThat(p.fix()).contains("did you mean median?");
  }

  @Test
  void anUnknownRuleFarFromAnyListsTheRulesOfItsRole() {
    SpecProblem p = Problems.single(() -> load(
        file("    aggregation: mean\n    banding: zzzzzzzzzzzz\n    missingData: exclude\n", "")));
    assertThat(p.message()).isEqualTo("unknown banding rule 'zzzzzzzzzzzz'");
    assertThat(p.fix())
        .hasValueSatisfying(f -> assertThat(f).contains("floor", "nearest", "gdhi", "cut-points"));
  }

  @Test
  void aRuleInTheWrongRoleIsLocated() {
    SpecProblem p = Problems.single(() ->
        load(file("    aggregation: floor\n    banding: floor\n    missingData: exclude\n", "")));
    assertThat(where(p)).isEqualTo("7:18 /rules/components/aggregation");
    assertThat(p.message()).isEqualTo("'floor' is a banding rule, not an aggregation rule");
    assertThat(p.fix())
        .hasValueSatisfying(
            f -> assertThat(f).startsWith("move it under banding:").contains("mean"));
  }

  @Test
  void aBadParameterValuePointsAtTheParameter() {
    SpecProblem p = Problems.single(() -> load(file(
        "    aggregation: mean\n    banding: floor\n    missingData: {rule: minimum-coverage, parameters: {share: 2}}\n",
        "")));
    assertThat(p.location().pointer()).isEqualTo("/rules/components/missingData/parameters/share");
    assertThat(p.location().line()).isEqualTo(9);
    assertThat(p.location().column()).isEqualTo(63);
    assertThat(p.message())
        .contains("parameter 'share' of rule 'minimum-coverage'")
        .contains("must be > 0 and <= 1, got 2");
    assertThat(p.fix()).hasValueSatisfying(f -> assertThat(f).startsWith("share: number"));
  }

  @Test
  void anUnknownParameterIsLocatedAtItsKeyWithTheClosestName() {
    SpecProblem p = Problems.single(() -> load(file(
        "    aggregation:\n      rule: weakest-link\n      parameters:\n        pluss: true\n    banding: floor\n    missingData: exclude\n",
        "")));
    assertThat(where(p)).isEqualTo("10:9 /rules/components/aggregation/parameters/pluss");
    assertThat(p.message()).isEqualTo("rule 'weakest-link' has no parameter 'pluss'");
    assertThat(p.fix()).contains("did you mean plus?");
  }

  @Test
  void aMissingRequiredParameterIsNamed() {
    SpecProblem p = Problems.single(() -> load(file(
        "    aggregation: mean\n    banding: floor\n    missingData: minimum-coverage\n", "")));
    assertThat(p.location().pointer()).isEqualTo("/rules/components/missingData");
    assertThat(p.message())
        .startsWith("rule 'minimum-coverage' needs the parameter 'share' (number");
    assertThat(p.fix()).contains("write {rule: minimum-coverage, parameters: {share: ...}}");
  }

  @Test
  void aParameterOfTheWrongTypeIsLocated() {
    SpecProblem p = Problems.single(() -> load(file(
        "    aggregation: {rule: weakest-link, parameters: {plus: \"yes\"}}\n    banding: floor\n    missingData: exclude\n",
        "")));
    assertThat(p.location().pointer()).isEqualTo("/rules/components/aggregation/parameters/plus");
    assertThat(p.message())
        .isEqualTo("parameter 'plus' of rule 'weakest-link' must be true or false, found 'yes'");
    SpecProblem q = Problems.single(() -> load(file(
        "    aggregation: mean\n    banding: {rule: cut-points, parameters: {cutPoints: [1.5, two, 3.5]}}\n    missingData: exclude\n",
        "")));
    assertThat(q.location().pointer())
        .isEqualTo("/rules/components/banding/parameters/cutPoints/1");
  }

  @Test
  void scaleDependentParametersAreCheckedOnTheFrameworksScale() {
    String threeCuts = file(
        "    aggregation: mean\n    banding: {rule: cut-points, parameters: {cutPoints: [1.5, 2.5, 3.5]}}\n    missingData: exclude\n",
        "");
    // without a framework: some scale (1..4) takes three cut points
    assertThat(load(threeCuts).components().banding().orElseThrow().id()).isEqualTo("cut-points");
    // the test framework has five levels: four cut points needed
    Framework f = TestFiles.framework();
    SpecProblem p =
        Problems.single(() -> LOADER.loadRuleSet(TestFiles.write(tmp(), "c.yaml", threeCuts), f));
    assertThat(p.location().pointer()).isEqualTo("/rules/components/banding/parameters/cutPoints");
    assertThat(p.message()).contains("a scale of levels 1..5 needs 4 cut points, got 3");
    // not ascending fails on every scale
    SpecProblem q = Problems.single(() -> load(file(
        "    aggregation: mean\n    banding: {rule: cut-points, parameters: {cutPoints: [2.5, 1.5, 3.5]}}\n    missingData: exclude\n",
        "")));
    assertThat(q.message()).contains("cutPoints");
  }

  @Test
  void overridesOfNodesTheFrameworkDoesNotHaveAreLocated() {
    String text = file(
        "    aggregation: mean\n    banding: floor\n    missingData: exclude\n",
        "nodes:\n  OB:\n    aggregation: weakest-link\n  OB-3:\n    banding: neares\n  OB-2.1:\n    banding: nearest\n  test-framework:\n    banding: nearest\n");
    // without a framework, node ids are not checked
    assertThat(load(text.replace("neares\n", "nearest\n")).nodes())
        .containsOnlyKeys("OB", "OB-3", "OB-2.1", "test-framework");
    Framework f = TestFiles.framework();
    List<SpecProblem> problems =
        Problems.of(() -> LOADER.loadRuleSet(TestFiles.write(tmp(), "n.yaml", text), f));
    // the unknown node and the unknown rule in its override, both
    assertThat(problems)
        .extracting(Problems::where)
        .containsExactly(
            "21:3 /nodes/OB-3",
            "22:14 /nodes/OB-3/banding",
            "23:3 /nodes/OB-2.1",
            "25:3 /nodes/test-framework");
    assertThat(problems.get(0).message())
        .isEqualTo("framework test-framework 1.0 has no domain or component 'OB-3'");
    assertThat(problems.get(0).fix()).contains("did you mean OB-2?");
    assertThat(problems.get(1).fix()).contains("did you mean nearest?");
    assertThat(problems.get(2).message()).contains("is an indicator");
    assertThat(problems.get(3).fix()).contains("put the framework's rules under rules.framework");
  }

  @Test
  void schemaProblemsAreLocated() {
    List<SpecProblem> problems = Problems.of(() -> load(HEAD
        + "rulez: {}\nrules:\n  components:\n    aggregation: mean\n    banding: floor\n"
        + "  domains:\n    aggregation: [mean]\n    banding: floor\n    missingData: exclude\n"
        + "  framework:\n    aggregation: {rule: mean, parameters: {a: null}}\n    banding: floor\n    missingData: exclude\n"
        + "nodes:\n  OB: {}\n"));
    assertThat(problems)
        .extracting(Problems::where)
        .containsExactly(
            "5:1 /rulez",
            "8:5 /rules/components/missingData",
            "11:18 /rules/domains/aggregation",
            "15:47 /rules/framework/aggregation/parameters/a",
            "19:7 /nodes/OB");
    assertThat(problems.get(0).fix()).contains("did you mean rules?");
    assertThat(problems.get(1).message()).isEqualTo("the required field 'missingData' is missing");
    assertThat(problems.get(2).message()).isEqualTo("expected a text or a mapping, found a list");
    assertThat(problems).allMatch(p -> p.layer() == SpecProblem.Layer.SCHEMA);
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnce() {
    String text = HEAD
        + "rules:\n"
        + "  components:\n"
        + "    aggregation: weakest-lnk\n" // 7: unknown id
        + "    banding: exclude\n" // 8: wrong role
        + "    missingData: {rule: minimum-coverage, parameters: {share: 0}}\n" // 9: bad value
        + "  domains:\n"
        + "    aggregation: {rule: k-of-n, parameters: {k: 2}}\n" // 11: missing threshold
        + "    banding: floor\n"
        + "    missingData: {rule: exclude, parameters: {strict: true}}\n" // 13: unknown parameter
        + "  framework:\n"
        + "    aggregation: mean\n"
        + "    banding: floor\n"
        + "    missingData: exclude\n"
        + "    extra: mean\n"; // 18: schema
    List<SpecProblem> problems = Problems.of(() -> load(text));
    assertThat(problems).extracting(p -> p.location().line()).containsExactly(7, 8, 9, 11, 13, 18);
    assertThat(problems.get(4).fix()).contains("rule 'exclude' takes no parameters: remove it");
    assertThat(LOADER.validate(TestFiles.write(tmp(), "all.yaml", text)))
        .extracting(p -> where(p) + " " + p.message())
        .isEqualTo(problems.stream().map(p -> where(p) + " " + p.message()).toList());
  }

  @Test
  void validateKnowsTheRuleSetKind() {
    Path good = TestFiles.write(
        tmp(),
        "good.yaml",
        file("    aggregation: median\n    banding: nearest\n    missingData: lowest\n", ""));
    assertThat(LOADER.validate(good)).isEmpty();
    Path other = TestFiles.write(tmp(), "f.yaml", "apiVersion: alignkit/v1\nkind: RuleSte\n");
    assertThat(LOADER.validate(other))
        .singleElement()
        .satisfies(p -> assertThat(p.fix()).contains("did you mean RuleSet?"));
    SpecProblem wrongKind =
        Problems.single(() -> LOADER.loadRuleSet(TestFiles.resource("framework.yaml")));
    assertThat(wrongKind.message()).isEqualTo("this is a Framework file, not a RuleSet");
  }

  @Test
  void rulesGivenToTheLoaderCanBeNamed() {
    ScoringRuleProvider trimmed = new ScoringRuleProvider() {
      @Override
      public String id() {
        return "trimmed-mean-test";
      }

      @Override
      public RuleRole role() {
        return RuleRole.AGGREGATION;
      }

      @Override
      public List<ParameterSpec> parameters() {
        return List.of(
            ParameterSpec.required("trim", ParameterType.INTEGER, "inputs cut at each end"));
      }

      @Override
      public ScoringRule create(RuleSettings settings) {
        if (settings.integer("trim") < 0) {
          throw settings.invalid("trim", "must be at least 0");
        }
        return (AggregationRule) in -> in.value(0);
      }
    };
    String text = file(
        "    aggregation: {rule: trimmed-mean-test, parameters: {trim: 1}}\n    banding: floor\n    missingData: exclude\n",
        "");
    assertThat(Problems.single(() -> load(text)).message())
        .isEqualTo("unknown aggregation rule 'trimmed-mean-test'");
    SpecLoader withRule = SpecLoader.builder().addRuleProvider(trimmed).build();
    assertThat(withRule.loadRuleSet(in(text), "r.yaml").components().aggregation())
        .contains(RuleRef.of("trimmed-mean-test", Map.of("trim", 1)));
    SpecProblem p = Problems.single(
        () -> withRule.loadRuleSet(in(text.replace("trim: 1", "trim: -1")), "r.yaml"));
    assertThat(p.location().pointer()).isEqualTo("/rules/components/aggregation/parameters/trim");
    assertThat(p.message())
        .isEqualTo("parameter 'trim' of rule 'trimmed-mean-test': must be at least 0");
    // kept by withFramework
    assertThat(withRule
            .withFramework(TestFiles.framework())
            .loadRuleSet(in(text), "r.yaml")
            .id())
        .isEqualTo("test");
  }

  @Test
  void providersThatCannotBeLoadedAreAProblemOfTheFileNotACrash() {
    ScoringRuleProvider secondMean = new ScoringRuleProvider() {
      @Override
      public String id() {
        return "mean";
      }

      @Override
      public RuleRole role() {
        return RuleRole.AGGREGATION;
      }

      @Override
      public ScoringRule create(RuleSettings settings) {
        return (AggregationRule) in -> in.value(0);
      }
    };
    SpecLoader clash = SpecLoader.builder().addRuleProvider(secondMean).build();
    String text = file("    aggregation: mean\n    banding: floor\n    missingData: exclude\n", "");
    SpecProblem p = Problems.single(() -> clash.loadRuleSet(in(text), "r.yaml"));
    assertThat(p.location().pointer()).isEqualTo("/rules");
    assertThat(p.message()).contains("two scoring rule providers claim the id 'mean'");
    assertThat(clash.validate(TestFiles.write(tmp(), "clash.yaml", text))).hasSize(1);
  }

  @Test
  void jsonRuleSetFilesAreLocatedToo() {
    String json =
        "{\"apiVersion\": \"alignkit/v1\", \"kind\": \"RuleSet\", \"id\": \"j\", \"title\": \"J\",\n"
            + " \"rules\": {\"components\": {\"aggregation\": \"mean\", \"banding\": \"floor\", \"missingData\": \"exclude\"},\n"
            + "  \"domains\": {\"aggregation\": \"mean\", \"banding\": \"floor\", \"missingData\": \"exclude\"},\n"
            + "  \"framework\": {\"aggregation\": \"maen\", \"banding\": \"floor\", \"missingData\": \"exclude\"}}}\n";
    SpecProblem p = Problems.single(() -> LOADER.loadRuleSet(in(json), "r.json"));
    assertThat(where(p)).isEqualTo("4:32 /rules/framework/aggregation");
    assertThat(p.fix()).contains("did you mean mean?");
  }

  @TempDir
  static Path tmpDir;

  private static Path tmp() {
    return tmpDir;
  }
}
