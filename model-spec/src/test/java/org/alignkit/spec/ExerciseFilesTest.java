package org.alignkit.spec;

import static org.alignkit.spec.Problems.of;
import static org.alignkit.spec.Problems.single;
import static org.alignkit.spec.Problems.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.alignkit.core.Exercise;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.spec.SpecProblem.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exercises: files listing assessments, inline assessments, folders; problems in the right file. */
class ExerciseFilesTest {
  static final SpecLoader LOADER = TestFiles.loader();

  @TempDir
  Path dir;

  private void copy(String name) {
    TestFiles.write(dir, name, TestFiles.text(name));
  }

  @Test
  void anExerciseFileReadsListedAndInlineAssessments() {
    Exercise e = LOADER.loadExercise(TestFiles.resource("exercise.yaml"));
    assertThat(e.groups())
        .extracting(StakeholderGroup::id)
        .containsExactly("government", "civil-society", "dp-on-budget");
    assertThat(e.country()).isEqualTo("XKV");
    assertThat(e.round().id()).isEqualTo("2024");
    assertThat(LOADER.validate(TestFiles.resource("exercise.yaml"))).isEmpty();
  }

  @Test
  void anExerciseFileReadFromAUrlResolvesItsPaths() throws Exception {
    Exercise e = LOADER.loadExercise(TestFiles.resource("exercise.yaml").toUri().toURL());
    assertThat(e.assessments()).hasSize(3);
  }

  @Test
  void aFolderWithoutAnExerciseFileTakesEveryAssessmentInNameOrderAndSkipsOtherKinds() {
    copy("government.yaml");
    copy("civil-society.yaml");
    copy("framework.yaml");
    copy("consensus.yaml");
    Exercise e = LOADER.loadExercise(dir);
    assertThat(e.groups())
        .extracting(StakeholderGroup::id)
        .containsExactly("civil-society", "government");
    assertThat(LOADER.validate(dir)).isEmpty();
  }

  @Test
  void aFolderWithAnExerciseFileUsesIt() {
    copy("government.yaml");
    copy("civil-society.yaml");
    copy("exercise.yaml");
    assertThat(LOADER.loadExercise(dir).assessments()).hasSize(3);
  }

  @Test
  void aMismatchIsReportedInTheFileThatDiffers() {
    copy("government.yaml");
    TestFiles.write(
        dir,
        "civil-society.yaml",
        TestFiles.text("civil-society.yaml").replace("country: XKV", "country: XKW"));
    SpecProblem p = single(() -> LOADER.loadExercise(dir));
    assertThat(p.location().file()).isEqualTo(dir.resolve("government.yaml").toString());
    assertThat(where(p)).isEqualTo("4:10 /country");
    assertThat(p.message())
        .isEqualTo("the country is 'XKV' but the first assessment of the exercise has 'XKW'");
  }

  @Test
  void problemsOfSeveralFilesAreReportedTogetherFileByFile() {
    TestFiles.write(
        dir,
        "a.yaml",
        TestFiles.text("government.yaml").replace("indicator: OP-1.2", "indicator: OP-12"));
    TestFiles.write(
        dir, "b.yaml", TestFiles.text("civil-society.yaml").replace("level: 1", "level: 6"));
    List<SpecProblem> problems = of(() -> LOADER.loadExercise(dir));
    assertThat(problems)
        .extracting(p -> Path.of(p.location().file()).getFileName().toString() + " " + where(p))
        .containsExactly("a.yaml 14:16 /ratings/1/indicator", "b.yaml 18:12 /ratings/3/level");
  }

  @Test
  void aMissingListedFileIsReportedInTheExerciseFile() {
    copy("government.yaml");
    Path ex = TestFiles.write(
        dir,
        "exercise.yaml",
        "apiVersion: alignkit/v1\nkind: Exercise\nassessments:\n  - government.yaml\n  - nobody.yaml\n");
    SpecProblem p = single(() -> LOADER.loadExercise(ex));
    assertThat(p.location().file()).isEqualTo(ex.toString());
    assertThat(where(p)).isEqualTo("5:5 /assessments/1");
    assertThat(p.message())
        .isEqualTo("the assessment file " + dir.resolve("nobody.yaml") + " does not exist");
  }

  @Test
  void aMistakeInAnInlineAssessmentIsLocatedInTheExerciseFile() {
    String text = TestFiles.text("exercise.yaml")
        .replace("indicator: OB-2.1\n        level: 2", "indicator: OB-2.1\n        level: 8");
    copy("government.yaml");
    copy("civil-society.yaml");
    Path ex = TestFiles.write(dir, "exercise.yaml", text);
    SpecProblem p = single(() -> LOADER.loadExercise(ex));
    assertThat(where(p)).isEqualTo("21:16 /assessments/2/ratings/1/level");
  }

  @Test
  void aStreamCanHoldInlineAssessmentsButNotPaths() {
    String inline = "apiVersion: alignkit/v1\nkind: Exercise\nassessments:\n"
        + TestFiles.text("government.yaml")
            .replaceAll("(?m)^", "    ")
            .replaceFirst("^    ", "  - ");
    Exercise e = LOADER.loadExercise(stream(inline), "round.yaml");
    assertThat(e.assessments()).hasSize(1);
    SpecProblem p = single(() -> LOADER.loadExercise(
        stream("apiVersion: alignkit/v1\nkind: Exercise\nassessments: [government.yaml]\n"),
        "round.yaml"));
    assertThat(where(p)).isEqualTo("3:15 /assessments/0");
    assertThat(p.message())
        .isEqualTo("the path 'government.yaml' cannot be followed from round.yaml");
  }

  @Test
  void anEmptyFolderIsReported() {
    SpecProblem p = single(() -> LOADER.loadExercise(dir));
    assertThat(p.layer()).isEqualTo(Layer.MEANING);
    assertThat(p.location().file()).isEqualTo(dir.toString());
    assertThat(p.message()).isEqualTo("the folder holds no assessment file");
  }

  @Test
  void twoAssessmentsOfOneGroupAreReported() {
    copy("government.yaml");
    TestFiles.write(dir, "government-2.yaml", TestFiles.text("government.yaml"));
    SpecProblem p = single(() -> LOADER.loadExercise(dir));
    assertThat(Path.of(p.location().file()).getFileName()).hasToString("government.yaml");
    assertThat(where(p)).isEqualTo("7:7 /group/id");
    assertThat(p.message()).isEqualTo("group 'government' has two assessments in this exercise");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
