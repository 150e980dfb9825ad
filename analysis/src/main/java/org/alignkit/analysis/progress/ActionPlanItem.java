package org.alignkit.analysis.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alignkit.core.NodeType;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A gap to a target level that becomes an item of the action plan: the current value, the target,
 * the gap, and the groups that disagree about the current level.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ActionPlanItem {
  ActionPlanItem() {}

  /** The indicator's or component's (or domain's) id. */
  public abstract String nodeId();

  /** The node's type. */
  public abstract NodeType type();

  /** The id of the node's domain (for the plan's per-domain sections). */
  public abstract String domainId();

  /** The current level or score, if anyone gave one. */
  public abstract Optional<BigDecimal> current();

  /** Where the current value comes from. */
  public abstract CurrentSource currentSource();

  /** The target level. */
  public abstract int target();

  /** Each group's own level or score, by group id in exercise order (groups without one left out). */
  public abstract Map<String, BigDecimal> groupValues();

  /**
   * The groups whose own value is at least the profile's {@linkplain
   * TargetProfile#disagreementMargin() margin} away from the current value, in exercise order.
   */
  public abstract List<String> disagreeing();

  /** {@code target − current}, positive for a shortfall; empty when there is no current value. */
  public final Optional<BigDecimal> gap() {
    return current().map(c -> BigDecimal.valueOf(target()).subtract(c));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ActionPlanItem}s. */
  public static final class Builder extends ImmutableActionPlanItem.Builder {
    Builder() {}
  }
}
