package org.alignkit.report;

import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The scores of one node of the framework (the framework itself, a domain or a component): one
 * {@link ScoreCell} per stakeholder group, and one for the whole (all groups, or the consensus).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class NodeResult {
  NodeResult() {}

  /** The id of the framework, domain or component. */
  public abstract String nodeId();

  /** The cell of each group, by group id; a group without an entry has no score here. */
  public abstract Map<String, ScoreCell> groups();

  /** The whole's cell: all groups together, or the consensus (see {@link ReportModel#overallIsConsensus()}). */
  public abstract Optional<ScoreCell> overall();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeResult}s. */
  public static final class Builder extends ImmutableNodeResult.Builder {
    Builder() {}
  }
}
