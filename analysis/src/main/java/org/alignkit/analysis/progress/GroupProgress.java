package org.alignkit.analysis.progress;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One group's (or the consensus's) changes between two rounds, per indicator and per node. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class GroupProgress {
  GroupProgress() {}

  /** The group's id ({@code consensus} for the agreed ratings). */
  public abstract String groupId();

  /**
   * The changes per indicator: the later framework's indicators in tree order, then those only in
   * the earlier framework.
   */
  public abstract List<Change> indicators();

  /**
   * The changes per node (framework, then each domain followed by its components), in the same
   * order as {@link #indicators()}; empty when no node scores were given on either side.
   */
  public abstract List<Change> nodes();

  /** The change of an indicator or node. */
  public final Optional<Change> change(String nodeId) {
    for (Change c : indicators()) {
      if (c.nodeId().equals(nodeId)) {
        return Optional.of(c);
      }
    }
    for (Change c : nodes()) {
      if (c.nodeId().equals(nodeId)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** How many indicators have the given class. */
  public final int indicatorCount(ProgressClass progressClass) {
    int n = 0;
    for (Change c : indicators()) {
      n += c.progressClass() == progressClass ? 1 : 0;
    }
    return n;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GroupProgress} values. */
  public static final class Builder extends ImmutableGroupProgress.Builder {
    Builder() {}
  }
}
