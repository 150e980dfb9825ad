package org.alignkit.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alignkit.core.NodeType;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Divergence on a component, a domain or the whole framework: the groups' scores side by side (from
 * their {@link NodeScores}), their spread and the outlying groups.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class NodeDivergence {
  NodeDivergence() {}

  /** The node's id. */
  @Value.Parameter
  public abstract String nodeId();

  /** The node's type: framework, domain or component. */
  @Value.Parameter
  public abstract NodeType type();

  /** The scores of the groups that have one, by group id, in group order. */
  @Value.Parameter
  public abstract Map<String, BigDecimal> scores();

  /** The groups without a score for this node, in group order. */
  @Value.Parameter
  public abstract List<String> unscored();

  /** The spread of the scores; empty when no group has a score. */
  @Value.Parameter
  public abstract Optional<Spread> spread();

  /** The groups furthest from the median score, in group order; empty when all scores are equal. */
  @Value.Parameter
  public abstract List<String> outliers();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NodeDivergence}s. */
  public static final class Builder extends ImmutableNodeDivergence.Builder {
    Builder() {}
  }
}
