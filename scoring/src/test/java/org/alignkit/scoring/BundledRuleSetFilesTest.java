package org.alignkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PEFA M2 rule-set file that model-spec ships marks every row of the conversion table as
 * unverified, and the least certain ones are exactly those of {@link RuleSets#PEFA_M2_CHECKED}.
 *
 * <p>That each bundled file equals its {@link RuleSets} value is tested in model-spec ({@code
 * RuleSetFilesTest}), with the real loader: scoring never reads files and must not depend on
 * model-spec. This test reads the file's lines only.
 */
class BundledRuleSetFilesTest {
  static final Path DIR = Path.of(
      "..",
      "model-spec",
      "src",
      "main",
      "resources",
      "org",
      "alignkit",
      "spec",
      "bundled",
      "rulesets");

  @Test
  void allFiveBundledRuleSetFilesExist() {
    for (RuleSet r : RuleSets.bundled()) {
      assertThat(DIR.resolve(r.id() + ".yaml")).as(r.id()).isRegularFile();
    }
  }

  @Test
  void pefaM2FileMarksEveryRowAsUnverified() throws IOException {
    List<String> rows = Files.readAllLines(DIR.resolve("pefa-m2.yaml")).stream()
        .filter(l -> l.matches("\\s+\"[A-D,]+\": .*"))
        .toList();
    assertThat(rows).hasSize(65).allMatch(l -> l.contains("# unverified"));
    assertThat(rows.stream()
            .filter(l -> l.contains("least certain"))
            .map(l -> l.trim().split("\"")[1]))
        .containsExactlyInAnyOrderElementsOf(RuleSets.PEFA_M2_CHECKED.keySet());
    // each row's key and grade as in RuleSets.PEFA_M2_TABLE, in the same order
    assertThat(rows.stream().map(l -> l.trim().split("\"")[1] + "=" + l.trim().split("\"")[3]))
        .containsExactlyElementsOf(java.util.Arrays.stream(RuleSets.PEFA_M2_TABLE)
            .map(r -> r[0] + "=" + r[1])
            .toList());
  }
}
