package org.alignkit.scoring;

import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A rule named in a rule set: its id and the parameters given to it, as plain data (strings,
 * numbers, booleans, lists, maps), exactly as a rule-set file reader builds them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class RuleRef {
  RuleRef() {}

  /** The rule's id, e.g. {@code weighted-mean}. */
  @Value.Parameter
  public abstract String id();

  /** The parameters, by name; values are plain data. */
  @Value.Parameter
  public abstract Map<String, Object> parameters();

  /** A rule without parameters. */
  public static RuleRef of(String id) {
    return ImmutableRuleRef.of(id, Map.of());
  }

  /** A rule with parameters. */
  public static RuleRef of(String id, Map<String, ?> parameters) {
    return ImmutableRuleRef.of(id, Map.copyOf(parameters));
  }

  @Override
  public String toString() {
    return parameters().isEmpty() ? id() : id() + parameters();
  }
}
