package org.alignkit.scoring;

import java.util.Optional;
import org.alignkit.core.AlignKitException;
import org.apiguardian.api.API;

/**
 * Scoring failed: a rule set names an unknown rule, a rule failed on a node, an assessment does not
 * fit the framework, or a "fail" missing-data rule met an absent input. Names the rule, the node and
 * the indicator where they are known.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ScoringException extends AlignKitException {
  private static final long serialVersionUID = 1L;

  private final String ruleId;
  private final String nodeId;
  private final String indicatorId;

  /** An exception about a rule, a node and an indicator, each may be {@code null}. */
  public ScoringException(String message, String ruleId, String nodeId, String indicatorId) {
    this(message, ruleId, nodeId, indicatorId, null);
  }

  /** An exception with a cause, e.g. the rule's own exception. */
  public ScoringException(
      String message, String ruleId, String nodeId, String indicatorId, Throwable cause) {
    super(message, cause);
    this.ruleId = ruleId;
    this.nodeId = nodeId;
    this.indicatorId = indicatorId;
  }

  /** The rule involved. */
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }

  /** The node being scored (a component, domain or framework id). */
  public Optional<String> nodeId() {
    return Optional.ofNullable(nodeId);
  }

  /** The indicator involved. */
  public Optional<String> indicatorId() {
    return Optional.ofNullable(indicatorId);
  }
}
