package org.alignkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An ordinal scale of levels {@code 1..n}, each with a name and a descriptor. The default framework
 * uses five levels, the alignment spectrum.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Scale {
  Scale() {}

  /** The levels, lowest first; numbered {@code 1..n} without gaps. */
  public abstract List<Level> levels();

  /** The lowest level number (always 1). */
  public final int min() {
    return 1;
  }

  /** The highest level number, {@code n}. */
  public final int max() {
    return levels().size();
  }

  /** The span {@code max - min}, used to normalise distances. */
  public final int span() {
    return max() - min();
  }

  /** Whether a number is a level of this scale. */
  public final boolean contains(int level) {
    return level >= min() && level <= max();
  }

  /** The level with a number, if the scale has it. */
  public final Optional<Level> level(int number) {
    return contains(number) ? Optional.of(levels().get(number - 1)) : Optional.empty();
  }

  /** A scale of the given levels. */
  public static Scale of(List<Level> levels) {
    return builder().addAllLevels(levels).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        levels().size() >= 2,
        "a scale needs at least 2 levels, got %s",
        levels().size());
    for (int i = 0; i < levels().size(); i++) {
      checkArgument(
          levels().get(i).number() == i + 1,
          "scale levels must be numbered 1..n in order: position %s holds level %s",
          i + 1,
          levels().get(i).number());
    }
  }

  /** Builds {@link Scale}s. */
  public static final class Builder extends ImmutableScale.Builder {
    Builder() {}
  }
}
