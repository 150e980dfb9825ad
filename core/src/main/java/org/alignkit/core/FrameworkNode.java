package org.alignkit.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A node of a framework's tree: the framework itself, a domain, a component or an indicator. Scoring
 * walks this tree bottom-up.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface FrameworkNode {
  /** The node's id, unique within its framework. */
  String id();

  /** The node's title. */
  LocalizedText title();

  /** The node's type. */
  NodeType type();

  /** The node's weight when its parent is aggregated by a weighted rule; empty means 1. */
  Optional<BigDecimal> weight();

  /** The node's children, in order; empty for an indicator. */
  List<? extends FrameworkNode> children();
}
