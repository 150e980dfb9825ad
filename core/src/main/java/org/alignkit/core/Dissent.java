package org.alignkit.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A group's recorded disagreement with an agreed level in a {@link ConsensusRecord}: which group,
 * on which indicator, the level it holds instead (if it gave one) and why. Real practice records
 * disagreement rather than forcing consensus (Paris Declaration survey worksheet, 2006).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Dissent {
  Dissent() {}

  /** The indicator disputed. */
  public abstract String indicatorId();

  /** The dissenting group's id. */
  public abstract String groupId();

  /** The level the group holds instead, if it gave one. */
  public abstract OptionalInt level();

  /** Why the group dissents. */
  public abstract Optional<String> reason();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Dissent}s. */
  public static final class Builder extends ImmutableDissent.Builder {
    Builder() {}
  }
}
