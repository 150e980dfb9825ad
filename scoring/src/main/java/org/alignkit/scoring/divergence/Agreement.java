package org.alignkit.scoring.divergence;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.alignkit.scoring.metrics.AlphaResult;
import org.alignkit.scoring.metrics.DistanceMatrix;
import org.alignkit.scoring.metrics.KrippendorffAlpha;
import org.alignkit.scoring.metrics.Metric;
import org.alignkit.scoring.metrics.ReliabilityData;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Agreement between the groups over a set of indicators (the whole framework, or one domain):
 * Krippendorff's alpha with groups as coders and indicators as units for each of the four metrics,
 * and the group × group distance matrix. Answers other than a level are missing values.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Agreement {
  Agreement() {}

  /** The id of the framework or domain the indicators belong to. */
  @Value.Parameter
  public abstract String scopeId();

  /** How many indicators (units) there are. */
  @Value.Parameter
  public abstract int indicatorCount();

  /** The groups' levels as a units (indicators) × coders (groups) matrix, answers other than a level missing. */
  @Value.Parameter
  public abstract ReliabilityData data();

  /**
   * Krippendorff's alpha for each metric ({@link Metric#NOMINAL}, {@link Metric#ORDINAL}, {@link
   * Metric#INTERVAL}, {@link Metric#RATIO}), from {@link
   * org.alignkit.scoring.metrics.KrippendorffAlpha}. Computed on first use.
   */
  @Value.Lazy
  public Map<Metric, AlphaResult> alpha() {
    Map<Metric, AlphaResult> all = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      all.put(m, alpha(m));
    }
    return Collections.unmodifiableMap(all);
  }

  private static final int METRICS = Metric.values().length;

  /** Alpha by metric ordinal, computed on first use (threads racing compute equal values). */
  private final AtomicReferenceArray<AlphaResult> cache = new AtomicReferenceArray<>(METRICS);

  /**
   * The group × group matrix of mean absolute level differences over the indicators both groups
   * rated, coders named by group id in exercise order ({@link
   * org.alignkit.scoring.metrics.Divergences#distanceMatrix}).
   */
  @Value.Parameter
  public abstract DistanceMatrix distances();

  /** The alpha for one metric. */
  public final AlphaResult alpha(Metric metric) {
    // Each metric is computed on first use: a report that shows only ordinal alpha pays for one.
    int i = metric.ordinal();
    AlphaResult result = cache.get(i);
    if (result == null) {
      result = KrippendorffAlpha.compute(data(), metric);
      if (!cache.compareAndSet(i, null, result)) {
        result = cache.get(i);
      }
    }
    return result;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Agreement}s. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }
}
