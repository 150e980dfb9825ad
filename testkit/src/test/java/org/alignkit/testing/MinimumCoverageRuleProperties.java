package org.alignkit.testing;

import java.util.Map;
import net.jqwik.api.Group;
import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The built-in {@code minimum-coverage} keeps the whole contract: fewer rated or more absent inputs
 * can only take it from "exclude" to "insufficient coverage". Checked on both of its code paths: a
 * share that fits in ints and one that does not.
 */
class MinimumCoverageRuleProperties {
  static ScoringRuleProvider minimumCoverage() {
    return ScoringRules.find("minimum-coverage").orElseThrow();
  }

  /** At least half rated, as the default rule set. */
  @Group
  class Half implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return minimumCoverage();
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of("share", "1/2");
    }
  }

  /** A share just under a half whose numerator and denominator do not fit in an int. */
  @Group
  class BeyondInts implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return minimumCoverage();
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of("share", "2147483648/4294967297");
    }
  }
}
