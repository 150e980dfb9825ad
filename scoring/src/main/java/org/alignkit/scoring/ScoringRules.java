package org.alignkit.scoring;

import java.util.List;
import java.util.Optional;
import org.alignkit.scoring.spi.RuleLoadingException;
import org.alignkit.scoring.spi.ScoringRuleProvider;
import org.apiguardian.api.API;

/**
 * The scoring rules available on the class path or module path: AlignKit's built-in rules and any
 * plug-in registered through {@code META-INF/services} or {@code provides}. Found once, through
 * {@link java.util.ServiceLoader}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScoringRules {
  private ScoringRules() {}

  /**
   * Every rule provider found, in discovery order (built-ins first on the module path).
   *
   * @throws RuleLoadingException if a provider cannot be loaded or two claim the same id
   */
  public static List<ScoringRuleProvider> available() {
    return List.copyOf(RuleRegistry.with(List.of()).providers().values());
  }

  /** The provider of a rule id, if one was found. */
  public static Optional<ScoringRuleProvider> find(String id) {
    return RuleRegistry.with(List.of()).provider(id);
  }
}
