package org.alignkit.scoring.spi;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The description of one parameter of a rule: its name, type, whether it is required, its default
 * and what it means. Providers list them in {@link ScoringRuleProvider#parameters()}; {@link
 * RuleSettings} rejects parameters that are not listed and required ones that are missing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ParameterSpec {
  ParameterSpec() {}

  /** The parameter's name in rule-set files, e.g. {@code share}. */
  @Value.Parameter
  public abstract String name();

  /** The parameter's type. */
  @Value.Parameter
  public abstract ParameterType type();

  /** Whether a rule set must give it. */
  @Value.Parameter
  public abstract boolean required();

  /** The value used when an optional parameter is not given, as it would be written in a file. */
  @Value.Parameter
  public abstract Optional<Object> defaultValue();

  /** What the parameter means, one sentence. */
  @Value.Parameter
  public abstract String description();

  /** A required parameter. */
  public static ParameterSpec required(String name, ParameterType type, String description) {
    return ImmutableParameterSpec.of(name, type, true, Optional.empty(), description);
  }

  /** An optional parameter with a default ({@code null} for none). */
  public static ParameterSpec optional(
      String name, ParameterType type, Object defaultValue, String description) {
    return ImmutableParameterSpec.of(
        name, type, false, Optional.ofNullable(defaultValue), description);
  }
}
