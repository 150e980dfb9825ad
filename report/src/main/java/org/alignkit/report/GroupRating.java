package org.alignkit.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alignkit.analysis.GroupAnswer;
import org.alignkit.core.RatingStatus;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What one group answered for one indicator: a level, "not applicable" or "no information", with
 * the group's evidence and comment. A group that did not answer at all has no {@code GroupRating}
 * (the report shows it as missing), unless the indicator does not apply to the group's kinds: then
 * the answer is "not applicable", as scoring treats it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class GroupRating {
  GroupRating() {}

  /** The kind of answer. */
  public abstract RatingStatus status();

  /** The level, present exactly when {@link #status()} is {@link RatingStatus#RATED}. */
  public abstract Optional<Integer> level();

  /** The evidence the group cites; may be empty. */
  public abstract Optional<String> evidence();

  /** The group's comment; may be empty. */
  public abstract Optional<String> comment();

  /** A rating at a level. */
  public static GroupRating rated(int level) {
    return builder().status(RatingStatus.RATED).level(level).build();
  }

  /** A "not applicable" answer. */
  public static GroupRating notApplicable() {
    return builder().status(RatingStatus.NOT_APPLICABLE).build();
  }

  /** A "no information" answer. */
  public static GroupRating noInformation() {
    return builder().status(RatingStatus.NO_INFORMATION).build();
  }

  /**
   * The answers that are ratings (a level, "not applicable" or "no information"), by group id in
   * the answers' order; a group that did not answer is "not applicable" when the indicator does not
   * apply to its kinds, and left out otherwise.
   */
  public static Map<String, GroupRating> byGroup(List<GroupAnswer> answers) {
    Map<String, GroupRating> out = new LinkedHashMap<>();
    for (GroupAnswer answer : answers) {
      Builder b = builder();
      switch (answer.status()) {
        case RATED:
          b.status(RatingStatus.RATED).level(answer.level().getAsInt());
          break;
        case NOT_APPLICABLE:
          b.status(RatingStatus.NOT_APPLICABLE);
          break;
        case NO_INFORMATION:
          b.status(RatingStatus.NO_INFORMATION);
          break;
        default:
          if (answer.appliesToGroup()) {
            continue;
          }
          b.status(RatingStatus.NOT_APPLICABLE);
      }
      answer.evidence().ifPresent(b::evidence);
      answer.comment().ifPresent(b::comment);
      out.put(answer.groupId(), b.build());
    }
    return Collections.unmodifiableMap(out);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        level().isPresent() == (status() == RatingStatus.RATED),
        "a %s rating %s a level",
        status().id(),
        level().isPresent() ? "must not have" : "needs");
    level().ifPresent(l -> checkArgument(l >= 1, "levels start at 1, got %s", l));
  }

  /** Builds {@link GroupRating}s. */
  public static final class Builder extends ImmutableGroupRating.Builder {
    Builder() {}
  }
}
