package org.alignkit.testing;

import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The built-in {@code gdhi} banding (one decimal half-even, then the ceiling) keeps the whole
 * contract; the scores' denominators 20 and 100 hit its half-even boundaries (2.05, 2.15, ...).
 */
class GdhiRuleProperties implements ScoringRuleContract<ScoringRuleProvider> {
  @Override
  public ScoringRuleProvider provider() {
    return ScoringRules.find("gdhi").orElseThrow();
  }
}
