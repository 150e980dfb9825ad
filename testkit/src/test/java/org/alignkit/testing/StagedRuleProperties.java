package org.alignkit.testing;

import java.util.Map;
import net.jqwik.api.Group;
import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The built-in {@code staged}: the highest level reached by a share of the inputs. Its result is
 * always a whole level, so inputs that all stand between two levels do not give their own value:
 * five inputs of 5/2 reach level 2, not 5/2. Unanimity on fractions is switched off for that reason;
 * unanimity on whole levels holds.
 */
class StagedRuleProperties {
  static ScoringRuleProvider staged() {
    return ScoringRules.find("staged").orElseThrow();
  }

  /** Every input at L or above (share 1, the bundled staged rule set). */
  @Group
  class AllInputs implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return staged();
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of("share", 1);
    }

    // The result is a level: inputs all equal to 5/2 give 2.
    @Override
    public boolean isUnanimousOnFractions() {
      return false;
    }
  }

  /** At least half of the inputs at L or above. */
  @Group
  class HalfOfTheInputs implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return staged();
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of("share", "1/2");
    }

    // The result is a level: inputs all equal to 5/2 give 2.
    @Override
    public boolean isUnanimousOnFractions() {
      return false;
    }
  }
}
