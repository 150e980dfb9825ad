package org.alignkit.spec;

import java.util.Optional;
import org.alignkit.core.ProblemCode;
import org.alignkit.core.SourceLocation;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One problem found in an AlignKit file: where it is, which validation layer found it, what is
 * wrong, and how to fix it when that is known.
 *
 * <p>{@link #toString()} prints it as compilers do: {@code file:line:col: /pointer: message (fix)},
 * with {@code /} as the pointer of the whole document. When the line is not known (a missing file,
 * a folder) the {@code :line:col} part is left out.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class SpecProblem {
  SpecProblem() {}

  /** Which check found a problem. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Layer {
    /** The file could not be read at all (missing, a folder, unreadable). */
    IO,
    /** The file exceeds a {@link Limits limit}: size, nesting, length of a text, number of files. */
    LIMIT,
    /** The text is not well-formed YAML or JSON, is not UTF-8, or uses anchors, aliases or tags. */
    SYNTAX,
    /** The document does not follow the JSON Schema of its kind (fields, types, ranges). */
    SCHEMA,
    /** The document is well-formed but wrong: unknown ids, levels off the scale, mismatches. */
    MEANING
  }

  /** Where the problem is: file, line, column and JSON Pointer. */
  public abstract SourceLocation location();

  /** Which check found the problem. */
  public abstract Layer layer();

  /** What is wrong, in one sentence. */
  public abstract String message();

  /** How to fix it ("did you mean OB-2.1?", "use a level from 1 to 5"), when known. */
  public abstract Optional<String> fix();

  /**
   * The kind of problem, when the core model's checks found it (e.g. {@link
   * ProblemCode#UNKNOWN_ACTION}): a stable name for tools to match on.
   */
  public abstract Optional<ProblemCode> code();

  /** A problem without a fix. */
  public static SpecProblem of(SourceLocation location, Layer layer, String message) {
    return builder().location(location).layer(layer).message(message).build();
  }

  /** A problem with a fix. */
  public static SpecProblem of(SourceLocation location, Layer layer, String message, String fix) {
    return builder().location(location).layer(layer).message(message).fix(fix).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code file:line:col: /pointer: message (fix)}. */
  @Override
  public String toString() {
    SourceLocation l = location();
    StringBuilder sb = new StringBuilder(l.file());
    if (l.line() > 0) {
      sb.append(':').append(l.line()).append(':').append(l.column());
    }
    sb.append(": ")
        .append(l.pointer().isEmpty() ? "/" : l.pointer())
        .append(": ")
        .append(message());
    fix().ifPresent(f -> sb.append(" (").append(f).append(')'));
    return sb.toString();
  }

  /** Builds {@link SpecProblem}s. */
  public static final class Builder extends ImmutableSpecProblem.Builder {
    Builder() {}
  }
}
