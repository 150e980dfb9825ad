package org.alignkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Where something is in a source file: the file's name, a 1-based line and column (0 when not
 * known), and the JSON Pointer of the value inside the document ({@code ""} for the root).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class SourceLocation {
  SourceLocation() {}

  /** The file's name or path as the user gave it. */
  @Value.Parameter
  public abstract String file();

  /** 1-based line, 0 when not known. */
  @Value.Parameter
  public abstract int line();

  /** 1-based column, 0 when not known. */
  @Value.Parameter
  public abstract int column();

  /** JSON Pointer into the document; empty for the whole document. */
  @Value.Parameter
  public abstract String pointer();

  /** A location. */
  public static SourceLocation of(String file, int line, int column, String pointer) {
    return ImmutableSourceLocation.of(file, line, column, pointer);
  }

  @Value.Check
  void check() {
    checkArgument(
        line() >= 0 && column() >= 0, "line and column must be >= 0: %s:%s", line(), column());
    checkArgument(
        pointer().isEmpty() || pointer().startsWith("/"), "not a JSON Pointer: %s", pointer());
  }

  /** {@code file:line:col: /pointer}, as compilers print it. */
  @Override
  public String toString() {
    return file() + ":" + line() + ":" + column() + ": " + (pointer().isEmpty() ? "/" : pointer());
  }
}
