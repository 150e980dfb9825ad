package org.alignkit.spec;

import static org.alignkit.spec.Problems.of;
import static org.alignkit.spec.Problems.single;
import static org.alignkit.spec.Problems.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.alignkit.core.Framework;
import org.alignkit.core.StakeholderKind;
import org.alignkit.spec.SpecProblem.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Framework files: schema and meaning checks, located at the right line, column and pointer. */
class FrameworkFilesTest {
  /** A valid two-level framework; the one indicator's id is on line 18, its title on line 19. */
  static final String SMALL = "apiVersion: alignkit/v1\n"
      + "kind: Framework\n"
      + "id: fw\n"
      + "version: \"1.0\"\n"
      + "languages: [en, fr]\n"
      + "title: {en: Test, fr: Test}\n"
      + "scale:\n"
      + "  levels:\n"
      + "    - {level: 1, name: {en: Low, fr: Bas}, descriptor: {en: Low., fr: Bas.}}\n"
      + "    - {level: 2, name: {en: High, fr: Haut}, descriptor: {en: High., fr: Haut.}}\n"
      + "domains:\n"
      + "  - id: OP\n"
      + "    title: {en: One Plan, fr: Plan unique}\n"
      + "    components:\n"
      + "      - id: OP-1\n"
      + "        title: {en: Planning, fr: Planification}\n"
      + "        indicators:\n"
      + "          - id: OP-1.1\n"
      + "            title: {en: Joint plan, fr: Plan commun}\n";

  static final SpecLoader LOADER = SpecLoader.defaults();

  @TempDir
  Path dir;

  private Path file(String body) {
    return TestFiles.write(dir, "fw.yaml", body);
  }

  @Test
  void theTestFrameworkLoadsWithEveryField() {
    Framework f = TestFiles.framework();
    assertThat(f.id()).isEqualTo("test-framework");
    assertThat(f.languages()).containsExactly("en", "fr");
    assertThat(f.scale().max()).isEqualTo(5);
    assertThat(f.indicators())
        .extracting(i -> i.id())
        .containsExactly("OP-1.1", "OP-1.2", "OB-2.1", "OB-2.2");
    assertThat(f.domain("OB").orElseThrow().weight()).hasValue(new BigDecimal("2"));
    assertThat(f.component("OB-2").orElseThrow().weight()).hasValue(new BigDecimal("1.5"));
    assertThat(f.indicator("OB-2.2").orElseThrow().weight()).hasValue(new BigDecimal("0.5"));
    assertThat(f.indicator("OB-2.1").orElseThrow().applicableTo())
        .containsExactlyInAnyOrder(
            StakeholderKind.GOVERNMENT,
            StakeholderKind.PARTNER_ON_BUDGET,
            StakeholderKind.PARTNER_OFF_BUDGET);
    assertThat(f.indicator("OP-1.1").orElseThrow().levelDescriptors()).containsOnlyKeys(1, 5);
    assertThat(f.indicator("OP-1.1").orElseThrow().descriptor(5, f.scale()).get("fr"))
        .isEqualTo("Un plan commun.");
    assertThat(f.provenance().licence()).hasValue("CC-BY-4.0");
    assertThat(f.provenance().notice().get("fr")).isEqualTo("Pas un instrument officiel.");
    assertThat(f.scale().level(5).orElseThrow().descriptor().get("en"))
        .isEqualTo("One plan, one budget, one report.");
  }

  @Test
  void aSmallFrameworkLoads() {
    Framework f = LOADER.loadFramework(file(SMALL));
    assertThat(f.indicators()).hasSize(1);
    assertThat(LOADER.validate(file(SMALL))).isEmpty();
  }

  @Test
  void aMissingTranslationIsLocatedAtTheText() {
    SpecProblem p = single(() -> LOADER.loadFramework(
        file(SMALL.replace("title: {en: Test, fr: Test}", "title: {en: Test}"))));
    assertThat(where(p)).isEqualTo("6:8 /title");
    assertThat(p.layer()).isEqualTo(Layer.MEANING);
    assertThat(p.message()).isEqualTo("the text has no French (fr) translation");
    assertThat(p.fix()).hasValue("add 'fr:' with the French text");
  }

  @Test
  void aDuplicateIdIsLocatedAtTheSecondUse() {
    SpecProblem p =
        single(() -> LOADER.loadFramework(file(SMALL.replace("- id: OP-1.1", "- id: OP-1"))));
    assertThat(where(p)).isEqualTo("18:17 /domains/0/components/0/indicators/0/id");
    assertThat(p.message()).isEqualTo("id 'OP-1' is already used at /domains/0/components/0");
  }

  @Test
  void aWeightMustBePositive() {
    String body = SMALL.replace(
        "    title: {en: One Plan, fr: Plan unique}\n",
        "    title: {en: One Plan, fr: Plan unique}\n    weight: 0\n");
    SpecProblem p = single(() -> LOADER.loadFramework(file(body)));
    assertThat(where(p)).isEqualTo("14:13 /domains/0/weight");
    assertThat(p.layer()).isEqualTo(Layer.SCHEMA);
    assertThat(p.message()).isEqualTo("0 is out of range: it must be greater than 0");
    assertThat(p.fix()).hasValue("A weight greater than 0; leave it out for 1.");
  }

  @Test
  void aLevelDescriptorOffTheScaleIsReported() {
    String body = SMALL + "            levels: {3: {en: Three, fr: Trois}}\n";
    SpecProblem p = single(() -> LOADER.loadFramework(file(body)));
    assertThat(where(p)).isEqualTo("20:25 /domains/0/components/0/indicators/0/levels/3");
    assertThat(p.message())
        .isEqualTo("indicator OP-1.1 describes level 3, which is not on the scale");
    assertThat(p.fix()).hasValue("describe levels 1 to 2");
  }

  @Test
  void scaleLevelsMustBeNumberedInOrder() {
    SpecProblem p = single(() -> LOADER.loadFramework(
        file(SMALL.replace("{level: 2, name: {en: High", "{level: 3, name: {en: High"))));
    assertThat(where(p)).isEqualTo("10:15 /scale/levels/1/level");
    assertThat(p.message()).isEqualTo("level 3 is at position 2 of the scale");
    assertThat(p.fix()).hasValue("number the levels 1 to 2 in order, lowest first");
  }

  @Test
  void anUnknownKindOfGroupInApplicableToGetsADidYouMean() {
    String body = SMALL + "            applicableTo: [civil-societies]\n";
    SpecProblem p = single(() -> LOADER.loadFramework(file(body)));
    assertThat(where(p)).isEqualTo("20:28 /domains/0/components/0/indicators/0/applicableTo/0");
    assertThat(p.fix()).hasValue("did you mean civil-society?");
  }

  @Test
  void unquotedCommasInAFlowMappingGetAQuotingFix() {
    String body = SMALL.replace(
        "title: {en: Joint plan, fr: Plan commun}",
        "title: {en: Joint plan, budget, fr: Plan commun}");
    SpecProblem p = single(() -> LOADER.loadFramework(file(body)));
    assertThat(where(p)).isEqualTo("19:43 /domains/0/components/0/indicators/0/title/budget");
    assertThat(p.message()).isEqualTo("the text is empty");
    assertThat(p.fix())
        .hasValue(
            "write the text; inside {...}, put a text that holds commas in quotes: {en: \"a, b\"}");
  }

  @Test
  void threeMistakesGiveThreeProblems() {
    String body = SMALL
        .replace("title: {en: Test, fr: Test}", "title: {en: Test}")
        .replace("- id: OP-1.1", "- id: OP-1.1\n            titel: {en: x, fr: x}")
        .replace(
            "    title: {en: One Plan, fr: Plan unique}\n",
            "    title: {en: One Plan, fr: Plan unique}\n    weight: -2\n");
    List<SpecProblem> problems = of(() -> LOADER.loadFramework(file(body)));
    assertThat(problems)
        .extracting(Problems::where)
        .containsExactly(
            "6:8 /title",
            "14:13 /domains/0/weight",
            "20:13 /domains/0/components/0/indicators/0/titel");
    assertThat(problems.get(2).fix()).hasValue("did you mean title?");
  }

  @Test
  void aMissingRequiredFieldNamesTheField() {
    SpecProblem p =
        single(() -> LOADER.loadFramework(file(SMALL.replace("version: \"1.0\"\n", ""))));
    assertThat(where(p)).isEqualTo("1:1 /version");
    assertThat(p.message()).isEqualTo("the required field 'version' is missing");
    assertThat(p.fix()).hasValueSatisfying(f -> assertThat(f).startsWith("add 'version:'"));
  }
}
