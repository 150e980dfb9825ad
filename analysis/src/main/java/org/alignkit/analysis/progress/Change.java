package org.alignkit.analysis.progress;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import org.alignkit.core.NodeType;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The change of one indicator or node between two rounds, for one group or the consensus: both
 * scores (an indicator's score is its level), the difference and its class.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Change {
  Change() {}

  /** The indicator's or node's id. */
  public abstract String nodeId();

  /** The type of node: indicator, component, domain or framework. */
  public abstract NodeType type();

  /** The score in the earlier round, if there is one. */
  public abstract Optional<BigDecimal> baseline();

  /** The score in the later round, if there is one. */
  public abstract Optional<BigDecimal> current();

  /** The class of the change. */
  public abstract ProgressClass progressClass();

  /** Why the change is not comparable; present exactly for {@link ProgressClass#NOT_COMPARABLE}. */
  public abstract Optional<NotComparableReason> notComparableReason();

  /** {@code current − baseline}, exact; empty when the change is not comparable. */
  public final Optional<BigDecimal> change() {
    if (progressClass() == ProgressClass.NOT_COMPARABLE) {
      return Optional.empty();
    }
    return Optional.of(current().orElseThrow().subtract(baseline().orElseThrow()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    boolean notComparable = progressClass() == ProgressClass.NOT_COMPARABLE;
    checkArgument(
        notComparable == notComparableReason().isPresent(),
        "%s: a reason is given exactly when the change is not comparable",
        nodeId());
    checkArgument(
        notComparable || (baseline().isPresent() && current().isPresent()),
        "%s: a comparable change needs both scores",
        nodeId());
  }

  /** Builds {@link Change}s. */
  public static final class Builder extends ImmutableChange.Builder {
    Builder() {}
  }
}
