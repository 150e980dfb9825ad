package org.alignkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The registry finds the built-in rules. The tests of explicitly added providers (used by id, a
 * duplicate id refused, failures wrapped with the rule id) use the stub providers of the test kit,
 * which depends on scoring, so they are in testkit's ScoringEngineProvidersTest.
 */
class RuleRegistryTest {
  @Example
  void findsEveryBuiltInRuleThroughTheServiceLoader() {
    Map<String, ScoringRuleProvider> all = RuleRegistry.with(List.of()).providers();
    assertThat(all.keySet())
        .contains(
            "mean",
            "weighted-mean",
            "median",
            "weakest-link",
            "staged",
            "k-of-n",
            "lookup-table",
            "floor",
            "nearest",
            "gdhi",
            "cut-points",
            "exclude",
            "lowest",
            "fail",
            "minimum-coverage");
    assertThat(all.get("gdhi").role()).isEqualTo(RuleRole.BANDING);
    assertThat(all.get("fail").role()).isEqualTo(RuleRole.MISSING_DATA);
    assertThat(RuleRegistry.location(all.get("mean").getClass())).contains("scoring");
  }
}
