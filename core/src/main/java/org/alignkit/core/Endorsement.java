package org.alignkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The endorsement of a workshop's action plan by one of the sector's coordination bodies: which body
 * and on which date (in Ethiopia's pilot the plan went to the alignment technical working group, the
 * JCCC and the JCF in turn), with a reference such as the minutes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Endorsement {
  Endorsement() {}

  /** The body that endorsed the plan, e.g. {@code Joint Consultative Forum (JCF)}. */
  @Value.Parameter
  public abstract String body();

  /** When it endorsed the plan. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Where the endorsement is recorded (minutes, a decision number), if given. */
  public abstract Optional<String> reference();

  /** An endorsement without reference. */
  public static Endorsement of(String body, LocalDate date) {
    return ImmutableEndorsement.of(body, date);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!body().isBlank(), "an endorsement names the body that endorsed the plan");
  }

  /** Builds {@link Endorsement}s. */
  public static final class Builder extends ImmutableEndorsement.Builder {
    Builder() {}
  }
}
