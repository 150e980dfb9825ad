package org.alignkit.scoring.spi;

import org.alignkit.scoring.Rational;
import org.apiguardian.api.API;

/** Turns a node's exact score into a level of the scale. Immutable and thread-safe. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface BandingRule extends ScoringRule {
  /**
   * The level for a score.
   *
   * @param score the node's score
   * @param scaleMin the lowest level of the scale
   * @param scaleMax the highest level of the scale
   * @return a level in {@code [scaleMin, scaleMax]}; the engine rejects anything else
   */
  int level(Rational score, int scaleMin, int scaleMax);
}
