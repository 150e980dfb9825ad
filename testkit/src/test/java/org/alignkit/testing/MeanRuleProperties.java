package org.alignkit.testing;

import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/** The built-in {@code mean} keeps the whole contract. */
class MeanRuleProperties implements ScoringRuleContract<ScoringRuleProvider> {
  @Override
  public ScoringRuleProvider provider() {
    return ScoringRules.find("mean").orElseThrow();
  }
}
