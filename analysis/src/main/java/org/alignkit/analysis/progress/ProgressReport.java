package org.alignkit.analysis.progress;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Progress between two rounds, made by {@link Progress#compare}: per group and for the consensus. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ProgressReport {
  ProgressReport() {}

  /** The earlier round's id. */
  public abstract String baselineRoundId();

  /** The later round's id. */
  public abstract String currentRoundId();

  /** The earlier round's framework version. */
  public abstract String baselineFrameworkVersion();

  /** The later round's framework version. */
  public abstract String currentFrameworkVersion();

  /** The rule that classed the changes. */
  public abstract ProgressRule rule();

  /** The groups present in both rounds, in the later round's order. */
  public abstract List<GroupProgress> groups();

  /** The consensus's changes, when both rounds have a consensus. */
  public abstract Optional<GroupProgress> consensus();

  /** The groups that rated only in the earlier round. */
  public abstract List<String> onlyInBaseline();

  /** The groups that rated only in the later round. */
  public abstract List<String> onlyInCurrent();

  /** The progress of a group. */
  public final Optional<GroupProgress> group(String groupId) {
    for (GroupProgress g : groups()) {
      if (g.groupId().equals(groupId)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProgressReport}s. */
  public static final class Builder extends ImmutableProgressReport.Builder {
    Builder() {}
  }
}
