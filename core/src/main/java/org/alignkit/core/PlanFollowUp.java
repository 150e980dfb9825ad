package org.alignkit.core;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The follow-up of an earlier round's action plan, recorded in the next round's {@link
 * ConsensusRecord}: which round's plan, and the status of its actions. An action of that plan
 * without an entry has no reported status.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class PlanFollowUp {
  PlanFollowUp() {}

  /** The id of the round whose plan is followed up, e.g. {@code 2024}. */
  public abstract String planRoundId();

  /** The status of each action followed up, at most one per action, in the order given. */
  public abstract List<ActionFollowUp> actions();

  /** The follow-up of an action, if the record gives one. */
  public final Optional<ActionFollowUp> action(String actionId) {
    return actions().stream().filter(a -> a.actionId().equals(actionId)).findFirst();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PlanFollowUp}s. */
  public static final class Builder extends ImmutablePlanFollowUp.Builder {
    Builder() {}
  }
}
