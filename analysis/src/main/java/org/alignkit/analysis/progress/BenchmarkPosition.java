package org.alignkit.analysis.progress;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import org.alignkit.core.NodeType;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One indicator's or node's value against its reference, made by {@link Benchmarks}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class BenchmarkPosition {
  BenchmarkPosition() {}

  /** The indicator's or node's id. */
  public abstract String nodeId();

  /** The node's type. */
  public abstract NodeType type();

  /** The value compared (a level for an indicator, a score for a node), if there is one. */
  public abstract Optional<BigDecimal> value();

  /** The reference value, if there is one. */
  public abstract Optional<BigDecimal> reference();

  /** Where the value stands. */
  public abstract Par par();

  /** {@code value − reference}, exact, when both exist. */
  public final Optional<BigDecimal> difference() {
    return value().isPresent() && reference().isPresent()
        ? Optional.of(value().get().subtract(reference().get()))
        : Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        (par() == Par.NOT_AVAILABLE) == (value().isEmpty() || reference().isEmpty()),
        "%s: NOT_AVAILABLE exactly when the value or the reference is missing",
        nodeId());
  }

  /** Builds {@link BenchmarkPosition}s. */
  public static final class Builder extends ImmutableBenchmarkPosition.Builder {
    Builder() {}
  }
}
