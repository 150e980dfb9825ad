package org.alignkit.testing;

import net.jqwik.api.Group;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/** The well-behaved stubs of {@link TestRules} keep the contract, as far as they claim to. */
class TestRulesProperties {
  /** The maximum keeps the whole contract. */
  @Group
  class Max implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return TestRules.max("test-max");
    }
  }

  /** A fixed score on the scale is bounded, monotone and order blind. */
  @Group
  class Fixed implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return TestRules.fixed("test-fixed", Rational.of(7, 2));
    }

    // The score is 7/2 whatever the inputs agree on.
    @Override
    public boolean isUnanimous() {
      return false;
    }

    @Override
    public boolean isUnanimousOnFractions() {
      return false;
    }
  }
}
