package org.alignkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.alignkit.core.Assessment;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.spec.SpecProblem.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One reader for every form: an assessment written as CSV is read wherever an assessment is (the
 * loader, round folders, exercise files), recognised by its extension or its first row, and its
 * problems come through the same layers, with the same messages, as those of the YAML form.
 */
class OneReaderTest {
  static final Framework FRAMEWORK = TestFiles.framework();
  static final SpecLoader LOADER = TestFiles.loader();
  static final AssessmentCsv CSV = AssessmentCsv.of(FRAMEWORK);

  @TempDir
  Path dir;

  static Assessment government() {
    return LOADER.loadAssessment(TestFiles.resource("government.yaml"));
  }

  @Test
  void theLoaderReadsTheCsvFormByExtensionOrByItsFirstRow() {
    Assessment a = government();
    Path csv = TestFiles.write(dir, "government.csv", CSV.write(a));
    assertThat(LOADER.loadAssessment(csv)).isEqualTo(a);
    assertThat(LOADER.loadAssessment(csv, FRAMEWORK)).isEqualTo(a);
    assertThat(LOADER.validate(csv)).isEmpty();
    // Named otherwise, or as a stream without a name that says CSV: the first row tells.
    Path txt = TestFiles.write(dir, "government.txt", CSV.withSeparator(';').write(a));
    assertThat(LOADER.loadAssessment(txt)).isEqualTo(a);
    assertThat(LOADER.loadAssessment(
            new ByteArrayInputStream(CSV.write(a).getBytes(StandardCharsets.UTF_8)), "upload"))
        .isEqualTo(a);
    // Not an assessment: the CSV form is an Assessment file.
    SpecException framework =
        catchThrowableOfType(SpecException.class, () -> LOADER.loadFramework(csv));
    assertThat(framework.problems())
        .singleElement()
        .satisfies(
            p -> assertThat(p.message()).isEqualTo("this is an Assessment file, not a Framework"));
  }

  @Test
  void roundFoldersAndExerciseFilesReadCsvFormsBesideYaml() {
    Assessment gov = government();
    Assessment cso = LOADER.loadAssessment(TestFiles.resource("civil-society.yaml"));
    Path round = dir.resolve("round");
    TestFiles.write(round, "government.yaml", TestFiles.text("government.yaml"));
    TestFiles.write(
        round, "civil-society.csv", CSV.withLanguage("fr").withSeparator(';').write(cso));
    // Files that are not AlignKit files are skipped, as docs/formats.md says.
    TestFiles.write(round, "notes.yaml", "workshop: 2024-04-02\nroom: B\n");
    TestFiles.write(round, "budget.csv", "programme,amount\nmalaria,12.5\n");
    Exercise fromFolder = LOADER.loadExercise(round);
    assertThat(fromFolder.assessments()).containsExactlyInAnyOrder(gov, cso);
    assertThat(LOADER.validate(round)).isEmpty();
    assertThat(LOADER.filesOf(round))
        .containsExactly(round.resolve("civil-society.csv"), round.resolve("government.yaml"));
    Path exercise = TestFiles.write(
        round,
        "exercise.yaml",
        "apiVersion: alignkit/v1\nkind: Exercise\nassessments: [government.yaml, civil-society.csv]\n");
    assertThat(LOADER.loadExercise(exercise).assessments()).containsExactly(gov, cso);
    assertThat(LOADER.loadExercise(round).assessments()).containsExactly(gov, cso);
    assertThat(LOADER.filesOf(round))
        .containsExactly(
            exercise, round.resolve("government.yaml"), round.resolve("civil-society.csv"));
    // An AlignKit file with a header but no kind is still reported, not skipped.
    TestFiles.write(round, "exercise.yaml", "apiVersion: alignkit/v1\nassessments: [x.yaml]\n");
    assertThat(LOADER.validate(round))
        .anySatisfy(p -> assertThat(p.message()).isEqualTo("the required field 'kind' is missing"));
  }

  @Test
  void aMistakeGivesTheSameProblemInEveryForm() {
    String yaml = TestFiles.text("government.yaml")
        .replace("indicator: OP-1.2", "indicator: OP-12")
        .replace("level: 3", "level: 7");
    Path yamlFile = TestFiles.write(dir, "g.yaml", yaml);
    List<SpecProblem> fromYaml = LOADER.validate(yamlFile);
    Assessment a = government();
    String csv = CSV.write(a).replace("\"OP-1.2\"", "\"OP-12\"").replace(",\"3\",", ",\"7\",");
    Path csvFile = TestFiles.write(dir, "g.csv", csv);
    List<SpecProblem> fromCsv = LOADER.validate(csvFile);
    assertThat(fromYaml).hasSize(2);
    assertThat(fromCsv.stream()
            .map(p -> p.layer() + " " + p.location().pointer() + ": " + p.message()))
        .containsExactlyElementsOf(fromYaml.stream()
            .map(p -> p.layer() + " " + p.location().pointer() + ": " + p.message())
            .collect(Collectors.toList()));
    assertThat(fromCsv).allSatisfy(p -> {
      assertThat(p.layer()).isEqualTo(Layer.MEANING);
      assertThat(p.location().file()).isEqualTo(csvFile.toString());
      assertThat(p.location().line()).isGreaterThan(10);
      assertThat(p.location().column()).isPositive();
    });
  }

  @Test
  void theBlankFormsOfBothFormatsReadTheSame() {
    // The YAML form leaves 'level:' empty; the CSV form leaves the cell empty: not rated, both.
    String blankYaml = String.join(
        "\n",
        "apiVersion: alignkit/v1",
        "kind: Assessment",
        "framework: {id: test-framework, version: \"1.0\"}",
        "country: XKV",
        "round: {id: \"2024\", date: 2024-03-14}",
        "group:",
        "  id: government",
        "  kinds: [government]",
        "ratings:",
        "  - indicator: \"OP-1.1\"",
        "    level:",
        "  - indicator: \"OP-1.2\"",
        "    level:",
        "  - indicator: \"OB-2.1\"",
        "    level: 4",
        "");
    Assessment fromYaml = LOADER.loadAssessment(TestFiles.write(dir, "blank.yaml", blankYaml));
    assertThat(fromYaml.ratings()).hasSize(1);
    Assessment template = LOADER.loadAssessment(
        TestFiles.write(dir, "blank.csv", CSV.template(fromYaml.group(), "XKV", fromYaml.round())));
    assertThat(template.ratings()).isEmpty();
    assertThat(LOADER.validate(dir.resolve("blank.csv"))).isEmpty();
    // A meaning problem after a skipped rating points at the rating's place in the file.
    Path bad = TestFiles.write(dir, "bad.yaml", blankYaml.replace("level: 4", "level: 9"));
    assertThat(LOADER.validate(bad)).singleElement().satisfies(p -> {
      assertThat(p.location().pointer()).isEqualTo("/ratings/2/level");
      assertThat(p.location().line()).isEqualTo(15);
    });
  }

  @Test
  void aGroupWithTwoFilesNamesBoth() {
    Path round = dir.resolve("twice");
    TestFiles.write(round, "government.yaml", TestFiles.text("government.yaml"));
    TestFiles.write(round, "ministere.csv", CSV.write(government()));
    SpecException e = catchThrowableOfType(SpecException.class, () -> LOADER.loadExercise(round));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("group 'government' has two assessments in this exercise");
      assertThat(p.fix())
          .hasValue("its assessments are " + round.resolve("government.yaml") + " and "
              + round.resolve("ministere.csv") + "; keep one, or give the groups different ids");
    });
  }
}
