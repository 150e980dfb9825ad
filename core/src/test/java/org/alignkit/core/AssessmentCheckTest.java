package org.alignkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentCheckTest {
  private final Framework framework = Fixtures.framework();
  private final StakeholderGroup cso = StakeholderGroup.of("cso", StakeholderKind.CIVIL_SOCIETY);

  @Test
  void acceptsAValidAssessment() {
    Assessment a = Fixtures.assessment(
            cso,
            Rating.of("OP-1.1", 3),
            Rating.noInformation("OP-1.2"),
            Rating.notApplicable("OB-2.2"))
        .build();
    assertThat(framework.check(a)).isEmpty();
    assertThat(a.rating("OP-1.1").orElseThrow().level()).hasValue(3);
  }

  @Test
  void reportsEveryProblemWithIndicatorAndFix() {
    Assessment a = Fixtures.assessment(
            cso,
            "XKV",
            "0.9",
            Fixtures.ROUND,
            Rating.of("OB-21", 3),
            Rating.of("OP-1.1", 6),
            Rating.of("OP-1.2", 2),
            Rating.noInformation("OP-1.2"),
            Rating.of("OB-2.2", 4))
        .build();
    List<ModelProblem> problems = framework.check(a);
    assertThat(problems)
        .extracting(
            ModelProblem::code, ModelProblem::pointer, p -> p.indicatorId().orElse(""))
        .containsExactly(
            tuple(ProblemCode.FRAMEWORK_MISMATCH, "/framework/version", ""),
            tuple(ProblemCode.UNKNOWN_INDICATOR, "/ratings/0/indicator", "OB-21"),
            tuple(ProblemCode.LEVEL_OUT_OF_SCALE, "/ratings/1/level", "OP-1.1"),
            tuple(ProblemCode.DUPLICATE_RATING, "/ratings/3/indicator", "OP-1.2"),
            tuple(ProblemCode.NOT_APPLICABLE_TO_GROUP, "/ratings/4/level", "OB-2.2"));
    assertThat(problems.get(1).fix()).contains("did you mean OB-2.1?");
    assertThat(problems.get(2).fix())
        .contains("use a level from 1 to 5, or not-applicable / no-information");
  }

  @Test
  void requireValidThrowsWithAllProblems() {
    Assessment a =
        Fixtures.assessment(cso, Rating.of("nope", 1), Rating.of("OP-1.1", 0)).build();
    ModelException e = catchThrowableOfType(ModelException.class, () -> framework.requireValid(a));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.getMessage()).contains("2 problems in assessment of group 'cso'");
  }

  @Test
  void countryMustBeIsoAlpha3() {
    ModelException e = catchThrowableOfType(
        ModelException.class,
        () -> Fixtures.assessment(cso, "rwa", "1.0", Fixtures.ROUND).build());
    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.fix()).contains("write it in capitals: RWA"));
    assertThat(Fixtures.assessment(cso, "RWA", "1.0", Fixtures.ROUND).build().country())
        .isEqualTo("RWA");
    assertThat(Fixtures.assessment(cso, "XKV", "1.0", Fixtures.ROUND).build().country())
        .isEqualTo("XKV");
    ModelException unknown = catchThrowableOfType(
        ModelException.class,
        () -> Fixtures.assessment(cso, "ABC", "1.0", Fixtures.ROUND).build());
    assertThat(unknown.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.pointer()).isEqualTo("/country"));
  }

  @Test
  void ratingNeedsLevelExactlyWhenRated() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rating.builder()
            .indicatorId("x")
            .status(RatingStatus.NOT_APPLICABLE)
            .level(2)
            .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exerciseHoldsOneAssessmentPerGroupOfOneRound() {
    StakeholderGroup gov = StakeholderGroup.of("gov", StakeholderKind.GOVERNMENT);
    Assessment a = Fixtures.assessment(gov).build();
    Assessment b = Fixtures.assessment(
            cso, "XKV", "1.0", Round.of("2026", LocalDate.of(2026, 1, 1)))
        .build();
    ModelException e =
        catchThrowableOfType(ModelException.class, () -> Exercise.of(List.of(a, b, a)));
    assertThat(e.problems())
        .extracting(ModelProblem::code, ModelProblem::pointer)
        .containsExactly(
            tuple(ProblemCode.EXERCISE_MISMATCH, "/assessments/1/round/id"),
            tuple(ProblemCode.DUPLICATE_ID, "/assessments/2/group/id"));
    Exercise ok = Exercise.of(List.of(a, Fixtures.assessment(cso).build()));
    assertThat(ok.assessment("cso")).isPresent();
    assertThat(ok.groups()).extracting(StakeholderGroup::id).containsExactly("gov", "cso");
  }
}
