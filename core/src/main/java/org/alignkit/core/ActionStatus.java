package org.alignkit.core;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where an action of an earlier round's plan stands when the next round follows it up (see {@link
 * ActionFollowUp}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ActionStatus {
  /** Nothing has been done yet. */
  NOT_STARTED("not-started"),
  /** Work has begun and is not finished. */
  IN_PROGRESS("in-progress"),
  /** The action is carried out. */
  DONE("done"),
  /** The action was abandoned (or replaced by another one). */
  DROPPED("dropped");

  private final String id;

  ActionStatus(String id) {
    this.id = id;
  }

  /** The status's name in files, e.g. {@code in-progress}. */
  public String id() {
    return id;
  }

  /** Whether the action is closed (done or dropped): a closed action is never overdue. */
  public boolean isClosed() {
    return this == DONE || this == DROPPED;
  }

  /** The status with a file name, e.g. {@code not-started}. */
  public static Optional<ActionStatus> byId(String id) {
    for (ActionStatus s : values()) {
      if (s.id.equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
