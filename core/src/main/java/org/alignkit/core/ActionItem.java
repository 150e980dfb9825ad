package org.alignkit.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An alignment action agreed at the harmonisation workshop: its domain, what is to be done, who owns
 * it and by when, and the indicators it should move.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ActionItem {
  ActionItem() {}

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

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionItem}s. */
  public static final class Builder extends ImmutableActionItem.Builder {
    Builder() {}
  }
}
