package org.alignkit.analysis.progress;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alignkit.core.NodeType;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The class of one group's change on one node between two rounds under each rule set of a {@link
 * ProgressSensitivity}: <em>robust</em> when every rule set gives the same class, <em>rule-dependent
 * </em> otherwise, with the rule sets that disagree with the first (the reference).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ChangeSensitivity {
  ChangeSensitivity() {}

  /** The group's id. */
  public abstract String groupId();

  /** The node's id (the framework's id for the whole framework). */
  public abstract String nodeId();

  /** The node's type: framework, domain or component. */
  public abstract NodeType type();

  /** The class of the change under each rule set, by rule set id, in the order given. */
  public abstract Map<String, ProgressClass> classes();

  /** The class under the first rule set (the reference). */
  public final ProgressClass referenceClass() {
    return classes().values().iterator().next();
  }

  /** Whether every rule set gives the same class. */
  public final boolean isRobust() {
    return disagreeing().isEmpty();
  }

  /** The rule sets whose class differs from the reference's, in the order given. */
  public final List<String> disagreeing() {
    ProgressClass reference = referenceClass();
    List<String> out = new ArrayList<>();
    classes().forEach((id, c) -> {
      if (c != reference) {
        out.add(id);
      }
    });
    return out;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!classes().isEmpty(), "%s/%s: at least one rule set", groupId(), nodeId());
  }

  /** Builds {@link ChangeSensitivity} values. */
  public static final class Builder extends ImmutableChangeSensitivity.Builder {
    Builder() {}
  }
}
