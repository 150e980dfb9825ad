package org.alignkit.scoring.spi;

import org.apiguardian.api.API;

/**
 * Decides what happens to a node's <em>absent</em> inputs: indicators rated "no information" or
 * not rated at all, and child nodes that got no score. "Not applicable" inputs never reach this
 * rule: they are always left out. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface MissingDataRule extends ScoringRule {
  /**
   * The treatment for a node's absent inputs. Called only when at least one input is absent.
   *
   * @param rated the number of inputs with a value
   * @param absent the number of absent inputs, at least 1
   */
  MissingDataTreatment treat(int rated, int absent);
}
