package org.alignkit.testing;

import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The built-in {@code exclude} missing-data rule keeps the whole contract. Absent inputs are
 * always left out, whatever the counts, so it is monotone trivially.
 */
class ExcludeRuleProperties implements ScoringRuleContract<ScoringRuleProvider> {
  @Override
  public ScoringRuleProvider provider() {
    return ScoringRules.find("exclude").orElseThrow();
  }
}
