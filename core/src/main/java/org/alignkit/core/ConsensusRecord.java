package org.alignkit.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alignkit.core.internal.Ids;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a harmonisation workshop agreed: the agreed rating per indicator (as an {@link Assessment}
 * of a "consensus" group, so it scores like any other), the groups that dissent and why, the action
 * plan with its endorsements by the sector's coordination bodies, and, from the second round on,
 * the follow-up of the previous round's plan. Dissent is kept in the record, not forced away.
 *
 * <p>The record's round ({@code agreed().round()}) is the round the workshop belongs to; its date
 * is the date of the workshop. A record checks itself when built (action ids unique, no endorsement
 * before the workshop, a follow-up of an earlier round's plan); {@link #check(Exercise)} and {@link
 * #checkFollowUp(ConsensusRecord)} check it against the round and the previous record it is used
 * with.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ConsensusRecord {
  /** The id of the group under which the agreed ratings are recorded. */
  public static final String CONSENSUS_GROUP_ID = "consensus";

  ConsensusRecord() {}

  /** The agreed ratings, as the assessment of the group {@link #CONSENSUS_GROUP_ID}. */
  public abstract Assessment agreed();

  /** The recorded dissents. */
  public abstract List<Dissent> dissents();

  /** The actions agreed: the workshop's action plan, each with a stable id. */
  public abstract List<ActionItem> actions();

  /** The endorsements of the action plan, in the order given (usually by date). */
  public abstract List<Endorsement> endorsements();

  /** The follow-up of the previous round's action plan, if the record gives one. */
  public abstract Optional<PlanFollowUp> followUp();

  /** The round of the workshop; its date is the workshop's. */
  public final Round round() {
    return agreed().round();
  }

  /** The dissents about one indicator. */
  public final List<Dissent> dissents(String indicatorId) {
    List<Dissent> out = new ArrayList<>();
    for (Dissent d : dissents()) {
      if (d.indicatorId().equals(indicatorId)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /** The action with an id, if the plan has it. */
  public final Optional<ActionItem> action(String actionId) {
    return actions().stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  /**
   * Every problem of using this record as the consensus of {@code round}: the record belongs to
   * another round or country, or a dissent names a group the round does not have. Pointers follow
   * the consensus file's layout ({@code /round/id}, {@code /dissents/2/group}); empty when the record
   * fits.
   */
  public final List<ModelProblem> check(Exercise round) {
    List<ModelProblem> problems = new ArrayList<>();
    if (!agreed().round().id().equals(round.round().id())) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.ROUND_MISMATCH)
          .pointer("/round/id")
          .message("the consensus record is of round '"
              + agreed().round().id()
              + "', but the exercise is round '"
              + round.round().id()
              + "'")
          .fix("give the consensus record of round " + round.round().id()
              + ", or the exercise of round " + agreed().round().id())
          .build());
    }
    if (!agreed().country().equals(round.country())) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.EXERCISE_MISMATCH)
          .pointer("/country")
          .message("the consensus record is of country '"
              + agreed().country()
              + "', but the exercise is of '"
              + round.country()
              + "'")
          .fix("give the consensus record of the same country")
          .build());
    }
    Set<String> groups = new LinkedHashSet<>();
    round.groups().forEach(g -> groups.add(g.id()));
    for (int i = 0; i < dissents().size(); i++) {
      Dissent d = dissents().get(i);
      if (!groups.contains(d.groupId())) {
        problems.add(ModelProblem.builder()
            .code(ProblemCode.UNKNOWN_GROUP)
            .pointer("/dissents/" + i + "/group")
            .indicatorId(d.indicatorId())
            .message("the dissent on "
                + d.indicatorId()
                + " names group '"
                + d.groupId()
                + "', which round "
                + round.round().id()
                + " does not have")
            .fix(Ids.didYouMean(d.groupId(), groups)
                .orElse("use one of the round's groups: " + String.join(", ", groups)))
            .build());
      }
    }
    return List.copyOf(problems);
  }

  /**
   * Every problem of this record's {@link #followUp()} as the follow-up of {@code previous}'s plan:
   * it follows up another round, the previous record is not earlier, or it names an action the
   * previous plan lacks. Pointers follow the consensus file's layout ({@code
   * /followUp/actions/3/action}); empty without a follow-up or when it fits.
   */
  public final List<ModelProblem> checkFollowUp(ConsensusRecord previous) {
    if (followUp().isEmpty()) {
      return List.of();
    }
    PlanFollowUp f = followUp().get();
    List<ModelProblem> problems = new ArrayList<>();
    String previousRound = previous.round().id();
    if (!f.planRoundId().equals(previousRound)) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.ROUND_MISMATCH)
          .pointer("/followUp/round")
          .message("the follow-up is of the plan of round '"
              + f.planRoundId()
              + "', but the previous consensus record is of round '"
              + previousRound
              + "'")
          .fix("follow up the plan of round " + previousRound + ", or give the record of round "
              + f.planRoundId())
          .build());
    } else if (!previous.round().date().isBefore(round().date())) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.DATE_OUT_OF_ORDER)
          .pointer("/followUp/round")
          .message("the plan followed up was agreed on "
              + previous.round().date()
              + ", not before this workshop ("
              + round().date()
              + ")")
          .fix("follow up the plan of an earlier round")
          .build());
    }
    Set<String> ids = new LinkedHashSet<>();
    previous.actions().forEach(a -> ids.add(a.id()));
    for (int i = 0; i < f.actions().size(); i++) {
      String id = f.actions().get(i).actionId();
      if (!ids.contains(id)) {
        problems.add(ModelProblem.builder()
            .code(ProblemCode.UNKNOWN_ACTION)
            .pointer("/followUp/actions/" + i + "/action")
            .message("the plan of round " + previousRound + " has no action '" + id + "'")
            .fix(Ids.didYouMean(id, ids)
                .orElse(
                    ids.isEmpty()
                        ? "the plan of round " + previousRound + " has no actions"
                        : "its actions are " + String.join(", ", ids)))
            .build());
      }
    }
    return List.copyOf(problems);
  }

  /**
   * A stakeholder group for consensus ratings: id {@code consensus}, every kind, so that every
   * indicator applies to it.
   */
  public static StakeholderGroup consensusGroup() {
    return StakeholderGroup.builder()
        .id(CONSENSUS_GROUP_ID)
        .name(LocalizedText.of("Consensus", "Consensus"))
        .addAllKinds(Set.of(StakeholderKind.values()))
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void checkRecord() {
    List<ModelProblem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < actions().size(); i++) {
      Integer before = seen.putIfAbsent(actions().get(i).id(), i);
      if (before != null) {
        problems.add(ModelProblem.builder()
            .code(ProblemCode.DUPLICATE_ID)
            .pointer("/actions/" + i + "/id")
            .message(
                "action id '" + actions().get(i).id() + "' is already used at /actions/" + before)
            .fix("give every action of the plan its own id")
            .build());
      }
    }
    Round round = agreed().round();
    for (int i = 0; i < endorsements().size(); i++) {
      Endorsement e = endorsements().get(i);
      if (e.date().isBefore(round.date())) {
        problems.add(ModelProblem.builder()
            .code(ProblemCode.DATE_OUT_OF_ORDER)
            .pointer("/endorsements/" + i + "/date")
            .message(e.body()
                + " endorsed the plan on "
                + e.date()
                + ", before the workshop that agreed it ("
                + round.date()
                + ")")
            .fix("an endorsement comes on or after the workshop's date, the round's date")
            .build());
      }
    }
    if (followUp().isPresent()) {
      PlanFollowUp f = followUp().get();
      if (f.planRoundId().equals(round.id())) {
        problems.add(ModelProblem.builder()
            .code(ProblemCode.ROUND_MISMATCH)
            .pointer("/followUp/round")
            .message("the record follows up the plan of its own round " + round.id())
            .fix("a follow-up names the earlier round whose plan it reviews")
            .build());
      }
      Map<String, Integer> followed = new HashMap<>();
      for (int i = 0; i < f.actions().size(); i++) {
        Integer before = followed.putIfAbsent(f.actions().get(i).actionId(), i);
        if (before != null) {
          problems.add(ModelProblem.builder()
              .code(ProblemCode.DUPLICATE_ID)
              .pointer("/followUp/actions/" + i + "/action")
              .message("action '"
                  + f.actions().get(i).actionId()
                  + "' is already followed up at /followUp/actions/"
                  + before)
              .fix("give one status per action")
              .build());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelException(
          "consensus record " + agreed().country() + " " + round.id(), problems);
    }
  }

  /** Builds {@link ConsensusRecord}s. */
  public static final class Builder extends ImmutableConsensusRecord.Builder {
    Builder() {}
  }
}
