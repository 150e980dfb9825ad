package org.alignkit.scoring;

import org.apiguardian.api.API;

/** The status of an indicator in a score card, or of an input to a node. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum InputStatus {
  /** Has a value: a rated indicator or a scored node. */
  RATED,
  /** Not applicable: always left out. */
  NOT_APPLICABLE,
  /** Rated "no information", or a child node that got no score: the missing-data rule decides. */
  NO_INFORMATION,
  /** Not rated at all: the missing-data rule decides. */
  MISSING
}
