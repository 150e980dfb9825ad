package org.alignkit.core;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Where one action of an earlier round's plan stands, as the next round records it: the action's
 * id, its {@link ActionStatus}, the date the status was established and the evidence for it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ActionFollowUp {
  ActionFollowUp() {}

  /** The id of the action followed up ({@link ActionItem#id()} in the earlier plan). */
  public abstract String actionId();

  /** Its status. */
  public abstract ActionStatus status();

  /** The date of the status. */
  public abstract LocalDate date();

  /** The evidence for the status (a decree, minutes, a report), if given. */
  public abstract Optional<String> evidence();

  /** A follow-up without evidence. */
  public static ActionFollowUp of(String actionId, ActionStatus status, LocalDate date) {
    return builder().actionId(actionId).status(status).date(date).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionFollowUp}s. */
  public static final class Builder extends ImmutableActionFollowUp.Builder {
    Builder() {}
  }
}
