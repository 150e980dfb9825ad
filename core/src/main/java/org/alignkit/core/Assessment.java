package org.alignkit.core;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One stakeholder group's answers in one round: a {@link Rating} per indicator of the framework it
 * names, for a country (ISO 3166-1 alpha-3) and optionally a sub-national unit.
 *
 * <p>An assessment keeps its ratings as given, duplicates included, so that nothing entered is
 * lost; {@link Framework#check(Assessment)} reports duplicates, unknown indicators and levels off
 * the scale.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Assessment {
  Assessment() {}

  /** The id of the framework answered. */
  public abstract String frameworkId();

  /** The version of the framework answered. */
  public abstract String frameworkVersion();

  /** The country, as an ISO 3166-1 alpha-3 code ({@code RWA}); user-assigned codes are allowed. */
  public abstract String country();

  /** The sub-national unit assessed, if the exercise is sub-national. */
  public abstract Optional<AdministrativeUnit> subnationalUnit();

  /** The round. */
  public abstract Round round();

  /** The group that rated. */
  public abstract StakeholderGroup group();

  /** Who answered for the group (names or organisations); may be empty. */
  public abstract List<String> respondents();

  /** The ratings, in the order given. */
  public abstract List<Rating> ratings();

  @Value.Derived
  @Value.Auxiliary
  Map<String, Rating> ratingsById() {
    Map<String, Rating> first = new LinkedHashMap<>();
    for (Rating r : ratings()) {
      first.putIfAbsent(r.indicatorId(), r);
    }
    return ImmutableMap.copyOf(first);
  }

  /** The rating of an indicator (the first, if it was rated twice). */
  public final Optional<Rating> rating(String indicatorId) {
    return Optional.ofNullable(ratingsById().get(indicatorId));
  }

  /** The ratings by indicator id (the first of duplicates), in the order given. */
  public final Map<String, Rating> ratingsByIndicator() {
    return ratingsById();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<ModelProblem> problems = new ArrayList<>();
    Checks.checkCountry(country(), "/country", problems);
    if (frameworkId().isBlank()) {
      problems.add(
          ModelProblem.of(ProblemCode.INVALID_VALUE, "/framework/id", "the framework id is blank"));
    }
    if (frameworkVersion().isBlank()) {
      problems.add(ModelProblem.of(
          ProblemCode.INVALID_VALUE, "/framework/version", "the framework version is blank"));
    }
    if (!problems.isEmpty()) {
      throw new ModelException("assessment of group '" + group().id() + "'", problems);
    }
  }

  /** Builds {@link Assessment}s. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
