package org.alignkit.report;

import org.alignkit.core.LocalizedText;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The scoring rule set the scores come from: its id and what it does, for the report's provenance. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class RuleSetInfo {
  RuleSetInfo() {}

  /** The rule set's id, e.g. {@code gdhi-mean-ceiling}. */
  @Value.Parameter
  public abstract String id();

  /** What the rule set does; may be empty. */
  @Value.Parameter
  public abstract LocalizedText description();

  /** A rule set. */
  public static RuleSetInfo of(String id, LocalizedText description) {
    return ImmutableRuleSetInfo.of(id, description);
  }
}
