package org.alignkit.testing;

import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The built-in {@code lowest} missing-data rule keeps the whole contract. Absent inputs always
 * count as the lowest level, whatever the counts, so it is monotone trivially.
 */
class LowestRuleProperties implements ScoringRuleContract<ScoringRuleProvider> {
  @Override
  public ScoringRuleProvider provider() {
    return ScoringRules.find("lowest").orElseThrow();
  }
}
