package org.alignkit.analysis;

import org.apiguardian.api.API;

/**
 * What a group answered for an indicator. Only {@link #RATED} answers count in divergence and
 * agreement; the others are counted and listed, never turned into a level.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AnswerStatus {
  /** The group gave a level. */
  RATED,
  /** The group said the indicator does not apply. */
  NOT_APPLICABLE,
  /** The group said it has no information to rate the indicator. */
  NO_INFORMATION,
  /**
   * The group's assessment has no rating for the indicator (also when the indicator does not apply
   * to the group's kind; see {@link GroupAnswer#appliesToGroup()}).
   */
  NOT_RATED
}
