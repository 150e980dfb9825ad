package org.alignkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertion helpers for problems. */
final class Problems {
  private Problems() {}

  /** The problems of the {@link SpecException} that {@code call} throws. */
  static List<SpecProblem> of(ThrowingCallable call) {
    SpecException e = catchThrowableOfType(SpecException.class, call);
    assertThat(e).as("a SpecException").isNotNull();
    assertThat(e.getMessage()).doesNotContain("\tat ").doesNotContain("Exception");
    return e.problems();
  }

  /** The only problem of the {@link SpecException} that {@code call} throws. */
  static SpecProblem single(ThrowingCallable call) {
    List<SpecProblem> problems = of(call);
    assertThat(problems).as("problems %s", problems).hasSize(1);
    return problems.get(0);
  }

  /** {@code line:col pointer} of a problem, for compact assertions. */
  static String where(SpecProblem p) {
    return p.location().line() + ":" + p.location().column() + " "
        + p.location().pointer();
  }
}
