package org.alignkit.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.alignkit.core.Assessment;
import org.apiguardian.api.API;

/**
 * One assessment scored under several rule sets, side by side: what researchers compare. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SideBySide {
  private final Assessment assessment;
  private final Map<String, ScoreCard> cards;

  private SideBySide(Assessment assessment, Map<String, ScoreCard> cards) {
    this.assessment = assessment;
    this.cards = cards;
  }

  static SideBySide of(Assessment assessment, List<ScoreCard> cards) {
    Map<String, ScoreCard> byId = new LinkedHashMap<>();
    for (ScoreCard c : cards) {
      checkArgument(
          byId.put(c.ruleSetId(), c) == null, "rule set %s is given twice", c.ruleSetId());
    }
    return new SideBySide(assessment, java.util.Collections.unmodifiableMap(byId));
  }

  /** The assessment scored. */
  public Assessment assessment() {
    return assessment;
  }

  /** The score cards by rule set id, in the order the rule sets were given. */
  public Map<String, ScoreCard> cards() {
    return cards;
  }

  /** The level of a node (component or domain id) under each rule set. */
  public Map<String, OptionalInt> levels(String nodeId) {
    Map<String, OptionalInt> out = new LinkedHashMap<>();
    cards.forEach((id, c) -> out.put(
        id,
        c.node(nodeId)
            .orElseThrow(() -> new IllegalArgumentException("no node " + nodeId))
            .level()));
    return out;
  }

  /** The overall level under each rule set. */
  public Map<String, OptionalInt> overallLevels() {
    Map<String, OptionalInt> out = new LinkedHashMap<>();
    cards.forEach((id, c) -> out.put(id, c.overall().level()));
    return out;
  }
}
