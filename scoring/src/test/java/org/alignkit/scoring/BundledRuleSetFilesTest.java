package org.alignkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule-set files in docs/rulesets (which model-spec ships) say exactly what {@link RuleSets}
 * says. A minimal reader of the documented format, for this test only: scoring never reads files.
 */
class BundledRuleSetFilesTest {
  static final Path DIR = Path.of("..", "docs", "rulesets");

  @SuppressWarnings("unchecked")
  static RuleSet read(Path file) throws IOException {
    Map<String, Object> doc =
        new ObjectMapper(new YAMLFactory()).readValue(Files.readString(file), LinkedHashMap.class);
    assertThat(doc.get("apiVersion")).isEqualTo("alignkit/v1");
    assertThat(doc.get("kind")).isEqualTo("RuleSet");
    assertThat(doc.keySet()).isSubsetOf("apiVersion", "kind", "id", "title", "description", "rules", "nodes");
    Map<String, Object> rules = (Map<String, Object>) doc.get("rules");
    RuleSet.Builder b =
        RuleSet.builder()
            .id((String) doc.get("id"))
            .title((String) doc.get("title"))
            .components(node((Map<String, Object>) rules.get("components")))
            .domains(node((Map<String, Object>) rules.get("domains")))
            .framework(node((Map<String, Object>) rules.get("framework")));
    if (doc.containsKey("description")) {
      b.description((String) doc.get("description"));
    }
    Map<String, Object> nodes = (Map<String, Object>) doc.getOrDefault("nodes", Map.of());
    nodes.forEach((id, n) -> b.putNodes(id, node((Map<String, Object>) n)));
    return b.build();
  }

  static NodeRules node(Map<String, Object> m) {
    assertThat(m.keySet()).isSubsetOf("aggregation", "banding", "missingData");
    NodeRules.Builder b = NodeRules.builder();
    if (m.containsKey("aggregation")) {
      b.aggregation(ref(m.get("aggregation")));
    }
    if (m.containsKey("banding")) {
      b.banding(ref(m.get("banding")));
    }
    if (m.containsKey("missingData")) {
      b.missingData(ref(m.get("missingData")));
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  static RuleRef ref(Object o) {
    if (o instanceof String) {
      return RuleRef.of((String) o);
    }
    Map<String, Object> m = (Map<String, Object>) o;
    assertThat(m.keySet()).isSubsetOf("rule", "parameters");
    return RuleRef.of((String) m.get("rule"), (Map<String, Object>) m.getOrDefault("parameters", Map.of()));
  }

  @Test
  void everyBundledRuleSetFileEqualsItsJavaValue() throws IOException {
    List<RuleSet> bundled = RuleSets.bundled();
    assertThat(bundled).extracting(RuleSet::id).containsExactly("default", "pefa-m1", "pefa-m2", "gdhi", "staged");
    for (RuleSet r : bundled) {
      assertThat(read(DIR.resolve(r.id() + ".yaml"))).as(r.id()).isEqualTo(r);
    }
  }

  @Test
  void pefaM2FileMarksEveryRowAsUnverified() throws IOException {
    List<String> rows =
        Files.readAllLines(DIR.resolve("pefa-m2.yaml")).stream().filter(l -> l.matches("\\s+\"[A-D,]+\": .*")).toList();
    assertThat(rows).hasSize(65).allMatch(l -> l.contains("# unverified"));
    assertThat(rows.stream().filter(l -> l.contains("least certain"))).hasSize(RuleSets.PEFA_M2_CHECKED.size());
  }
}
