package org.alignkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.alignkit.core.internal.Ids;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An alignment action agreed at the harmonisation workshop: a stable id (by which the next round
 * follows it up, see {@link PlanFollowUp}), its domain, what is to be done, who owns it and by when,
 * and the indicators it should move.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ActionItem {
  ActionItem() {}

  /**
   * The action's stable id, unique in its plan, e.g. {@code 2024-OB-2}: the next round's follow-up
   * names the action by it.
   */
  public abstract String id();

  /** The domain the action belongs to (e.g. {@code OB}). */
  public abstract String domainId();

  /** What is to be done. */
  public abstract String action();

  /** Who owns the action (a directorate, a partner, a working group). */
  public abstract Optional<String> owner();

  /** When it is due. */
  public abstract Optional<LocalDate> due();

  /** The indicators the action should move. */
  public abstract List<String> indicatorIds();

  @Value.Check
  void check() {
    checkArgument(Ids.isValid(id()), "'%s' is not a valid action id", id());
    checkArgument(!action().isBlank(), "action %s says nothing to be done", id());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionItem}s. */
  public static final class Builder extends ImmutableActionItem.Builder {
    Builder() {}
  }
}
