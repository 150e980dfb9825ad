package org.alignkit.core;

import org.apiguardian.api.API;

/** What kind of problem a {@link ModelProblem} reports; stable names for tools to match on. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ProblemCode {
  /** An id is used twice where ids must be unique (indicators, components, domains, groups). */
  DUPLICATE_ID,
  /** A text lacks a translation into one of the framework's declared languages. */
  MISSING_TRANSLATION,
  /** The levels of a scale are not 1..n without gaps. */
  SCALE_NOT_CONTIGUOUS,
  /** A level number lies outside the scale. */
  LEVEL_OUT_OF_SCALE,
  /** A weight is zero or negative. */
  WEIGHT_NOT_POSITIVE,
  /** A node has no children where at least one is required. */
  EMPTY_NODE,
  /** A rating names an indicator that the framework does not have. */
  UNKNOWN_INDICATOR,
  /** A rating gives a level to an indicator that the framework says does not apply to the group. */
  NOT_APPLICABLE_TO_GROUP,
  /** The same indicator is rated twice in one assessment. */
  DUPLICATE_RATING,
  /** An assessment answers another framework, or another version of it. */
  FRAMEWORK_MISMATCH,
  /** The assessments of an exercise disagree on country, framework or round. */
  EXERCISE_MISMATCH,
  /** A value has the wrong form (an id, a country code, a language tag). */
  INVALID_VALUE,
  /** A stakeholder group's kinds, government level and funding channels contradict each other. */
  INCONSISTENT_GROUP,
  /** A record belongs to another round than the one it is used with. */
  ROUND_MISMATCH,
  /** A reference names a stakeholder group that the exercise does not have. */
  UNKNOWN_GROUP,
  /** A follow-up names an action that the plan it follows up does not have. */
  UNKNOWN_ACTION,
  /** Dates are in an impossible order, e.g. a plan endorsed before the workshop that agreed it. */
  DATE_OUT_OF_ORDER
}
