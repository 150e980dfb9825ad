package org.alignkit.report;

import java.util.List;
import java.util.Optional;
import org.alignkit.analysis.progress.Change;
import org.alignkit.analysis.progress.ProgressClass;
import org.alignkit.core.ActionFollowUp;
import org.alignkit.core.ActionItem;
import org.alignkit.core.ActionStatus;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One action of the baseline round's plan, followed up in this round: the action as agreed, its
 * status as this round's consensus record gives it (empty when it gives none), whether it is
 * overdue at this round's date, and how its linked indicators moved between the two rounds (the
 * whole's level: the consensus, or the groups' median answer), so that the workshop sees which
 * actions moved their indicators.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class FollowUpRow {
  FollowUpRow() {}

  /** The action, as the baseline's plan has it. */
  public abstract ActionItem action();

  /** Its status, date and evidence; empty when this round reports none. */
  public abstract Optional<ActionFollowUp> status();

  /**
   * Whether the action is overdue at this round's date: due before it, and not reported done or
   * dropped.
   */
  @Value.Default
  public boolean overdue() {
    return false;
  }

  /**
   * The change of each linked indicator between the rounds, in the action's order of indicators
   * (indicators that are in neither round are left out).
   */
  public abstract List<Change> indicators();

  /** The action's id. */
  public final String actionId() {
    return action().id();
  }

  /** The status, if reported. */
  public final Optional<ActionStatus> actionStatus() {
    return status().map(ActionFollowUp::status);
  }

  /** How many linked indicators progressed. */
  public final int progressed() {
    return count(ProgressClass.PROGRESS);
  }

  /** How many linked indicators declined. */
  public final int declined() {
    return count(ProgressClass.DECLINE);
  }

  private int count(ProgressClass c) {
    return (int) indicators().stream().filter(i -> i.progressClass() == c).count();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FollowUpRow}s. */
  public static final class Builder extends ImmutableFollowUpRow.Builder {
    Builder() {}
  }
}
