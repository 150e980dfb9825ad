package org.alignkit.testing;

import java.util.Map;
import net.jqwik.api.Group;
import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The built-in {@code k-of-n}: met (a high score) when at least k inputs reach a threshold, else not
 * met (a low score). It is a test, not an average: inputs that all agree on a level give "met" or
 * "not met", not that level, so both unanimity invariants are switched off. It is monotone (raising
 * an input can only make more criteria hold, and "not met" is never above "met"), order blind and,
 * with met and not met on the scale, bounded.
 */
class KOfNRuleProperties {
  static ScoringRuleProvider kOfN() {
    return ScoringRules.find("k-of-n").orElseThrow();
  }

  /** GPEDC indicator 7: 4 of exactly 5 criteria; met is the top level, not met the bottom one. */
  @Group
  class FourOfFive implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return kOfN();
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of("k", 4, "n", 5, "threshold", 3);
    }

    // With n given, any other number of inputs is an error.
    @Override
    public int minInputs() {
      return 5;
    }

    @Override
    public int maxInputs() {
      return 5;
    }

    // Inputs all at 2 give 1 (not met); all at 4 give 5 (met).
    @Override
    public boolean isUnanimous() {
      return false;
    }

    // Likewise between levels: all at 7/2 give 5.
    @Override
    public boolean isUnanimousOnFractions() {
      return false;
    }
  }

  /** 2 of any number, threshold between levels, met and not met inside the scale. */
  @Group
  class TwoOfAny implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return kOfN();
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of("k", 2, "threshold", "5/2", "met", 4, "notMet", 2);
    }

    // A single input can never be 2 criteria: it gives 2 (not met) whatever its value.
    @Override
    public boolean isUnanimous() {
      return false;
    }

    // Inputs all at 5/2 give 4 (met), not 5/2.
    @Override
    public boolean isUnanimousOnFractions() {
      return false;
    }
  }
}
