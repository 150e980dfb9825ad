package org.alignkit.spec;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.stream.Collectors;
import org.alignkit.core.AlignKitException;
import org.apiguardian.api.API;

/**
 * One or more AlignKit files are invalid. Carries every problem found, in file and line order; the
 * message prints them one per line, like a compiler:
 *
 * <pre>
 * kivara/government.yaml:14:12: /ratings/3/indicator: framework alignkit-reference 1.0 has no indicator 'OB-21' (did you mean OB-2.1?)
 * kivara/government.yaml:17:12: /ratings/4/level: level 7 of OP-1.2 is not on the scale (use a level from 1 to 5, or not-applicable / no-information)
 * </pre>
 *
 * <p>When a parser failed, its exception may be kept as the {@linkplain #getCause() cause} for
 * debugging; the message never contains a stack trace.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class SpecException extends AlignKitException {
  private static final long serialVersionUID = 1L;

  private final transient List<SpecProblem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems at least one problem
   */
  public SpecException(List<SpecProblem> problems) {
    this(problems, null);
  }

  /**
   * Creates an exception for the given problems with the low-level cause (may be {@code null}).
   *
   * @param problems at least one problem
   * @param cause the parser's exception, kept for debugging only
   */
  public SpecException(List<SpecProblem> problems, Throwable cause) {
    super(format(problems), cause);
    checkArgument(!problems.isEmpty(), "a SpecException needs at least one problem");
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file and line order. */
  public List<SpecProblem> problems() {
    return problems;
  }

  private static String format(List<SpecProblem> problems) {
    return problems.stream().map(SpecProblem::toString).collect(Collectors.joining("\n"));
  }
}
