package org.alignkit.testing;

import java.util.Map;
import net.jqwik.api.Group;
import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The built-in {@code weakest-link} keeps the whole contract, plain (the minimum) and with PEFA's
 * "+": the result is then min(lowest + step, highest), and both the lowest and the highest input
 * are monotone and order blind, and equal when the inputs agree.
 */
class WeakestLinkRuleProperties {
  static ScoringRuleProvider weakestLink() {
    return ScoringRules.find("weakest-link").orElseThrow();
  }

  /** The minimum. */
  @Group
  class Plain implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return weakestLink();
    }
  }

  /** PEFA M1: half a level more when another input is higher (pefa-m1's components). */
  @Group
  class WithPlus implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return weakestLink();
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of("plus", true);
    }
  }

  /** A quarter-level "+". */
  @Group
  class WithQuarterStep implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return weakestLink();
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of("plus", true, "plusStep", "1/4");
    }
  }
}
