package org.alignkit.spec;

import static org.alignkit.spec.Problems.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alignkit.spec.SpecProblem.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus ({@code src/test/resources/hostile/}) and generated hostile files: each is
 * rejected with one located, typed problem. Runs in its own surefire execution with a 64 MB heap
 * ({@code -Xmx64m}); the timeout is a guard against hangs, not a speed measurement (speed is
 * measured with JMH).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HostileInputTest {
  static final SpecLoader LOADER = SpecLoader.defaults();

  @TempDir
  static Path dir;

  @BeforeAll
  static void theHeapIsSmall() {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("this class must run with -Xmx64m (see the hostile-input execution in the pom)")
        .isLessThanOrEqualTo(64L * 1024 * 1024);
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of(
            "billion-laughs.yaml",
            Layer.SYNTAX,
            3,
            4,
            "/a",
            "YAML anchors (&a) are not allowed in AlignKit files"),
        Arguments.of(
            "scalar-anchor.yaml",
            Layer.SYNTAX,
            3,
            5,
            "/id",
            "YAML anchors (&fw) are not allowed in AlignKit files"),
        Arguments.of(
            "alias.yaml",
            Layer.SYNTAX,
            4,
            10,
            "/version",
            "YAML aliases (*v) are not allowed in AlignKit files"),
        Arguments.of(
            "tag-script-engine.yaml",
            Layer.SYNTAX,
            3,
            5,
            "/id",
            "YAML tags (!!javax.script.ScriptEngineManager) are not allowed in AlignKit files"),
        Arguments.of(
            "tag-local.yaml",
            Layer.SYNTAX,
            4,
            10,
            "/version",
            "YAML tags (!!str) are not allowed in AlignKit files"),
        Arguments.of(
            "duplicate-key.yaml",
            Layer.SYNTAX,
            5,
            3,
            "/id",
            "the key 'id' appears twice in the same mapping"),
        Arguments.of(
            "not-utf8.yaml",
            Layer.SYNTAX,
            4,
            33,
            "",
            "the file is not valid UTF-8: byte 0xE9 at offset 86"),
        Arguments.of("utf16.yaml", Layer.SYNTAX, 1, 1, "", "the file is UTF-16, not UTF-8"),
        Arguments.of("empty.yaml", Layer.SYNTAX, 1, 1, "", "the file is empty"),
        Arguments.of("only-comments.yaml", Layer.SYNTAX, 1, 1, "", "the file is empty"),
        Arguments.of(
            "trailing-garbage.json",
            Layer.SYNTAX,
            2,
            1,
            "",
            "unexpected content after the end of the JSON document"),
        Arguments.of(
            "json-syntax.json",
            Layer.SYNTAX,
            3,
            3,
            "/apiVersion",
            "not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"),
        Arguments.of(
            "two-documents.yaml",
            Layer.SYNTAX,
            5,
            1,
            "",
            "the file holds more than one YAML document"),
        Arguments.of(
            "yaml-syntax.yaml",
            Layer.SYNTAX,
            5,
            8,
            "/title/fr",
            "not valid YAML: while parsing a flow mapping: expected ',' or '}', but got ':'"),
        Arguments.of(
            "bad-indentation.yaml",
            Layer.SYNTAX,
            4,
            10,
            "/id",
            "not valid YAML: mapping values are not allowed here"),
        Arguments.of(
            "null-byte.yaml",
            Layer.SYNTAX,
            3,
            8,
            "",
            "the file holds the control character U+0000"),
        Arguments.of(
            "kind-missing.yaml",
            Layer.SCHEMA,
            1,
            1,
            "/kind",
            "the required field 'kind' is missing"),
        Arguments.of("kind-unknown.yaml", Layer.SCHEMA, 2, 7, "/kind", "unknown kind 'Framwork'"),
        Arguments.of(
            "api-version-wrong.yaml",
            Layer.SCHEMA,
            1,
            13,
            "/apiVersion",
            "unsupported format version 'alignkit/v2'"),
        Arguments.of(
            "not-a-mapping.yaml",
            Layer.SCHEMA,
            1,
            1,
            "",
            "an AlignKit file is a mapping that starts with apiVersion and kind"),
        Arguments.of(
            "deep-nesting.yaml",
            Layer.LIMIT,
            3,
            69,
            "/id" + "/0".repeat(62),
            "the document nests deeper than the limit of 64 levels"),
        Arguments.of(
            "long-number.yaml",
            Layer.LIMIT,
            4,
            210,
            "/version",
            "a number is longer than 100 characters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachCorpusFileIsRejectedWithOneLocatedProblem(
      String name, Layer layer, int line, int column, String pointer, String message) {
    Path file = corpusFile(name);
    SpecProblem p = single(() -> LOADER.loadFramework(file));
    assertThat(p.layer()).as("layer of %s", p).isEqualTo(layer);
    assertThat(p.location().file()).isEqualTo(file.toString());
    assertThat(p.message()).as("message of %s", p).isEqualTo(message);
    assertThat(p.location().line()).as("line of %s", p).isEqualTo(line);
    assertThat(p.location().column()).as("column of %s", p).isEqualTo(column);
    assertThat(p.location().pointer()).as("pointer of %s", p).isEqualTo(pointer);
    assertThat(LOADER.validate(file)).containsExactly(p);
  }

  @Test
  void aFileOverTheSizeLimitIsRejectedWhereItCrossesTheLimit() throws IOException {
    Path big = dir.resolve("too-big.yaml");
    String line = "# " + "x".repeat(1021) + "\n"; // 1 KiB a line
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 9 * 1024; i++) {
        out.write(bytes);
      }
    }
    SpecProblem p = single(() -> LOADER.loadFramework(big));
    assertThat(p.layer()).isEqualTo(Layer.LIMIT);
    assertThat(p.message()).isEqualTo("the file is larger than the limit of 8 MiB");
    assertThat(p.location().line()).isEqualTo(8 * 1024 + 1);
    assertThat(p.location().column()).isEqualTo(1);
  }

  @Test
  void aHugeOneLineTextIsRejectedAtTheLineLimit() {
    Path f = write(
        "huge-line.yaml",
        "apiVersion: alignkit/v1\nkind: Framework\nid: " + "x".repeat(5 * 1024 * 1024) + "\n");
    SpecProblem p = single(() -> LOADER.loadFramework(f));
    assertThat(p.layer()).isEqualTo(Layer.LIMIT);
    assertThat(p.message()).isEqualTo("a line is longer than the limit of 263,168 characters");
    assertThat(Problems.where(p)).isEqualTo("3:263169 ");
  }

  @Test
  void aHugeTextOverManyLinesIsRejected() {
    String line = "  " + "word ".repeat(200) + "\n"; // about 1 KiB
    Path f = write(
        "huge-text.yaml",
        "apiVersion: alignkit/v1\nkind: Framework\nid: |\n" + line.repeat(5 * 1024));
    SpecProblem p = single(() -> LOADER.loadFramework(f));
    assertThat(p.layer()).isEqualTo(Layer.LIMIT);
    assertThat(p.message()).isEqualTo("a text is longer than the limit of 262,144 characters");
    assertThat(Problems.where(p)).isEqualTo("3:5 /id");
  }

  @Test
  void aHugeKeyIsRejected() {
    Path f = write(
        "huge-key.yaml",
        "apiVersion: alignkit/v1\nkind: Framework\n" + "k".repeat(300_000) + ": 1\n");
    SpecProblem p = single(() -> LOADER.loadFramework(f));
    assertThat(p.layer()).isEqualTo(Layer.LIMIT);
    assertThat(p.message()).isEqualTo("a line is longer than the limit of 263,168 characters");
    assertThat(p.location().line()).isEqualTo(3);
  }

  @Test
  void aHugeJsonTextIsRejected() {
    Path f = write(
        "huge-text.json",
        "{\"apiVersion\": \"alignkit/v1\", \"kind\": \"Framework\",\n\"id\": \""
            + "x".repeat(5 * 1024 * 1024) + "\"}\n");
    SpecProblem p = single(() -> LOADER.loadFramework(f));
    assertThat(p.layer()).isEqualTo(Layer.LIMIT);
    assertThat(p.message()).isEqualTo("a text is longer than the limit of 262,144 characters");
    assertThat(p.location().line()).isEqualTo(2);
  }

  @Test
  void veryDeepNestingIsRejected() {
    Path yaml = write("deep.yaml", "a: " + "[\n".repeat(500_000));
    SpecProblem p = single(() -> LOADER.loadFramework(yaml));
    assertThat(p.layer()).isEqualTo(Layer.LIMIT);
    assertThat(p.message()).isEqualTo("the document nests deeper than the limit of 64 levels");
    Path json = write("deep.json", "{\"a\": " + "[".repeat(500_000) + "\n");
    SpecProblem q = single(() -> LOADER.loadFramework(json));
    assertThat(q.layer()).isEqualTo(Layer.LIMIT);
    assertThat(q.message()).isEqualTo("the document nests deeper than the limit of 64 levels");
    assertThat(q.location().line()).isEqualTo(1);
  }

  @Test
  void manyAliasesAreRejectedAtTheFirstAnchor() {
    StringBuilder sb =
        new StringBuilder("apiVersion: alignkit/v1\nkind: Framework\nl0: &l0 [lol, lol]\n");
    for (int i = 1; i < 30; i++) {
      sb.append("l").append(i).append(": &l").append(i).append(" [");
      for (int j = 0; j < 30; j++) {
        sb.append(j == 0 ? "" : ",").append("*l").append(i - 1);
      }
      sb.append("]\n");
    }
    SpecProblem p = single(() -> LOADER.loadFramework(write("laughs.yaml", sb.toString())));
    assertThat(p.message()).isEqualTo("YAML anchors (&l0) are not allowed in AlignKit files");
    assertThat(Problems.where(p)).isEqualTo("3:5 /l0");
  }

  @Test
  void aFolderInsteadOfAFileIsAnIoProblem() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("a-folder.yaml"));
    SpecProblem p = single(() -> LOADER.loadFramework(folder));
    assertThat(p.layer()).isEqualTo(Layer.IO);
    assertThat(p.message()).isEqualTo("this is a folder, not a file");
    assertThat(p.toString())
        .isEqualTo(folder + ": /: this is a folder, not a file (" + p.fix().orElseThrow() + ")");
  }

  @Test
  void aMissingFileIsAnIoProblem() {
    Path missing = dir.resolve("missing.yaml");
    SpecProblem p = single(() -> LOADER.loadFramework(missing));
    assertThat(p.layer()).isEqualTo(Layer.IO);
    assertThat(p.message()).isEqualTo("no such file");
    assertThat(LOADER.validate(missing)).containsExactly(p);
  }

  @Test
  void aSmallerConfiguredLimitIsEnforced() {
    SpecLoader strict = SpecLoader.builder()
        .limits(Limits.builder().maxDocumentBytes(1024).maxNestingDepth(8).build())
        .build();
    SpecProblem p = single(() -> strict.loadFramework(
        corpusFile("billion-laughs.yaml").resolveSibling("deep-nesting.yaml")));
    assertThat(p.message()).isEqualTo("the document nests deeper than the limit of 8 levels");
    SpecProblem q =
        single(() -> strict.loadFramework(write("two-k.yaml", "# " + "x".repeat(2048) + "\n")));
    assertThat(q.message()).isEqualTo("the file is larger than the limit of 1 KiB");
  }

  private static Path write(String name, String text) {
    return TestFiles.write(dir, name, text);
  }

  private static Path corpusFile(String name) {
    try {
      return Path.of(HostileInputTest.class.getResource("/hostile/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing corpus file " + name, e);
    }
  }
}
