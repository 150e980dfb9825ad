package org.alignkit.report;

import static com.google.common.base.Preconditions.checkArgument;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The distance between two groups: the mean absolute difference of their levels over the
 * indicators both rated. Symmetric: one entry per pair.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class GroupDistance {
  GroupDistance() {}

  /** One group's id. */
  @Value.Parameter
  public abstract String first();

  /** The other group's id. */
  @Value.Parameter
  public abstract String second();

  /** The distance, in levels. */
  @Value.Parameter
  public abstract double distance();

  /** The distance between two groups. */
  public static GroupDistance of(String first, String second, double distance) {
    return ImmutableGroupDistance.of(first, second, distance);
  }

  @Value.Check
  void check() {
    checkArgument(
        !first().equals(second()), "a group's distance to itself is always 0: %s", first());
    checkArgument(
        distance() >= 0 && Double.isFinite(distance()),
        "a distance is a finite number at least 0, got %s",
        distance());
  }
}
