package org.alignkit.report;

import org.apiguardian.api.API;

/** How a score changed between the baseline round and the current one. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ProgressClass {
  /** Up by at least the threshold. */
  PROGRESS("progress"),
  /** Within the threshold either way. */
  STAGNATION("stagnation"),
  /** Down by at least the threshold. */
  DECLINE("decline"),
  /** The node was added, removed or re-scaled between the rounds. */
  NOT_COMPARABLE("not-comparable");

  private final String id;

  ProgressClass(String id) {
    this.id = id;
  }

  /** The class's name in JSON and CSV, e.g. {@code not-comparable}. */
  public String id() {
    return id;
  }
}
