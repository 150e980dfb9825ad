package org.alignkit.testing;

import java.util.Objects;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.apiguardian.api.API;

/**
 * A framework, an assessment of it broken by one {@link Mutation}, and the indicator the mutation
 * touched (empty string for framework-level mutations).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MutatedAssessment {
  private final Framework framework;
  private final Assessment assessment;
  private final Mutation mutation;
  private final String indicatorId;

  MutatedAssessment(
      Framework framework, Assessment assessment, Mutation mutation, String indicatorId) {
    this.framework = Objects.requireNonNull(framework);
    this.assessment = Objects.requireNonNull(assessment);
    this.mutation = Objects.requireNonNull(mutation);
    this.indicatorId = Objects.requireNonNull(indicatorId);
  }

  /** The framework the assessment should answer. */
  public Framework framework() {
    return framework;
  }

  /** The broken assessment. */
  public Assessment assessment() {
    return assessment;
  }

  /** How it was broken. */
  public Mutation mutation() {
    return mutation;
  }

  /** The indicator id the mutation touched, or {@code ""}. */
  public String indicatorId() {
    return indicatorId;
  }

  @Override
  public String toString() {
    return mutation + " on '" + indicatorId + "' of " + framework.label();
  }
}
