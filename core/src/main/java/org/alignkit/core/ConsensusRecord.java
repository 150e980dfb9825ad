package org.alignkit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a harmonisation workshop agreed: the agreed rating per indicator (as an {@link Assessment}
 * of a "consensus" group, so it scores like any other), the groups that dissent and why, and the
 * actions agreed. Dissent is kept in the record, not forced away.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ConsensusRecord {
  /** The id of the group under which the agreed ratings are recorded. */
  public static final String CONSENSUS_GROUP_ID = "consensus";

  ConsensusRecord() {}

  /** The agreed ratings, as the assessment of the group {@link #CONSENSUS_GROUP_ID}. */
  public abstract Assessment agreed();

  /** The recorded dissents. */
  public abstract List<Dissent> dissents();

  /** The actions agreed. */
  public abstract List<ActionItem> actions();

  /** The dissents about one indicator. */
  public final List<Dissent> dissents(String indicatorId) {
    List<Dissent> out = new ArrayList<>();
    for (Dissent d : dissents()) {
      if (d.indicatorId().equals(indicatorId)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A stakeholder group for consensus ratings: id {@code consensus}, every kind, so that every
   * indicator applies to it.
   */
  public static StakeholderGroup consensusGroup() {
    return StakeholderGroup.builder()
        .id(CONSENSUS_GROUP_ID)
        .name(LocalizedText.of("Consensus", "Consensus"))
        .addAllKinds(Set.of(StakeholderKind.values()))
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConsensusRecord}s. */
  public static final class Builder extends ImmutableConsensusRecord.Builder {
    Builder() {}
  }
}
