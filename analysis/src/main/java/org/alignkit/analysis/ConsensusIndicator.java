package org.alignkit.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alignkit.core.Dissent;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One indicator before and after the harmonisation workshop: the groups' levels, the agreed answer,
 * each group's distance from it, the dissents, and the divergence that remains.
 *
 * <p>After the workshop every group is taken to stand at the agreed level, except a group that
 * dissents: it stands at the level its dissent names, or, when the dissent names none, at the level
 * it gave before. So divergence after is exactly the divergence the dissents keep.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ConsensusIndicator {
  ConsensusIndicator() {}

  /** The indicator's id. */
  public abstract String indicatorId();

  /** The agreed answer (group {@code consensus}). */
  public abstract GroupAnswer agreed();

  /** The groups' levels before the workshop. */
  public abstract Optional<Spread> before();

  /** The groups' positions after the workshop; empty when the agreed answer has no level. */
  public abstract Optional<Spread> after();

  /**
   * For each group that gave a level, the absolute difference between its level and the agreed
   * level, in group order; empty when the agreed answer has no level.
   */
  public abstract Map<String, Integer> distanceFromAgreed();

  /** The dissents recorded on this indicator. */
  public abstract List<Dissent> dissents();

  /** Why the indicator was divergent before the workshop; empty if it was not. */
  public abstract Set<DivergenceReason> reasonsBefore();

  /** Why the indicator is still divergent after the workshop; empty if it is not. */
  public abstract Set<DivergenceReason> reasonsAfter();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConsensusIndicator}s. */
  public static final class Builder extends ImmutableConsensusIndicator.Builder {
    Builder() {}
  }
}
