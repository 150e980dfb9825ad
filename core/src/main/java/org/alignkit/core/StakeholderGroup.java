package org.alignkit.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A stakeholder group that rates itself: its id in the exercise, its name, its kinds, and, for the
 * government, its level (national, or a sub-national unit), and for development partners the
 * funding channels they use.
 *
 * <p>Most groups have one kind. A merged group has several (the Ethiopian pilot rated civil society
 * and the private sector together); a partner group that funds through channels 1 and 3 is both on
 * and off budget. Channels and kinds must agree: channels 1 and 2 imply {@link
 * StakeholderKind#PARTNER_ON_BUDGET}, channel 3 implies {@link StakeholderKind#PARTNER_OFF_BUDGET}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class StakeholderGroup {
  StakeholderGroup() {}

  /** The group's id in its exercise, e.g. {@code government} or {@code dp-off-budget}. */
  public abstract String id();

  /** The group's display name; defaults to the label of its first kind. */
  @Value.Default
  public LocalizedText name() {
    return kinds().iterator().next().label();
  }

  /** The group's kinds; one for most groups, several for merged groups. */
  public abstract Set<StakeholderKind> kinds();

  /** For a sub-national government group, its unit; empty for a national group. */
  public abstract Optional<AdministrativeUnit> subnationalUnit();

  /** For partner groups, the funding channels they use; may be empty when not recorded. */
  public abstract Set<FundingChannel> fundingChannels();

  /** Whether the group has the given kind. */
  public final boolean is(StakeholderKind kind) {
    return kinds().contains(kind);
  }

  /** Whether this is a national (not sub-national) group. */
  public final boolean isNational() {
    return subnationalUnit().isEmpty();
  }

  /** A group of one kind with the kind's label as name. */
  public static StakeholderGroup of(String id, StakeholderKind kind) {
    return builder().id(id).addKinds(kind).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<ModelProblem> problems = new ArrayList<>();
    Checks.checkId(id(), "/id", problems);
    if (kinds().isEmpty()) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.INCONSISTENT_GROUP)
          .pointer("/kinds")
          .message("group '" + id() + "' has no kind")
          .fix("give at least one of " + StakeholderKind.ids())
          .build());
    }
    if (subnationalUnit().isPresent() && !is(StakeholderKind.GOVERNMENT)) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.INCONSISTENT_GROUP)
          .pointer("/subnationalUnit")
          .message("group '" + id() + "' has a sub-national unit but is not a government group")
          .fix("remove the unit, or add the kind government")
          .build());
    }
    if (!fundingChannels().isEmpty()) {
      Set<StakeholderKind> implied = EnumSet.noneOf(StakeholderKind.class);
      fundingChannels().forEach(c -> implied.add(c.partnerKind()));
      Set<StakeholderKind> declared = EnumSet.noneOf(StakeholderKind.class);
      kinds().stream().filter(StakeholderKind::isPartner).forEach(declared::add);
      if (declared.isEmpty()) {
        problems.add(ModelProblem.builder()
            .code(ProblemCode.INCONSISTENT_GROUP)
            .pointer("/fundingChannels")
            .message("group '" + id() + "' lists funding channels but is not a development partner")
            .fix("remove the channels, or add the kind "
                + implied.iterator().next().id())
            .build());
      } else if (!declared.equals(implied)) {
        problems.add(ModelProblem.builder()
            .code(ProblemCode.INCONSISTENT_GROUP)
            .pointer("/fundingChannels")
            .message("group '"
                + id()
                + "' uses channels "
                + channelNumbers()
                + ", which make it "
                + kindIds(implied)
                + ", but its kinds say "
                + kindIds(declared))
            .fix("channels 1 and 2 are on budget, channel 3 off budget")
            .build());
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelException("stakeholder group '" + id() + "'", problems);
    }
  }

  private String channelNumbers() {
    StringBuilder sb = new StringBuilder();
    fundingChannels().forEach(c -> sb.append(sb.length() == 0 ? "" : ", ").append(c.number()));
    return sb.toString();
  }

  private static String kindIds(Set<StakeholderKind> kinds) {
    StringBuilder sb = new StringBuilder();
    kinds.forEach(k -> sb.append(sb.length() == 0 ? "" : " and ").append(k.id()));
    return sb.toString();
  }

  /** Builds {@link StakeholderGroup}s. */
  public static final class Builder extends ImmutableStakeholderGroup.Builder {
    Builder() {}
  }
}
