package org.alignkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The action plan that lasts: stable ids, endorsements, the next round's follow-up. */
class ConsensusRecordTest {
  static final Round Y2024 = Round.of("2024", LocalDate.of(2024, 3, 28));
  static final Round Y2026 = Round.of("2026", LocalDate.of(2026, 3, 26));

  static Assessment agreed(Round round) {
    return Fixtures.assessment(
            ConsensusRecord.consensusGroup(), "XKV", "1.0", round, Rating.of("OP-1.1", 3))
        .build();
  }

  static ActionItem action(String id) {
    return ActionItem.builder()
        .id(id)
        .domainId("OP")
        .action("Review the coordination structures")
        .addIndicatorIds("OP-1.1")
        .build();
  }

  static Exercise round(Round round, String... groups) {
    Exercise.Builder b = Exercise.builder();
    for (String g : groups) {
      b.addAssessments(Fixtures.assessment(
              StakeholderGroup.of(g, StakeholderKind.GOVERNMENT),
              "XKV",
              "1.0",
              Round.of(round.id(), round.date().minusDays(10)),
              Rating.of("OP-1.1", 2))
          .build());
    }
    return b.build();
  }

  static final ConsensusRecord PLAN_2024 = ConsensusRecord.builder()
      .agreed(agreed(Y2024))
      .addActions(action("2024-OP-1"), action("2024-OP-2"))
      .addEndorsements(Endorsement.of("JCCC", LocalDate.of(2024, 5, 16)))
      .build();

  @Test
  void actionIdsAreUniqueInAPlan() {
    ModelException e = catchThrowableOfType(
        ModelException.class,
        () -> ConsensusRecord.builder()
            .agreed(agreed(Y2024))
            .addActions(action("A-1"), action("A-2"), action("A-1"))
            .build());
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.DUPLICATE_ID);
      assertThat(p.pointer()).isEqualTo("/actions/2/id");
    });
  }

  @Test
  void anEndorsementBeforeTheWorkshopIsRejected() {
    ModelException e = catchThrowableOfType(
        ModelException.class,
        () -> ConsensusRecord.builder()
            .agreed(agreed(Y2024))
            .addEndorsements(
                Endorsement.of("ATWG", LocalDate.of(2024, 3, 28)),
                Endorsement.of("JCF", LocalDate.of(2024, 3, 27)))
            .build());
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.DATE_OUT_OF_ORDER);
      assertThat(p.pointer()).isEqualTo("/endorsements/1/date");
    });
    assertThat(e.getMessage()).contains("JCF endorsed the plan on 2024-03-27");
  }

  @Test
  void aRecordDoesNotFollowUpItsOwnRound() {
    ModelException e = catchThrowableOfType(
        ModelException.class,
        () -> ConsensusRecord.builder()
            .agreed(agreed(Y2024))
            .followUp(PlanFollowUp.builder().planRoundId("2024").build())
            .build());
    assertThat(e.problems())
        .extracting(ModelProblem::code)
        .containsExactly(ProblemCode.ROUND_MISMATCH);
  }

  @Test
  void theFollowUpNamesActionsOfThePreviousPlan() {
    ConsensusRecord next = ConsensusRecord.builder()
        .agreed(agreed(Y2026))
        .followUp(PlanFollowUp.builder()
            .planRoundId("2024")
            .addActions(
                ActionFollowUp.of("2024-OP-1", ActionStatus.DONE, LocalDate.of(2025, 1, 22)),
                ActionFollowUp.of("2024-OP-3", ActionStatus.DROPPED, LocalDate.of(2025, 7, 1)))
            .build())
        .build();
    assertThat(next.checkFollowUp(PLAN_2024)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_ACTION);
      assertThat(p.pointer()).isEqualTo("/followUp/actions/1/action");
      assertThat(p.fix()).hasValue("did you mean 2024-OP-1?");
    });
    assertThat(next.followUp().orElseThrow().action("2024-OP-1").orElseThrow().status())
        .isEqualTo(ActionStatus.DONE);
    assertThat(PLAN_2024.action("2024-OP-2")).isPresent();
    assertThat(PLAN_2024.checkFollowUp(PLAN_2024)).isEmpty(); // no follow-up, nothing to check
  }

  @Test
  void theFollowUpIsOfThePreviousRoundsPlan() {
    ConsensusRecord next = ConsensusRecord.builder()
        .agreed(agreed(Y2026))
        .followUp(PlanFollowUp.builder().planRoundId("2022").build())
        .build();
    assertThat(next.checkFollowUp(PLAN_2024))
        .extracting(ModelProblem::code, ModelProblem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProblemCode.ROUND_MISMATCH, "/followUp/round"));
    // A "previous" record that is not earlier.
    ConsensusRecord later = ConsensusRecord.builder()
        .agreed(agreed(Round.of("2022", LocalDate.of(2027, 1, 1))))
        .build();
    assertThat(next.checkFollowUp(later))
        .extracting(ModelProblem::code)
        .containsExactly(ProblemCode.DATE_OUT_OF_ORDER);
  }

  @Test
  void aRecordFitsOnlyItsRound() {
    assertThat(PLAN_2024.check(round(Y2024, "gov", "cso"))).isEmpty();
    List<ModelProblem> problems = PLAN_2024.check(round(Y2026, "gov"));
    assertThat(problems).extracting(ModelProblem::code).containsExactly(ProblemCode.ROUND_MISMATCH);
    assertThat(problems.get(0).pointer()).isEqualTo("/round/id");
    ConsensusRecord dissent = ConsensusRecord.builder()
        .agreed(agreed(Y2024))
        .addDissents(Dissent.builder().indicatorId("OP-1.1").groupId("csos").build())
        .build();
    assertThat(dissent.check(round(Y2024, "gov", "cso"))).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_GROUP);
      assertThat(p.pointer()).isEqualTo("/dissents/0/group");
      assertThat(p.fix()).hasValue("did you mean cso?");
    });
  }

  @Test
  void closedActionsAreDoneOrDropped() {
    assertThat(ActionStatus.DONE.isClosed()).isTrue();
    assertThat(ActionStatus.DROPPED.isClosed()).isTrue();
    assertThat(ActionStatus.IN_PROGRESS.isClosed()).isFalse();
    assertThat(ActionStatus.NOT_STARTED.isClosed()).isFalse();
    assertThat(ActionStatus.byId("in-progress")).hasValue(ActionStatus.IN_PROGRESS);
    assertThat(ActionStatus.byId("abandoned")).isEmpty();
  }

  @Test
  void theNewValuesAreValues() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    new EqualsTester()
        .addEqualityGroup(Endorsement.of("JCF", d), Endorsement.of("JCF", d))
        .addEqualityGroup(
            Endorsement.builder().body("JCF").date(d).reference("minutes").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ActionFollowUp.of("A", ActionStatus.DONE, d),
            ActionFollowUp.of("A", ActionStatus.DONE, d))
        .addEqualityGroup(ActionFollowUp.of("A", ActionStatus.DROPPED, d))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(action("A-1"), action("A-1"))
        .addEqualityGroup(action("A-2"))
        .testEquals();
  }
}
