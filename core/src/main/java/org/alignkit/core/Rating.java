package org.alignkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One group's answer for one indicator: a level, <em>not applicable</em>, or <em>no
 * information</em>, with optional evidence and comment.
 *
 * <p>A rating does not know the scale: whether its level lies on the scale is checked against the
 * framework ({@link Framework#check(Assessment)}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Rating {
  Rating() {}

  /** The indicator rated. */
  public abstract String indicatorId();

  /** What kind of answer this is. */
  public abstract RatingStatus status();

  /** The level, present exactly when the status is {@link RatingStatus#RATED}. */
  public abstract OptionalInt level();

  /** The evidence the group cites (documents, data, meetings). */
  public abstract Optional<String> evidence();

  /** The group's comment. */
  public abstract Optional<String> comment();

  /** Whether this rating gives a level. */
  public final boolean isRated() {
    return status() == RatingStatus.RATED;
  }

  /**
   * The level, or {@code otherwise} when the rating gives none: {@code level().orElse(otherwise)}
   * without making an {@link OptionalInt}, for loops over many ratings.
   */
  public final int levelOr(int otherwise) {
    return isRated() ? storedLevel() : otherwise;
  }

  /** The level as a primitive, kept when the rating is made; 0 when there is none. */
  @Value.Derived
  @Value.Auxiliary
  int storedLevel() {
    return level().orElse(0);
  }

  /** A rating with a level. */
  public static Rating of(String indicatorId, int level) {
    return builder()
        .indicatorId(indicatorId)
        .status(RatingStatus.RATED)
        .level(level)
        .build();
  }

  /** A "not applicable" rating. */
  public static Rating notApplicable(String indicatorId) {
    return builder()
        .indicatorId(indicatorId)
        .status(RatingStatus.NOT_APPLICABLE)
        .build();
  }

  /** A "no information" rating. */
  public static Rating noInformation(String indicatorId) {
    return builder()
        .indicatorId(indicatorId)
        .status(RatingStatus.NO_INFORMATION)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!indicatorId().isBlank(), "a rating needs an indicator id");
    checkArgument(
        level().isPresent() == isRated(),
        "rating of %s: a level is given exactly when the status is rated (status %s, level %s)",
        indicatorId(),
        status(),
        level());
  }

  /** Builds {@link Rating}s. */
  public static final class Builder extends ImmutableRating.Builder {
    Builder() {}
  }
}
