package org.alignkit.core;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One problem found when a model value is checked: what is wrong, where in the value (a JSON
 * Pointer into the value's file form, such as {@code /ratings/3/level}), which indicator it
 * concerns, and how to fix it.
 *
 * <p>The pointer uses the same layout as AlignKit's YAML and JSON files, so that the
 * {@code model-spec} module can turn it into a file, line and column.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ModelProblem {
  ModelProblem() {}

  /** The kind of problem. */
  public abstract ProblemCode code();

  /** JSON Pointer into the value's file form; empty for the value as a whole. */
  public abstract String pointer();

  /** What is wrong, in one sentence. */
  public abstract String message();

  /** How to fix it ("did you mean OB-2.1?", "use a level from 1 to 5"), when known. */
  public abstract Optional<String> fix();

  /** The indicator the problem concerns, when it concerns one. */
  public abstract Optional<String> indicatorId();

  /** Creates a problem without a fix or indicator. */
  public static ModelProblem of(ProblemCode code, String pointer, String message) {
    return builder().code(code).pointer(pointer).message(message).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Prints {@code pointer: message (fix)}, the pointer shown as {@code /} for the root. */
  @Override
  public String toString() {
    return (pointer().isEmpty() ? "/" : pointer())
        + ": "
        + message()
        + fix().map(f -> " (" + f + ")").orElse("");
  }

  /** Builds {@link ModelProblem}s. */
  public static final class Builder extends ImmutableModelProblem.Builder {
    Builder() {}
  }
}
