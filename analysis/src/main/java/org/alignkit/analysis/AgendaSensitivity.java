package org.alignkit.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Whether one indicator is on the harmonisation agenda under each rule set of a {@link
 * RuleSensitivity}, and its rank where it is: <em>robust</em> when it is on the agenda under every
 * rule set, <em>rule-dependent</em> when some rule sets leave it off. Relative to the first rule set
 * (the reference), an item <em>enters</em> under the rule sets that put it on a reference agenda
 * without it, and <em>leaves</em> under those that drop it from the reference agenda.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class AgendaSensitivity {
  AgendaSensitivity() {}

  /** The indicator's id. */
  public abstract String indicatorId();

  /**
   * The indicator's rank on the agenda of each rule set, by rule set id in the order given; empty
   * where the rule set leaves it off the agenda.
   */
  public abstract Map<String, OptionalInt> ranks();

  /** The rule sets that put the indicator on the agenda, in the order given. */
  public final List<String> onAgendaUnder() {
    List<String> out = new ArrayList<>();
    ranks().forEach((id, rank) -> {
      if (rank.isPresent()) {
        out.add(id);
      }
    });
    return out;
  }

  /** The rule sets that leave the indicator off the agenda, in the order given. */
  public final List<String> offAgendaUnder() {
    List<String> out = new ArrayList<>();
    ranks().forEach((id, rank) -> {
      if (rank.isEmpty()) {
        out.add(id);
      }
    });
    return out;
  }

  /** Whether the indicator is on the reference (first) rule set's agenda. */
  public final boolean onReferenceAgenda() {
    return ranks().values().iterator().next().isPresent();
  }

  /** Whether every rule set puts the indicator on the agenda. */
  public final boolean isRobust() {
    return offAgendaUnder().isEmpty();
  }

  /** The rule sets that disagree with the reference about the item: where it enters or leaves. */
  public final List<String> disagreeing() {
    return onReferenceAgenda() ? offAgendaUnder() : onAgendaUnder();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        ranks().values().stream().anyMatch(OptionalInt::isPresent),
        "indicator %s is on no rule set's agenda",
        indicatorId());
  }

  /** Builds {@link AgendaSensitivity} values. */
  public static final class Builder extends ImmutableAgendaSensitivity.Builder {
    Builder() {}
  }
}
