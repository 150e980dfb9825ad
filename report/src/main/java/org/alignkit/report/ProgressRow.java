package org.alignkit.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The change of one node's score between the baseline round and the current one, for one group or
 * for the whole (all groups, or the consensus).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ProgressRow {
  ProgressRow() {}

  /** The id of the framework, domain, component or indicator. */
  public abstract String nodeId();

  /** The group, or empty for the whole. */
  public abstract Optional<String> groupId();

  /** The baseline score; empty when the node is new. */
  public abstract Optional<BigDecimal> baseline();

  /** The current score; empty when the node was removed. */
  public abstract Optional<BigDecimal> current();

  /** The class of the change. */
  public abstract ProgressClass progressClass();

  /** {@code current - baseline}, when both exist. */
  public final Optional<BigDecimal> change() {
    return baseline().isPresent() && current().isPresent()
        ? Optional.of(current().get().subtract(baseline().get()))
        : Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        progressClass() == ProgressClass.NOT_COMPARABLE
            || (baseline().isPresent() && current().isPresent()),
        "node %s: a %s row needs both a baseline and a current score",
        nodeId(),
        progressClass().id());
  }

  /** Builds {@link ProgressRow}s. */
  public static final class Builder extends ImmutableProgressRow.Builder {
    Builder() {}
  }
}
