package org.alignkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A model value could not be built, or an assessment does not fit its framework. Carries every
 * problem found, not only the first; the message lists them one per line.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ModelException extends AlignKitException {
  private static final long serialVersionUID = 1L;

  private final transient List<ModelProblem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param subject what was checked, e.g. {@code "framework alignkit-reference 1.0"}
   * @param problems at least one problem
   */
  public ModelException(String subject, List<ModelProblem> problems) {
    super(format(subject, problems));
    checkArgument(!problems.isEmpty(), "a ModelException needs at least one problem");
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order found. */
  public List<ModelProblem> problems() {
    return problems;
  }

  private static String format(String subject, List<ModelProblem> problems) {
    return problems.size()
        + (problems.size() == 1 ? " problem in " : " problems in ")
        + subject
        + ":\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
