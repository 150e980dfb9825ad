package org.alignkit.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import org.alignkit.core.LocalizedText;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A score and the level it gives, for one node (domain, component, indicator or the whole framework)
 * and one group or the whole. Either may be absent: a score without a level when the rule set does
 * not band it, no level when coverage is insufficient; an absent level always says why ({@link
 * #reason()}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ScoreCell {
  ScoreCell() {}

  /** The score, on the scale's range; empty when it could not be computed. */
  public abstract Optional<BigDecimal> score();

  /** The level, {@code 1..n}; empty when the rule set gives none (see {@link #reason()}). */
  public abstract Optional<Integer> level();

  /** Why the level is absent, e.g. "insufficient coverage"; present exactly when the level is absent. */
  public abstract Optional<LocalizedText> reason();

  /** A score with its level. */
  public static ScoreCell of(BigDecimal score, int level) {
    return builder().score(score).level(level).build();
  }

  /** A cell without score or level, with the reason. */
  public static ScoreCell absent(LocalizedText reason) {
    return builder().reason(reason).build();
  }

  /** A score that gives no level, with the reason. */
  public static ScoreCell unbanded(BigDecimal score, LocalizedText reason) {
    return builder().score(score).reason(reason).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    level().ifPresent(l -> checkArgument(l >= 1, "levels start at 1, got %s", l));
    checkArgument(
        level().isPresent() != reason().isPresent(),
        "a score cell has either a level or the reason why it has none, not %s",
        level().isPresent() ? "both" : "neither");
  }

  /** Builds {@link ScoreCell}s. */
  public static final class Builder extends ImmutableScoreCell.Builder {
    Builder() {}
  }
}
