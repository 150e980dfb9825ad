package org.alignkit.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.alignkit.analysis.progress.Change;
import org.alignkit.analysis.progress.ProgressClass;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The change of one node's score between the baseline round and the current one ({@link Change},
 * from {@link org.alignkit.analysis.progress.Progress}), for one group or for the whole (all
 * groups, or the consensus).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ProgressRow {
  ProgressRow() {}

  /** The group, or empty for the whole. */
  public abstract Optional<String> groupId();

  /** The change. */
  public abstract Change change();

  /** The id of the framework, domain, component or indicator. */
  public final String nodeId() {
    return change().nodeId();
  }

  /** The baseline score; empty when the node is new. */
  public final Optional<BigDecimal> baseline() {
    return change().baseline();
  }

  /** The current score; empty when the node was removed. */
  public final Optional<BigDecimal> current() {
    return change().current();
  }

  /** The class of the change. */
  public final ProgressClass progressClass() {
    return change().progressClass();
  }

  /** {@code current − baseline}, when the change is comparable. */
  public final Optional<BigDecimal> difference() {
    return change().change();
  }

  /** A row for a group ({@code groupId} present) or the whole (empty). */
  public static ProgressRow of(Optional<String> groupId, Change change) {
    return builder().groupId(groupId).change(change).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProgressRow}s. */
  public static final class Builder extends ImmutableProgressRow.Builder {
    Builder() {}
  }
}
