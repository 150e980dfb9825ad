package org.alignkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the README's embedding example compiling and running: it must equal EmbeddingExample's. */
class ReadmeExampleTest {
  private static final Path ROOT = Path.of("..");

  private static List<String> tagged(String text, String begin, String end) {
    String body = text.substring(text.indexOf(begin) + begin.length(), text.indexOf(end));
    return body.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  @Test
  void readmeShowsTheCompiledExample() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(
        ROOT.resolve("arch-tests/src/test/java/org/alignkit/examples/EmbeddingExample.java"),
        StandardCharsets.UTF_8);
    List<String> inReadme =
        tagged(readme, "<!-- embed:begin -->\n```java", "```\n<!-- embed:end -->");
    List<String> compiled = tagged(source, "// tag::embed[]", "// end::embed[]");
    assertThat(inReadme).isEqualTo(compiled);
    assertThat(compiled.size()).isBetween(10, 22);
  }

  @Test
  void theExampleRunsOnTheKivaraRound() {
    String out = EmbeddingExample.run(ROOT.resolve("examples/kivara/2024"));
    assertThat(out.lines().filter(l -> l.matches("[a-z-]+: level [1-5]"))).hasSize(5);
    assertThat(out)
        .contains("government: level")
        .contains("  One Budget: ")
        .contains("discuss OB-");
  }
}
