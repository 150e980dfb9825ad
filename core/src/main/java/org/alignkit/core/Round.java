package org.alignkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A round of the diagnostic exercise: an id (e.g. {@code 2022}) and the date it was held. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Round {
  Round() {}

  /** The round's id, e.g. {@code 2022} or {@code baseline}. */
  @Value.Parameter
  public abstract String id();

  /** The date of the round (of the harmonisation workshop, or when ratings were collected). */
  @Value.Parameter
  public abstract LocalDate date();

  /** A round. */
  public static Round of(String id, LocalDate date) {
    return ImmutableRound.of(id, date);
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "a round needs an id");
  }
}
