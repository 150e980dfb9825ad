package org.alignkit.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalInt;
import org.alignkit.core.Indicator;
import org.alignkit.core.Level;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Rating;
import org.alignkit.core.Scale;
import org.alignkit.core.StakeholderGroup;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One group's answer for one indicator, as shown side by side with the other groups': the status,
 * the level with its name and its descriptor for this indicator (what the group claims is true, in
 * every language of the framework), and the group's evidence and comment.
 *
 * <p>Immutable; equal when every attribute is equal. {@link #of} makes the answer of a group from
 * its rating.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class GroupAnswer {
  GroupAnswer() {}

  /** The group's id. */
  @Value.Parameter
  public abstract String groupId();

  /** The group's display name. */
  @Value.Parameter
  public abstract LocalizedText groupName();

  /** What kind of answer it is. */
  @Value.Parameter
  public abstract AnswerStatus status();

  /** The level, present exactly when the status is {@link AnswerStatus#RATED}. */
  @Value.Parameter
  public abstract OptionalInt level();

  /** The name of the level on the framework's scale, when rated. */
  @Value.Parameter
  public abstract Optional<LocalizedText> levelName();

  /**
   * The descriptor of the level for this indicator ({@link
   * org.alignkit.core.Indicator#descriptor(int, org.alignkit.core.Scale)}), when rated.
   */
  @Value.Parameter
  public abstract Optional<LocalizedText> descriptor();

  /** The evidence the group cited. */
  @Value.Parameter
  public abstract Optional<String> evidence();

  /** The group's comment. */
  @Value.Parameter
  public abstract Optional<String> comment();

  /** Whether the indicator applies to the group's kinds. */
  @Value.Parameter
  @Value.Default
  public boolean appliesToGroup() {
    return true;
  }

  /** Whether the group gave a level. */
  public final boolean isRated() {
    return status() == AnswerStatus.RATED;
  }

  /**
   * The answer of a group to an indicator of a framework on the given scale, from the group's
   * rating (empty when its assessment has none).
   *
   * @throws IllegalArgumentException if the rating's level is not on the scale
   */
  public static GroupAnswer of(
      Scale scale, Indicator indicator, StakeholderGroup group, Optional<Rating> rating) {
    Builder b = builder()
        .groupId(group.id())
        .groupName(group.name())
        .appliesToGroup(indicator.appliesTo(group));
    if (rating.isEmpty()) {
      return b.status(AnswerStatus.NOT_RATED).build();
    }
    Rating r = rating.get();
    b.evidence(r.evidence()).comment(r.comment());
    switch (r.status()) {
      case RATED:
        int level = r.level().getAsInt();
        checkArgument(scale.contains(level), "level %s is not on the scale %s", level, scale);
        return b.status(AnswerStatus.RATED)
            .level(level)
            .levelName(scale.level(level).map(Level::name))
            .descriptor(indicator.descriptor(level, scale))
            .build();
      case NOT_APPLICABLE:
        return b.status(AnswerStatus.NOT_APPLICABLE).build();
      case NO_INFORMATION:
        return b.status(AnswerStatus.NO_INFORMATION).build();
      default:
        throw new AssertionError(r.status());
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        level().isPresent() == isRated(),
        "group %s: a level is given exactly when the status is RATED (status %s)",
        groupId(),
        status());
  }

  /** Builds {@link GroupAnswer}s. */
  public static final class Builder extends ImmutableGroupAnswer.Builder {
    Builder() {}
  }
}
