package org.alignkit.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A component of a domain: a group of related indicators, e.g. "Predictability of funding". */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Component implements FrameworkNode {
  Component() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalizedText title();

  /** What the component covers; may be empty. */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  @Override
  public abstract Optional<BigDecimal> weight();

  /** The component's indicators, in order; at least one. */
  public abstract List<Indicator> indicators();

  @Override
  public final NodeType type() {
    return NodeType.COMPONENT;
  }

  @Override
  public final List<Indicator> children() {
    return indicators();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Component}s. */
  public static final class Builder extends ImmutableComponent.Builder {
    Builder() {}
  }
}
