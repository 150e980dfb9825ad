package org.alignkit.testing;

import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The built-in {@code fail} missing-data rule keeps the whole contract. An absent input is always
 * an error, whatever the counts, so it is monotone trivially.
 */
class FailRuleProperties implements ScoringRuleContract<ScoringRuleProvider> {
  @Override
  public ScoringRuleProvider provider() {
    return ScoringRules.find("fail").orElseThrow();
  }
}
