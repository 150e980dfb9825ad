package org.alignkit.core;

import org.apiguardian.api.API;

/**
 * What kind of answer a {@link Rating} is. "Not applicable" and "no information" are different
 * things: PEFA scores "no information" as the lowest grade (D*) and leaves "not applicable" out; the
 * scoring rules decide what each means for a score.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RatingStatus {
  /** The group gave a level of the scale. */
  RATED("rated"),
  /** The indicator does not apply in this country or to this group. */
  NOT_APPLICABLE("not-applicable"),
  /** The group does not know; the information to rate the indicator is missing. */
  NO_INFORMATION("no-information");

  private final String id;

  RatingStatus(String id) {
    this.id = id;
  }

  /** The status's name in files. */
  public String id() {
    return id;
  }
}
