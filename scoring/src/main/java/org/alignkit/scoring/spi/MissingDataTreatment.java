package org.alignkit.scoring.spi;

import org.apiguardian.api.API;

/** What a {@link MissingDataRule} decides to do with a node's absent inputs. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MissingDataTreatment {
  /** Leave absent inputs out and score the rated ones. */
  EXCLUDE,
  /** Count each absent input as the lowest level of the scale (PEFA's D*). */
  COUNT_AS_LOWEST,
  /** Refuse to score: the engine throws a {@link org.alignkit.scoring.ScoringException}. */
  FAIL,
  /** Give the node no score; reported as insufficient coverage, never as a number. */
  INSUFFICIENT_COVERAGE
}
