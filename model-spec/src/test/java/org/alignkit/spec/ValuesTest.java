package org.alignkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.alignkit.core.AlignKitException;
import org.alignkit.core.SourceLocation;
import org.alignkit.spec.SpecProblem.Layer;
import org.junit.jupiter.api.Test;

/** The public values, the schemas in the jar, and loading from URLs and streams. */
class ValuesTest {
  @Test
  void aProblemPrintsLikeACompiler() {
    SpecProblem p = SpecProblem.of(
        SourceLocation.of("a.yaml", 12, 7, "/ratings/3/level"),
        Layer.MEANING,
        "level 7 is not on the scale",
        "use 1 to 5");
    assertThat(p)
        .hasToString("a.yaml:12:7: /ratings/3/level: level 7 is not on the scale (use 1 to 5)");
    assertThat(SpecProblem.of(SourceLocation.of("a.yaml", 1, 1, ""), Layer.SYNTAX, "empty"))
        .hasToString("a.yaml:1:1: /: empty");
    assertThat(SpecProblem.of(SourceLocation.of("dir", 0, 0, ""), Layer.IO, "no such file"))
        .hasToString("dir: /: no such file");
    SpecException e = new SpecException(List.of(p, p));
    assertThat(e).isInstanceOf(AlignKitException.class);
    assertThat(e.getMessage()).isEqualTo(p + "\n" + p);
    assertThatThrownBy(() -> new SpecException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valuesAreEqualByContent() {
    SourceLocation at = SourceLocation.of("a.yaml", 1, 2, "/x");
    new EqualsTester()
        .addEqualityGroup(
            SpecProblem.of(at, Layer.SCHEMA, "m"), SpecProblem.of(at, Layer.SCHEMA, "m"))
        .addEqualityGroup(SpecProblem.of(at, Layer.MEANING, "m"))
        .addEqualityGroup(SpecProblem.of(at, Layer.SCHEMA, "m", "fix"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Limits.defaults(), Limits.builder().build())
        .addEqualityGroup(Limits.builder().maxProblems(5).build())
        .testEquals();
  }

  @Test
  void limitsAreChecked() {
    assertThat(Limits.defaults().maxDocumentBytes()).isEqualTo(8L * 1024 * 1024);
    assertThatThrownBy(() -> Limits.builder().maxDocumentBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Limits.builder().maxNestingDepth(2).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSchemasAreInTheJarAtAStablePathWithTheirIds() throws IOException {
    for (String kind : List.of("framework", "assessment", "exercise", "consensus", "common")) {
      String path = "org/alignkit/spec/schema/v1/" + kind + ".schema.json";
      try (InputStream in = SpecLoader.class.getClassLoader().getResourceAsStream(path)) {
        assertThat(in).as(path).isNotNull();
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        assertThat(tree.get("$id").asText())
            .isEqualTo("https://alignkit.org/schemas/v1/" + kind + ".schema.json");
        assertThat(tree.get("$schema").asText())
            .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      }
    }
  }

  @Test
  void frameworksLoadFromAUrlAndFromAStreamThatStaysOpen() throws IOException {
    var url = ValuesTest.class.getResource("/org/alignkit/spec/files/framework.yaml");
    assertThat(SpecLoader.defaults().loadFramework(url)).isEqualTo(TestFiles.framework());
    String json = SpecWriter.json().write(TestFiles.framework());
    var in =
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          boolean closed;

          @Override
          public void close() {
            closed = true;
          }
        };
    assertThat(SpecLoader.defaults().loadFramework(in, "framework.json"))
        .isEqualTo(TestFiles.framework());
    assertThat(in.closed).isFalse();
  }
}
