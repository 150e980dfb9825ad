package org.alignkit.testing;

import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/** The built-in {@code nearest} banding (ties up) keeps the whole contract. */
class NearestRuleProperties implements ScoringRuleContract<ScoringRuleProvider> {
  @Override
  public ScoringRuleProvider provider() {
    return ScoringRules.find("nearest").orElseThrow();
  }
}
