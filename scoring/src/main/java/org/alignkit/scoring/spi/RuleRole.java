package org.alignkit.scoring.spi;

import org.apiguardian.api.API;

/** The three roles a scoring rule can play at a node of the framework's tree. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RuleRole {
  /** Combines the scores of a node's children into the node's score: {@link AggregationRule}. */
  AGGREGATION("aggregation", AggregationRule.class),
  /** Turns a node's score into a level of the scale: {@link BandingRule}. */
  BANDING("banding", BandingRule.class),
  /** Decides what "no information" and unrated children mean: {@link MissingDataRule}. */
  MISSING_DATA("missing-data", MissingDataRule.class);

  private final String id;
  private final Class<? extends ScoringRule> ruleType;

  RuleRole(String id, Class<? extends ScoringRule> ruleType) {
    this.id = id;
    this.ruleType = ruleType;
  }

  /** The role's name in rule-set files: {@code aggregation}, {@code banding}, {@code missing-data}. */
  public String id() {
    return id;
  }

  /** The interface that rules of this role implement. */
  public Class<? extends ScoringRule> ruleType() {
    return ruleType;
  }
}
