package org.alignkit.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A domain of a framework: One Plan, One Budget or One Report in the default framework. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Domain implements FrameworkNode {
  Domain() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalizedText title();

  /** What the domain covers; may be empty. */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  @Override
  public abstract Optional<BigDecimal> weight();

  /** The domain's components, in order; at least one. */
  public abstract List<Component> components();

  @Override
  public final NodeType type() {
    return NodeType.DOMAIN;
  }

  @Override
  public final List<Component> children() {
    return components();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Domain}s. */
  public static final class Builder extends ImmutableDomain.Builder {
    Builder() {}
  }
}
