package org.alignkit.scoring.spi;

import java.util.Map;
import org.alignkit.scoring.Rational;
import org.apiguardian.api.API;

/**
 * Combines the values of a node's children into the node's score, e.g. their mean or their minimum.
 * Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface AggregationRule extends ScoringRule {
  /**
   * The node's score, exact.
   *
   * @param inputs the children's values; never empty
   * @throws org.alignkit.scoring.ScoringException if the inputs cannot be combined (the engine adds
   *     the rule id and node id to any other exception)
   */
  Rational aggregate(AggregationInputs inputs);

  /**
   * Intermediate values worth showing in an explanation, e.g. {@code sum} and {@code count} for a
   * mean. Called only when explanations are on. Empty by default.
   */
  default Map<String, Rational> intermediates(AggregationInputs inputs) {
    return Map.of();
  }
}
