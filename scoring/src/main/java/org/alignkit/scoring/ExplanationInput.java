package org.alignkit.scoring;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One input of a node as its explanation shows it: what was given and what the rule used. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ExplanationInput {
  ExplanationInput() {}

  /** The input's id: an indicator id for a component, a child node id otherwise. */
  @Value.Parameter
  public abstract String id();

  /** The input's status. */
  @Value.Parameter
  public abstract InputStatus status();

  /** The value given: the indicator's level or the child's score; empty when absent. */
  @Value.Parameter
  public abstract Optional<Rational> given();

  /**
   * The value the aggregation used: the given value, the lowest level for an absent input counted
   * as lowest; empty when the input was left out.
   */
  @Value.Parameter
  public abstract Optional<Rational> used();

  /** The input's weight. */
  @Value.Parameter
  public abstract Rational weight();

  /** An input. */
  public static ExplanationInput of(
      String id,
      InputStatus status,
      Optional<? extends Rational> given,
      Optional<? extends Rational> used,
      Rational weight) {
    return ImmutableExplanationInput.of(id, status, given, used, weight);
  }
}
