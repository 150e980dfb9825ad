package org.alignkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.alignkit.core.NodeType;
import org.junit.jupiter.api.Test;

/** One rule set with a parameter swept: one variant per value, the rest unchanged. */
class RuleSetVariantsTest {
  private static final List<BigDecimal> SHARES =
      List.of(new BigDecimal("0.3"), new BigDecimal("0.55"), new BigDecimal("0.80"));

  @Test
  void theMinimumCoverageShareSweptFrom03To08() {
    List<RuleSet> variants =
        RuleSetVariants.sweep(RuleSets.defaultRules(), "minimum-coverage", "share", SHARES);
    assertThat(variants)
        .extracting(RuleSet::id)
        .containsExactly(
            "default[minimum-coverage.share=0.3]",
            "default[minimum-coverage.share=0.55]",
            "default[minimum-coverage.share=0.8]");
    RuleSet first = variants.get(0);
    for (NodeType level : List.of(NodeType.COMPONENT, NodeType.DOMAIN, NodeType.FRAMEWORK)) {
      NodeRules r = first.level(level);
      assertThat(r.missingData().orElseThrow().parameters())
          .containsEntry("share", new BigDecimal("0.3"));
      assertThat(r.aggregation()).isEqualTo(RuleSets.defaultRules().level(level).aggregation());
      assertThat(r.banding()).isEqualTo(RuleSets.defaultRules().level(level).banding());
    }
    assertThat(first.title()).endsWith("(minimum-coverage.share=0.3)");
  }

  @Test
  void overridesOfNodesAreSweptToo() {
    NodeRules weakest =
        NodeRules.of(RuleRef.of("weakest-link"), RuleRef.of("floor"), RuleRef.of("exclude"));
    RuleSet base = RuleSet.builder()
        .id("mixed")
        .title("Mixed")
        .components(weakest)
        .domains(weakest)
        .framework(weakest)
        .putNodes(
            "OB",
            NodeRules.builder()
                .missingData(RuleRef.of("minimum-coverage", java.util.Map.of("share", "1/2")))
                .build())
        .build();
    RuleSet swept =
        RuleSetVariants.sweep(base, "minimum-coverage", "share", SHARES).get(2);
    assertThat(swept.nodes().get("OB").missingData().orElseThrow().parameters())
        .containsEntry("share", new BigDecimal("0.80"));
    assertThat(swept.nodes().get("OB").aggregation()).isEmpty();
    assertThat(swept.components()).isEqualTo(weakest);
  }

  @Test
  void aRuleTheRuleSetDoesNotUseIsRefused() {
    assertThatThrownBy(
            () -> RuleSetVariants.sweep(RuleSets.gdhi(), "minimum-coverage", "share", SHARES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule set 'gdhi' uses no rule 'minimum-coverage' (its rules: mean, gdhi, exclude)");
    assertThatThrownBy(() ->
            RuleSetVariants.sweep(RuleSets.defaultRules(), "minimum-coverage", "share", List.of()))
        .hasMessage("give at least one value of minimum-coverage.share");
  }
}
