package org.alignkit.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.alignkit.core.NodeType;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The level of one node of one group under each rule set of a {@link RuleSensitivity}, and whether
 * that level is a finding about the country or about the rules: <em>robust</em> when every rule set
 * gives the same level (or every one gives none), <em>rule-dependent</em> otherwise, with the rule
 * sets that disagree with the first (the reference).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class NodeSensitivity {
  NodeSensitivity() {}

  /** The group's id. */
  public abstract String groupId();

  /** The node's id (the framework's id for the whole framework). */
  public abstract String nodeId();

  /** The node's type: framework, domain or component. */
  public abstract NodeType type();

  /** The level under each rule set, by rule set id, in the order the rule sets were given. */
  public abstract Map<String, RuleLevel> levels();

  /** The level under the first rule set (the reference); empty when it gives none. */
  public final OptionalInt referenceLevel() {
    return levels().values().iterator().next().level();
  }

  /** Whether every rule set gives the same level (or every one gives none). */
  public final boolean isRobust() {
    return disagreeing().isEmpty();
  }

  /** The rule sets whose level differs from the reference's, in the order given. */
  public final List<String> disagreeing() {
    OptionalInt reference = referenceLevel();
    List<String> out = new ArrayList<>();
    levels().forEach((id, level) -> {
      if (!level.level().equals(reference)) {
        out.add(id);
      }
    });
    return out;
  }

  /** The lowest and highest level any rule set gives; empty when none gives a level. */
  public final OptionalInt lowestLevel() {
    return levels().values().stream()
        .filter(l -> l.level().isPresent())
        .mapToInt(l -> l.level().getAsInt())
        .min();
  }

  /** The highest level any rule set gives; empty when none gives a level. */
  public final OptionalInt highestLevel() {
    return levels().values().stream()
        .filter(l -> l.level().isPresent())
        .mapToInt(l -> l.level().getAsInt())
        .max();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!levels().isEmpty(), "%s/%s: at least one rule set", groupId(), nodeId());
  }

  /** Builds {@link NodeSensitivity} values. */
  public static final class Builder extends ImmutableNodeSensitivity.Builder {
    Builder() {}
  }
}
