package org.alignkit.spec.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.RuleLoadingException;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The scoring rules a rule-set file may name: the {@link ScoringRuleProvider}s found through
 * {@link ScoringRules#available()} (as the scoring engine finds them) plus those given to the loader. Rule-set
 * files are checked against exactly these. Immutable; discovery runs once per class loader.
 */
public final class RuleProviders {
  private static final class Discovered {
    static final List<ScoringRuleProvider> PROVIDERS;
    static final RuleLoadingException FAILURE;

    static {
      List<ScoringRuleProvider> found = List.of();
      RuleLoadingException failure = null;
      try {
        found = discover();
      } catch (RuleLoadingException e) {
        failure = e;
      }
      PROVIDERS = found;
      FAILURE = failure;
    }
  }

  private final List<ScoringRuleProvider> explicit;
  private volatile Map<String, ScoringRuleProvider> byId;

  /** The discovered providers plus {@code explicit} ones; discovery happens on first use. */
  public RuleProviders(List<ScoringRuleProvider> explicit) {
    this.explicit = List.copyOf(explicit);
  }

  /**
   * Every provider by id.
   *
   * @throws RuleLoadingException if a provider cannot be loaded or two claim the same id
   */
  public Map<String, ScoringRuleProvider> byId() {
    Map<String, ScoringRuleProvider> m = byId;
    if (m == null) {
      if (Discovered.FAILURE != null) {
        throw Discovered.FAILURE;
      }
      Map<String, ScoringRuleProvider> all = new LinkedHashMap<>();
      for (ScoringRuleProvider p : Discovered.PROVIDERS) {
        add(all, p);
      }
      for (ScoringRuleProvider p : explicit) {
        add(all, p);
      }
      m = Collections.unmodifiableMap(all);
      byId = m;
    }
    return m;
  }

  /** The provider of a rule id. */
  public Optional<ScoringRuleProvider> provider(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** The ids of the rules of one role, in registration order. */
  public List<String> ids(RuleRole role) {
    List<String> out = new ArrayList<>();
    byId().values().stream().filter(p -> p.role() == role).forEach(p -> out.add(p.id()));
    return out;
  }

  /** The explicit providers. */
  public List<ScoringRuleProvider> explicit() {
    return explicit;
  }

  private static void add(Map<String, ScoringRuleProvider> all, ScoringRuleProvider p) {
    String id = p.id();
    if (id == null || id.isBlank() || p.role() == null) {
      throw new RuleLoadingException(
          "scoring rule provider " + p.getClass().getName() + " has a blank id or no role",
          List.of(p.getClass().getName()),
          List.of(location(p.getClass())),
          null,
          null);
    }
    ScoringRuleProvider existing = all.get(id);
    if (existing != null && existing.getClass() != p.getClass()) {
      throw new RuleLoadingException(
          "two scoring rule providers claim the id '" + id + "': "
              + existing.getClass().getName()
              + " (" + location(existing.getClass()) + ") and " + p.getClass().getName() + " ("
              + location(p.getClass()) + "); remove one, or rename its id",
          List.of(existing.getClass().getName(), p.getClass().getName()),
          List.of(location(existing.getClass()), location(p.getClass())),
          id,
          null);
    }
    all.putIfAbsent(id, p);
  }

  private static List<ScoringRuleProvider> discover() {
    // The same discovery as the scoring engine's (scoring's module declares the `uses`).
    return ScoringRules.available();
  }

  private static String location(Class<?> type) {
    var cs = type.getProtectionDomain().getCodeSource();
    if (cs != null && cs.getLocation() != null) {
      return cs.getLocation().toString();
    }
    return type.getModule().isNamed() ? "module " + type.getModule().getName() : "unknown location";
  }
}
