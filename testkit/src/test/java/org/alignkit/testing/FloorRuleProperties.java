package org.alignkit.testing;

import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/** The built-in {@code floor} banding keeps the whole contract. */
class FloorRuleProperties implements ScoringRuleContract<ScoringRuleProvider> {
  @Override
  public ScoringRuleProvider provider() {
    return ScoringRules.find("floor").orElseThrow();
  }
}
