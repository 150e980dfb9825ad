package org.alignkit.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Agreement between the groups: Krippendorff's alpha with the groups as coders and the indicators
 * as units, overall and per domain, for one metric.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Agreement {
  private static final Set<String> METRICS = Set.of("nominal", "ordinal", "interval", "ratio");

  Agreement() {}

  /** The metric: {@code nominal}, {@code ordinal}, {@code interval} or {@code ratio}. */
  public abstract String metric();

  /** Alpha over all indicators; empty when undefined (too few pairable values). */
  public abstract Optional<Double> alpha();

  /** Alpha per domain, by domain id; a domain without an entry has no defined alpha. */
  public abstract Map<String, Double> byDomain();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        METRICS.contains(metric()),
        "unknown agreement metric '%s'; use nominal, ordinal, interval or ratio",
        metric());
    alpha().ifPresent(Agreement::checkAlpha);
    byDomain().values().forEach(Agreement::checkAlpha);
  }

  private static void checkAlpha(double a) {
    checkArgument(!Double.isNaN(a) && a <= 1.0, "alpha is a number at most 1, got %s", a);
  }

  /** Builds {@link Agreement}s. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }
}
