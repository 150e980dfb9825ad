package org.alignkit.core;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One round of the diagnostic in one country: the assessments of several stakeholder groups, one
 * per group, all answering the same framework version for the same country, unit and round.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Exercise {
  Exercise() {}

  /** The assessments, one per group, in the order given. */
  public abstract List<Assessment> assessments();

  /** The country, taken from the assessments. */
  public final String country() {
    return assessments().get(0).country();
  }

  /** The round, taken from the assessments. */
  public final Round round() {
    return assessments().get(0).round();
  }

  /** The framework id, taken from the assessments. */
  public final String frameworkId() {
    return assessments().get(0).frameworkId();
  }

  /** The framework version, taken from the assessments. */
  public final String frameworkVersion() {
    return assessments().get(0).frameworkVersion();
  }

  /** The sub-national unit, taken from the assessments. */
  public final Optional<AdministrativeUnit> subnationalUnit() {
    return assessments().get(0).subnationalUnit();
  }

  /** The groups, in the order of their assessments. */
  @Value.Derived
  @Value.Auxiliary
  public List<StakeholderGroup> groups() {
    return assessments().stream()
        .map(Assessment::group)
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, Assessment> byGroup() {
    ImmutableMap.Builder<String, Assessment> b = ImmutableMap.builder();
    assessments().forEach(a -> b.put(a.group().id(), a));
    return b.buildKeepingLast();
  }

  /** The assessment of a group. */
  public final Optional<Assessment> assessment(String groupId) {
    return Optional.ofNullable(byGroup().get(groupId));
  }

  /** An exercise of the given assessments. */
  public static Exercise of(List<Assessment> assessments) {
    return builder().addAllAssessments(assessments).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<ModelProblem> problems = new ArrayList<>();
    if (assessments().isEmpty()) {
      throw new ModelException(
          "exercise",
          List.of(ModelProblem.builder()
              .code(ProblemCode.EMPTY_NODE)
              .pointer("/assessments")
              .message("an exercise needs at least one assessment")
              .fix("add the assessment of each stakeholder group")
              .build()));
    }
    Assessment first = assessments().get(0);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < assessments().size(); i++) {
      Assessment a = assessments().get(i);
      String at = "/assessments/" + i;
      if (!seen.add(a.group().id())) {
        problems.add(ModelProblem.builder()
            .code(ProblemCode.DUPLICATE_ID)
            .pointer(at + "/group/id")
            .message("group '" + a.group().id() + "' has two assessments in this exercise")
            .fix("give each group one assessment, or give the groups different ids")
            .build());
      }
      mismatch(problems, at + "/country", "country", first.country(), a.country());
      mismatch(problems, at + "/framework/id", "framework", first.frameworkId(), a.frameworkId());
      mismatch(
          problems,
          at + "/framework/version",
          "framework version",
          first.frameworkVersion(),
          a.frameworkVersion());
      mismatch(
          problems, at + "/round/id", "round", first.round().id(), a.round().id());
      mismatch(
          problems,
          at + "/subnationalUnit",
          "sub-national unit",
          first.subnationalUnit().map(AdministrativeUnit::code).orElse("(national)"),
          a.subnationalUnit().map(AdministrativeUnit::code).orElse("(national)"));
    }
    if (!problems.isEmpty()) {
      throw new ModelException(
          "exercise " + first.country() + " " + first.round().id(), problems);
    }
  }

  private static void mismatch(
      List<ModelProblem> problems, String pointer, String what, String expected, String actual) {
    if (!expected.equals(actual)) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.EXERCISE_MISMATCH)
          .pointer(pointer)
          .message("the "
              + what
              + " is '"
              + actual
              + "' but the first assessment of the exercise has '"
              + expected
              + "'")
          .fix("an exercise holds the assessments of one " + what)
          .build());
    }
  }

  /** Builds {@link Exercise}s. */
  public static final class Builder extends ImmutableExercise.Builder {
    Builder() {}
  }
}
