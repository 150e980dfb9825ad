package org.alignkit.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Variants of a rule set, for asking how much a finding depends on one choice: {@link #sweep} makes
 * one rule set per value of a rule's parameter, e.g. the minimum-coverage share from 0.3 to 0.8.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RuleSetVariants {
  private RuleSetVariants() {}

  /**
   * One rule set per value: {@code base} with the parameter {@code parameter} of every use of rule
   * {@code ruleId} (at every level of the tree and in every node override) set to the value. The
   * variants' ids are the base id with the setting, e.g. {@code default[minimum-coverage.share=0.3]};
   * their titles say the same. Numbers are best given as {@link BigDecimal}s (exact, as rule-set
   * files give them).
   *
   * @throws IllegalArgumentException if {@code base} uses no rule {@code ruleId}, or no value is
   *     given
   */
  public static List<RuleSet> sweep(RuleSet base, String ruleId, String parameter, List<?> values) {
    requireNonNull(base, "base");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(parameter, "parameter");
    checkArgument(!values.isEmpty(), "give at least one value of %s.%s", ruleId, parameter);
    Set<String> used = new LinkedHashSet<>();
    collect(base.components(), used);
    collect(base.domains(), used);
    collect(base.framework(), used);
    base.nodes().values().forEach(r -> collect(r, used));
    checkArgument(
        used.contains(ruleId),
        "rule set '%s' uses no rule '%s' (its rules: %s)",
        base.id(),
        ruleId,
        String.join(", ", used));
    List<RuleSet> out = new ArrayList<>();
    for (Object value : values) {
      requireNonNull(value, "value");
      String setting = ruleId + "." + parameter + "=" + text(value);
      Map<String, NodeRules> nodes = new LinkedHashMap<>();
      base.nodes().forEach((id, r) -> nodes.put(id, with(r, ruleId, parameter, value)));
      out.add(RuleSet.builder()
          .id(base.id() + "[" + setting + "]")
          .title(base.title() + " (" + setting + ")")
          .description(base.description())
          .components(with(base.components(), ruleId, parameter, value))
          .domains(with(base.domains(), ruleId, parameter, value))
          .framework(with(base.framework(), ruleId, parameter, value))
          .putAllNodes(nodes)
          .build());
    }
    return out;
  }

  private static String text(Object value) {
    return value instanceof BigDecimal
        ? ((BigDecimal) value).stripTrailingZeros().toPlainString()
        : value.toString();
  }

  private static void collect(NodeRules rules, Set<String> used) {
    rules.aggregation().ifPresent(r -> used.add(r.id()));
    rules.banding().ifPresent(r -> used.add(r.id()));
    rules.missingData().ifPresent(r -> used.add(r.id()));
  }

  private static NodeRules with(NodeRules rules, String ruleId, String parameter, Object value) {
    NodeRules.Builder b = NodeRules.builder();
    rules.aggregation().ifPresent(r -> b.aggregation(with(r, ruleId, parameter, value)));
    rules.banding().ifPresent(r -> b.banding(with(r, ruleId, parameter, value)));
    rules.missingData().ifPresent(r -> b.missingData(with(r, ruleId, parameter, value)));
    return b.build();
  }

  private static RuleRef with(RuleRef ref, String ruleId, String parameter, Object value) {
    if (!ref.id().equals(ruleId)) {
      return ref;
    }
    Map<String, Object> parameters = new LinkedHashMap<>(ref.parameters());
    parameters.put(parameter, value);
    return RuleRef.of(ref.id(), parameters);
  }
}
