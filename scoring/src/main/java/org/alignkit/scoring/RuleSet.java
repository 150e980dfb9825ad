package org.alignkit.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.NodeType;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A rule set: which rules score which level of a framework's tree, with overrides per node, e.g.
 * weakest link for the One Budget domain and the mean elsewhere. Plain data: the rules are named by
 * id and resolved when an engine is built. The file format is in {@code docs/rules.md}; {@link
 * RuleSets} holds the bundled rule sets.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class RuleSet {
  RuleSet() {}

  /** The rule set's id, e.g. {@code pefa-m2}. */
  public abstract String id();

  /** A short title. */
  public abstract String title();

  /** What the rule set reproduces and where it departs from its source; may be empty. */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * The title in every language the rule set has (rule-set files give it as {@code title: {en:
   * ..., fr: ...}}, like a framework's texts); its English text is {@link #title()}. Unless given,
   * the title in English alone.
   */
  @Value.Default
  public LocalizedText localizedTitle() {
    return LocalizedText.en(title());
  }

  /**
   * The description in every language the rule set has; its English text is {@link
   * #description()}. Unless given, the description in English alone (empty when there is none).
   */
  @Value.Default
  public LocalizedText localizedDescription() {
    return description().isEmpty() ? LocalizedText.empty() : LocalizedText.en(description());
  }

  /** The rules that score each component from its indicators; all three given. */
  public abstract NodeRules components();

  /** The rules that score each domain from its components; all three given. */
  public abstract NodeRules domains();

  /** The rules that score the framework from its domains; all three given. */
  public abstract NodeRules framework();

  /** Overrides by node id (a domain or component id); rules left out come from the level. */
  public abstract Map<String, NodeRules> nodes();

  /** The rules for the children of a level: {@code COMPONENT}, {@code DOMAIN} or {@code FRAMEWORK}. */
  public final NodeRules level(NodeType type) {
    switch (type) {
      case COMPONENT:
        return components();
      case DOMAIN:
        return domains();
      case FRAMEWORK:
        return framework();
      default:
        throw new IllegalArgumentException("indicators are rated, not scored by rules: " + type);
    }
  }

  /** The complete rules for a node: its override, completed from its level. */
  public final NodeRules rulesFor(FrameworkNode node) {
    NodeRules level = level(node.type());
    NodeRules own = nodes().get(node.id());
    return own == null ? level : own.orElse(level);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "a rule set needs an id");
    checkArgument(
        localizedTitle().english().equals(title()),
        "rule set %s: the English title is '%s', the localized title's '%s'",
        id(),
        title(),
        localizedTitle().english());
    checkArgument(
        localizedDescription().isEmpty()
            ? description().isEmpty()
            : localizedDescription().english().equals(description()),
        "rule set %s: the English description differs from the localized description's",
        id());
    checkArgument(components().isComplete(), "rule set %s: components need all three rules", id());
    checkArgument(domains().isComplete(), "rule set %s: domains need all three rules", id());
    checkArgument(framework().isComplete(), "rule set %s: framework needs all three rules", id());
  }

  /** Builds {@link RuleSet}s. */
  public static final class Builder extends ImmutableRuleSet.Builder {
    Builder() {}
  }
}
