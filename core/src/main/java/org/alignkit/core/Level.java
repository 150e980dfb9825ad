package org.alignkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One level of a {@link Scale}: its number (1 is the lowest), its name ("Fragmented",
 * "Fragmenté") and a descriptor that says what a country at this level looks like.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Level {
  Level() {}

  /** The level's number, 1 for the lowest. */
  @Value.Parameter
  public abstract int number();

  /** The level's short name. */
  @Value.Parameter
  public abstract LocalizedText name();

  /** What this level looks like, in general terms. */
  @Value.Parameter
  public abstract LocalizedText descriptor();

  /** A level. */
  public static Level of(int number, LocalizedText name, LocalizedText descriptor) {
    return ImmutableLevel.of(number, name, descriptor);
  }

  @Value.Check
  void check() {
    checkArgument(number() >= 1, "level numbers start at 1, got %s", number());
  }
}
