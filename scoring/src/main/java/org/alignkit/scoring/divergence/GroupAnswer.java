package org.alignkit.scoring.divergence;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.MoreObjects;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.alignkit.core.LocalizedText;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One group's answer for one indicator, as shown side by side with the other groups': the status,
 * the level with its name and its descriptor for this indicator (what the group claims is true, in
 * every language of the framework), and the group's evidence and comment.
 *
 * <p>Immutable. Two answers are equal when every attribute is equal, however they were made (the
 * builder, or a round's analysis, whose answers read the round's arrays instead of copying them).
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

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Equal when every attribute is equal. */
  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GroupAnswer)) {
      return false;
    }
    GroupAnswer that = (GroupAnswer) o;
    return groupId().equals(that.groupId())
        && groupName().equals(that.groupName())
        && status() == that.status()
        && level().equals(that.level())
        && levelName().equals(that.levelName())
        && descriptor().equals(that.descriptor())
        && evidence().equals(that.evidence())
        && comment().equals(that.comment())
        && appliesToGroup() == that.appliesToGroup();
  }

  @Override
  public final int hashCode() {
    return Objects.hash(
        groupId(),
        groupName(),
        status(),
        level(),
        levelName(),
        descriptor(),
        evidence(),
        comment(),
        appliesToGroup());
  }

  /** The attributes that are present. */
  @Override
  public final String toString() {
    MoreObjects.ToStringHelper h =
        MoreObjects.toStringHelper("GroupAnswer")
            .add("groupId", groupId())
            .add("groupName", groupName())
            .add("status", status());
    level().ifPresent(l -> h.add("level", l));
    levelName().ifPresent(t -> h.add("levelName", t));
    descriptor().ifPresent(t -> h.add("descriptor", t));
    evidence().ifPresent(t -> h.add("evidence", t));
    comment().ifPresent(t -> h.add("comment", t));
    return h.add("appliesToGroup", appliesToGroup()).toString();
  }

  /** Checked when built by the builder; the analysis's own factory makes consistent values. */
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

    /**
     * Builds the value.
     *
     * @throws IllegalArgumentException if the attributes are inconsistent
     * @throws IllegalStateException if a required attribute is missing
     */
    @Override
    public GroupAnswer build() {
      GroupAnswer built = super.build();
      built.check();
      return built;
    }
  }
}
