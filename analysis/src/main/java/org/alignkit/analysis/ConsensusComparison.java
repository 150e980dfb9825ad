package org.alignkit.analysis;

import java.util.List;
import org.alignkit.core.ActionItem;
import org.alignkit.core.Dissent;
import org.alignkit.metrics.DistanceMatrix;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Divergence before and after a harmonisation workshop, made by {@link
 * RoundAnalyser#compare(org.alignkit.core.Framework, org.alignkit.core.Exercise,
 * org.alignkit.core.ConsensusRecord)}: the groups' round analysis, each indicator against the agreed
 * level, the distance of every group from the consensus, and the dissents and actions kept from the
 * record.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ConsensusComparison {
  ConsensusComparison() {}

  /** The groups' divergence before the workshop. */
  public abstract RoundAnalysis before();

  /** Each indicator before and after, in the framework's tree order. */
  public abstract List<ConsensusIndicator> indicators();

  /**
   * Distances between the groups and the consensus: coders are the groups in exercise order,
   * then {@code consensus} last; its row gives each group's mean absolute difference from the
   * agreed levels.
   */
  public abstract DistanceMatrix distancesWithConsensus();

  /** The dissents of the record, as recorded. */
  public abstract List<Dissent> dissents();

  /** The actions of the record, as recorded. */
  public abstract List<ActionItem> actions();

  /** How many indicators were highly divergent before the workshop. */
  public final int divergentBefore() {
    int n = 0;
    for (ConsensusIndicator i : indicators()) {
      n += i.reasonsBefore().isEmpty() ? 0 : 1;
    }
    return n;
  }

  /** How many indicators are still highly divergent after it (because of dissent). */
  public final int divergentAfter() {
    int n = 0;
    for (ConsensusIndicator i : indicators()) {
      n += i.reasonsAfter().isEmpty() ? 0 : 1;
    }
    return n;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConsensusComparison}s. */
  public static final class Builder extends ImmutableConsensusComparison.Builder {
    Builder() {}
  }
}
