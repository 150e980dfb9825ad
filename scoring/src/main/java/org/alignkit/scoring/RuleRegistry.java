package org.alignkit.scoring;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.alignkit.scoring.spi.RuleLoadingException;
import org.alignkit.scoring.spi.ScoringRuleProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scoring rule providers by id: those found once through {@link ServiceLoader} plus those given
 * explicitly. Immutable.
 */
final class RuleRegistry {
  private static final Logger LOG = LoggerFactory.getLogger(RuleRegistry.class);

  private static final class Discovered {
    static final Map<String, ScoringRuleProvider> PROVIDERS = discover();
  }

  private final Map<String, ScoringRuleProvider> providers;

  private RuleRegistry(Map<String, ScoringRuleProvider> providers) {
    this.providers = Collections.unmodifiableMap(providers);
  }

  /**
   * The discovered providers plus explicit ones.
   *
   * @throws RuleLoadingException if loading fails or two providers claim the same id
   */
  static RuleRegistry with(Collection<ScoringRuleProvider> explicit) {
    Map<String, ScoringRuleProvider> all = new LinkedHashMap<>(Discovered.PROVIDERS);
    for (ScoringRuleProvider p : explicit) {
      add(all, p);
    }
    return new RuleRegistry(all);
  }

  /** The provider with an id. */
  Optional<ScoringRuleProvider> provider(String id) {
    return Optional.ofNullable(providers.get(id));
  }

  /** All providers by id. */
  Map<String, ScoringRuleProvider> providers() {
    return providers;
  }

  private static Map<String, ScoringRuleProvider> discover() {
    Map<String, ScoringRuleProvider> found = new LinkedHashMap<>();
    ServiceLoader<ScoringRuleProvider> loader =
        ServiceLoader.load(ScoringRuleProvider.class, RuleRegistry.class.getClassLoader());
    List<ServiceLoader.Provider<ScoringRuleProvider>> candidates = new ArrayList<>();
    try {
      loader.stream().forEach(candidates::add);
    } catch (ServiceConfigurationError e) {
      throw new RuleLoadingException(
          "cannot list scoring rule providers: " + e.getMessage(), List.of(), List.of(), null, e);
    }
    for (ServiceLoader.Provider<ScoringRuleProvider> candidate : candidates) {
      ScoringRuleProvider p;
      try {
        p = candidate.get();
      } catch (ServiceConfigurationError | RuntimeException e) {
        String type = candidate.type().getName();
        String jar = location(candidate.type());
        throw new RuleLoadingException(
            "cannot load scoring rule provider " + type + " from " + jar + ": " + e.getMessage(),
            List.of(type),
            List.of(jar),
            null,
            e);
      }
      add(found, p);
    }
    return found;
  }

  private static void add(Map<String, ScoringRuleProvider> all, ScoringRuleProvider p) {
    String id;
    try {
      id = p.id();
      if (id == null || id.isBlank() || p.role() == null) {
        throw new IllegalStateException("id() and role() must not be null or blank");
      }
    } catch (RuntimeException e) {
      throw new RuleLoadingException(
          "scoring rule provider " + p.getClass().getName() + " from " + location(p.getClass())
              + " is broken: " + e.getMessage(),
          List.of(p.getClass().getName()),
          List.of(location(p.getClass())),
          null,
          e);
    }
    ScoringRuleProvider existing = all.get(id);
    if (existing != null) {
      if (existing.getClass() == p.getClass()) {
        return; // the same provider found twice (e.g. discovered and added explicitly)
      }
      String a = existing.getClass().getName();
      String b = p.getClass().getName();
      String ja = location(existing.getClass());
      String jb = location(p.getClass());
      throw new RuleLoadingException(
          "two scoring rule providers claim the id '" + id + "': " + a + " (" + ja + ") and " + b
              + " (" + jb + "); remove one from the module path or class path, or rename its id",
          List.of(a, b),
          List.of(ja, jb),
          id,
          null);
    }
    LOG.debug(
        "scoring rule '{}' ({}) provided by {} from {}",
        id,
        p.role().id(),
        p.getClass().getName(),
        location(p.getClass()));
    all.put(id, p);
  }

  /** Where a class comes from: its jar or directory, else its module, else "unknown location". */
  static String location(Class<?> type) {
    try {
      CodeSource cs = type.getProtectionDomain().getCodeSource();
      if (cs != null) {
        URL url = cs.getLocation();
        if (url != null) {
          return url.toString();
        }
      }
    } catch (SecurityException e) {
      // fall through
    }
    Module m = type.getModule();
    return m.isNamed() ? "module " + m.getName() : "unknown location";
  }
}
