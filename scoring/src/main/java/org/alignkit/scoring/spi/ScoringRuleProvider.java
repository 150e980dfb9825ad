package org.alignkit.scoring.spi;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Makes one scoring rule, identified by the name that rule-set files use. This is AlignKit's plug-in
 * point for researchers' own rules; the built-in rules register exactly the same way.
 *
 * <h2>Registering a provider</h2>
 *
 * <p>A provider is a public class with a public no-argument constructor. Register it for both the
 * module path and the class path:
 *
 * <ul>
 *   <li>in the module's {@code module-info.java}: {@code requires org.alignkit.scoring;} and {@code
 *       provides org.alignkit.scoring.spi.ScoringRuleProvider with com.example.MyRuleProvider;}
 *   <li>in {@code META-INF/services/org.alignkit.scoring.spi.ScoringRuleProvider}: one line with the
 *       class name {@code com.example.MyRuleProvider}.
 * </ul>
 *
 * <p>The engine finds providers once, through {@link java.util.ServiceLoader}, and logs each at DEBUG
 * with the jar it came from. A provider can also be given directly to {@code
 * ScoringEngine.builder(...).addProvider(...)}. Two providers with the same {@link #id()} make
 * engine building fail with a {@link org.alignkit.scoring.spi.RuleLoadingException} naming both.
 *
 * <h2>Contract</h2>
 *
 * <p>{@link #create(RuleSettings)} validates the settings and returns an immutable, thread-safe rule
 * of the type that {@link #role()} names. Bad parameters are reported with {@link
 * RuleSettings#invalid(String, String)}; the settings object already rejects unknown and missing
 * parameters and values of the wrong type.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ScoringRuleProvider {
  /** The rule's name in rule-set files, e.g. {@code weighted-mean}; unique among all providers. */
  String id();

  /** The role of the rules this provider makes. */
  RuleRole role();

  /** What the rule does, one or two sentences. */
  default String description() {
    return "";
  }

  /** The parameters the rule accepts; empty by default. */
  default List<ParameterSpec> parameters() {
    return List.of();
  }

  /**
   * Makes the rule for a rule set's settings.
   *
   * @return an immutable rule implementing {@link RuleRole#ruleType()} of {@link #role()}
   * @throws org.alignkit.scoring.spi.RuleParameterException if a parameter is bad
   */
  ScoringRule create(RuleSettings settings);
}
