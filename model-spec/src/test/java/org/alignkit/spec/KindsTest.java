package org.alignkit.spec;

import static org.alignkit.spec.Problems.single;
import static org.alignkit.spec.Problems.where;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.alignkit.spec.SpecProblem.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The header of every file: apiVersion and kind, and validation by kind. */
class KindsTest {
  static final SpecLoader LOADER = TestFiles.loader();

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"framework.yaml", "government.yaml", "exercise.yaml", "consensus.yaml"})
  void validateTellsTheKindFromTheFile(String name) {
    assertThat(LOADER.validate(TestFiles.resource(name))).isEmpty();
  }

  @Test
  void validateReportsInsteadOfThrowing() {
    Path f = TestFiles.write(
        dir,
        "x.yaml",
        TestFiles.text("government.yaml")
            .replace("level: 4\n    comment", "level: 9\n    comment"));
    List<SpecProblem> problems = LOADER.validate(f);
    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(where(p)).isEqualTo("17:12 /ratings/2/level"));
  }

  @Test
  void aMissingKindIsReported() {
    Path f = TestFiles.write(dir, "x.yaml", "apiVersion: alignkit/v1\nid: x\n");
    SpecProblem p = single(() -> LOADER.loadFramework(f));
    assertThat(where(p)).isEqualTo("1:1 /kind");
    assertThat(p.layer()).isEqualTo(Layer.SCHEMA);
    assertThat(p.message()).isEqualTo("the required field 'kind' is missing");
    assertThat(p.fix())
        .hasValue(
            "add 'kind: Framework' (one of Framework, Assessment, Exercise, Consensus or RuleSet)");
  }

  @Test
  void anUnknownKindGetsADidYouMean() {
    Path f = TestFiles.write(dir, "x.yaml", "apiVersion: alignkit/v1\nkind: Asessment\n");
    List<SpecProblem> problems = LOADER.validate(f);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(where(p)).isEqualTo("2:7 /kind");
      assertThat(p.message()).isEqualTo("unknown kind 'Asessment'");
      assertThat(p.fix()).hasValue("did you mean Assessment?");
    });
  }

  @Test
  void aFileOfAnotherKindIsRefused() {
    SpecProblem p = single(() -> LOADER.loadFramework(TestFiles.resource("government.yaml")));
    assertThat(where(p)).isEqualTo("2:7 /kind");
    assertThat(p.message()).isEqualTo("this is an Assessment file, not a Framework");
  }

  @Test
  void anotherFormatVersionIsRefused() {
    Path f = TestFiles.write(
        dir, "x.yaml", TestFiles.text("framework.yaml").replace("alignkit/v1", "alignkit/v2"));
    SpecProblem p = single(() -> LOADER.loadFramework(f));
    assertThat(where(p)).isEqualTo("2:13 /apiVersion");
    assertThat(p.message()).isEqualTo("unsupported format version 'alignkit/v2'");
    assertThat(p.fix()).hasValue("this version of AlignKit reads apiVersion: alignkit/v1");
  }

  @Test
  void aDocumentThatIsNotAMappingIsRefused() {
    Path f = TestFiles.write(dir, "x.yaml", "- a\n- b\n");
    SpecProblem p = single(() -> LOADER.loadFramework(f));
    assertThat(where(p)).isEqualTo("1:1 ");
    assertThat(p.message())
        .isEqualTo("an AlignKit file is a mapping that starts with apiVersion and kind");
  }
}
