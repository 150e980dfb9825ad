package org.alignkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An indicator: the question that each stakeholder group answers with a level of the scale. It may
 * say, level by level, what that level looks like for this indicator ({@link #levelDescriptors()}),
 * and to which kinds of group it applies ({@link #applicableTo()}, empty for all).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Indicator implements FrameworkNode {
  Indicator() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalizedText title();

  /** Guidance: what the indicator asks and what counts as evidence; may be empty. */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  @Override
  public abstract Optional<BigDecimal> weight();

  /**
   * What each level looks like for this indicator, by level number; a level without an entry uses
   * the scale's general descriptor.
   */
  public abstract Map<Integer, LocalizedText> levelDescriptors();

  /** The kinds of group this indicator applies to; empty means every kind. */
  public abstract Set<StakeholderKind> applicableTo();

  /** Sources and cross-references, e.g. {@code "Paris Declaration indicator 3"}. */
  public abstract List<String> references();

  @Override
  public final NodeType type() {
    return NodeType.INDICATOR;
  }

  @Override
  public final List<FrameworkNode> children() {
    return List.of();
  }

  /** Whether a group of this kind should rate this indicator. */
  public final boolean appliesTo(StakeholderKind kind) {
    return applicableTo().isEmpty() || applicableTo().contains(kind);
  }

  /** Whether a group should rate this indicator: true when it applies to any of its kinds. */
  public final boolean appliesTo(StakeholderGroup group) {
    if (applicableTo().isEmpty()) {
      return true;
    }
    for (StakeholderKind k : group.kinds()) {
      if (applicableTo().contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The descriptor of a level for this indicator: its own if it has one, else the scale's.
   *
   * @throws IllegalArgumentException if the scale has no such level
   */
  public final LocalizedText descriptor(int level, Scale scale) {
    checkArgument(scale.contains(level), "level %s is not on the scale 1..%s", level, scale.max());
    LocalizedText own = levelDescriptors().get(level);
    return own != null ? own : scale.levels().get(level - 1).descriptor();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Indicator}s. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
