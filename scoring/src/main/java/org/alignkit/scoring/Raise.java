package org.alignkit.scoring;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One step towards the next level: raise an input (an indicator, or a child node's score) from its
 * current value to a target level.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Raise {
  Raise() {}

  /** The input to raise: an indicator id for a component, a child node id otherwise. */
  @Value.Parameter
  public abstract String id();

  /** Its current value. */
  @Value.Parameter
  public abstract Rational from();

  /** The level it needs to reach. */
  @Value.Parameter
  public abstract int to();

  /** A raise. */
  public static Raise of(String id, Rational from, int to) {
    return ImmutableRaise.of(id, from, to);
  }

  @Override
  public String toString() {
    return id() + " " + from().toDecimalString() + " → " + to();
  }
}
