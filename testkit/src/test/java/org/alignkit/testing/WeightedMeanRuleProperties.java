package org.alignkit.testing;

import java.util.Map;
import net.jqwik.api.Group;
import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The built-in {@code weighted-mean} keeps the whole contract, with the inputs' own weights and with
 * weights given by id. Permutation invariance holds because each input keeps its weight when the
 * inputs are shuffled.
 */
class WeightedMeanRuleProperties {
  static ScoringRuleProvider weightedMean() {
    return ScoringRules.find("weighted-mean").orElseThrow();
  }

  /** Weights from the inputs (the framework's weights, else 1). */
  @Group
  class InputWeights implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return weightedMean();
    }
  }

  /** The {@code weights} parameter overrides the weights of I1 and I2. */
  @Group
  class WeightsByIdGiven implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return weightedMean();
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of("weights", Map.of("I1", 3, "I2", "1/2"));
    }
  }
}
