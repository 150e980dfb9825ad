package org.alignkit.testing;

import org.alignkit.core.ProblemCode;
import org.apiguardian.api.API;

/**
 * One way to break a valid assessment, and the problem that {@link
 * org.alignkit.core.Framework#check(org.alignkit.core.Assessment)} must then report.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Mutation {
  /** A rating's indicator id is misspelt (a character changed or appended). */
  UNKNOWN_INDICATOR(ProblemCode.UNKNOWN_INDICATOR),
  /** A rating's level is set above the top of the scale or below 1. */
  LEVEL_OUT_OF_SCALE(ProblemCode.LEVEL_OUT_OF_SCALE),
  /** A rating is repeated. */
  DUPLICATE_RATING(ProblemCode.DUPLICATE_RATING),
  /** The assessment names another version of the framework. */
  FRAMEWORK_VERSION(ProblemCode.FRAMEWORK_MISMATCH),
  /** The assessment names another framework. */
  FRAMEWORK_ID(ProblemCode.FRAMEWORK_MISMATCH),
  /** A level is given for an indicator that does not apply to the group's kind. */
  NOT_APPLICABLE_TO_GROUP(ProblemCode.NOT_APPLICABLE_TO_GROUP);

  private final ProblemCode expected;

  Mutation(ProblemCode expected) {
    this.expected = expected;
  }

  /** The problem the check must report for this mutation. */
  public ProblemCode expected() {
    return expected;
  }
}
