package org.alignkit.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.alignkit.metrics.AlphaInterval;
import org.alignkit.metrics.AlphaResult;
import org.alignkit.metrics.DistanceMatrix;
import org.alignkit.metrics.Divergences;
import org.alignkit.metrics.IntervalSpec;
import org.alignkit.metrics.KrippendorffAlpha;
import org.alignkit.metrics.Metric;
import org.alignkit.metrics.ReliabilityData;
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
   * The group × group matrix of mean absolute level differences over the indicators both groups
   * rated, coders named by group id in exercise order ({@link
   * org.alignkit.metrics.Divergences#distanceMatrix}).
   */
  @Value.Parameter
  public abstract DistanceMatrix distances();

  /**
   * Krippendorff's alpha for each metric ({@link Metric#NOMINAL}, {@link Metric#ORDINAL}, {@link
   * Metric#INTERVAL}, {@link Metric#RATIO}), from {@link org.alignkit.metrics.KrippendorffAlpha}.
   * Computed on first use.
   */
  @Value.Lazy
  public Map<Metric, AlphaResult> alpha() {
    Map<Metric, AlphaResult> all = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      all.put(m, alpha(m));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * The alpha for one metric. The data keep the one-pass tally alpha reads, so each metric costs a
   * pass over the tally, not over the data.
   */
  public final AlphaResult alpha(Metric metric) {
    return KrippendorffAlpha.compute(data(), metric);
  }

  /**
   * An interval estimate for the alpha of one metric ({@link KrippendorffAlpha#interval}): the
   * spec's method, resamples, seed and level, reported with the limits. The same spec gives the
   * same interval every time.
   */
  public final AlphaInterval interval(Metric metric, IntervalSpec spec) {
    return KrippendorffAlpha.interval(data(), metric, spec);
  }

  /** Agreement over the data, with their distance matrix. */
  static Agreement of(String scopeId, ReliabilityData data) {
    return ImmutableAgreement.of(scopeId, data.unitCount(), data, Divergences.distanceMatrix(data));
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
