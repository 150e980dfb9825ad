package org.alignkit.scoring;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The rules for one level of the tree, or for one node: an aggregation, a banding and a missing-data
 * rule. In a node override each may be left out to keep the level's rule.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class NodeRules {
  NodeRules() {}

  /** How the node's children are combined into its score. */
  public abstract Optional<RuleRef> aggregation();

  /** How the score becomes a level. */
  public abstract Optional<RuleRef> banding();

  /** What absent children mean. */
  public abstract Optional<RuleRef> missingData();

  /** All three rules. */
  public static NodeRules of(RuleRef aggregation, RuleRef banding, RuleRef missingData) {
    return builder()
        .aggregation(aggregation)
        .banding(banding)
        .missingData(missingData)
        .build();
  }

  /** These rules, with the rules that this leaves out taken from {@code defaults}. */
  public final NodeRules orElse(NodeRules defaults) {
    return builder()
        .aggregation(aggregation().or(defaults::aggregation))
        .banding(banding().or(defaults::banding))
        .missingData(missingData().or(defaults::missingData))
        .build();
  }

  /** Whether all three rules are given. */
  public final boolean isComplete() {
    return aggregation().isPresent() && banding().isPresent() && missingData().isPresent();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeRules}. */
  public static final class Builder extends ImmutableNodeRules.Builder {
    Builder() {}
  }
}
