package org.alignkit.spec;

import static com.google.common.base.Preconditions.checkArgument;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What one AlignKit file may cost to read. Files beyond a limit are rejected with a {@link
 * SpecProblem.Layer#LIMIT} problem before they can exhaust memory or time; every default is far
 * above what a real framework or assessment needs (the bundled framework is about 0.1 MiB, nests 9
 * levels deep and its longest text is a few hundred characters).
 *
 * <ul>
 *   <li>{@link #maxDocumentBytes()}: size of one file in bytes, default 8 MiB. Checked while
 *       reading, so a larger file is never read in full.
 *   <li>{@link #maxNestingDepth()}: depth of nested mappings and lists, default 64.
 *   <li>{@link #maxStringLength()}: length of one text or key in characters, default 262,144.
 *   <li>{@link #maxFilesPerExercise()}: assessments in one exercise, default 1,000.
 *   <li>{@link #maxProblems()}: problems reported for one load; further ones are counted in a last
 *       problem, default 200.
 * </ul>
 *
 * <p>Fixed, not configurable: numbers have at most 100 digits; YAML anchors, aliases and tags are
 * always rejected (so "billion laughs" alias expansion cannot happen); a file holds one document.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Limits {
  /** Default {@link #maxDocumentBytes()}: 8 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;

  Limits() {}

  /** The largest file, in bytes. */
  @Value.Default
  public long maxDocumentBytes() {
    return DEFAULT_MAX_DOCUMENT_BYTES;
  }

  /** The deepest nesting of mappings and lists. */
  @Value.Default
  public int maxNestingDepth() {
    return 64;
  }

  /** The longest text or key, in characters. */
  @Value.Default
  public int maxStringLength() {
    return 256 * 1024;
  }

  /** The most assessments in one exercise (files of a folder or entries of an exercise file). */
  @Value.Default
  public int maxFilesPerExercise() {
    return 1000;
  }

  /** The most problems reported for one load. */
  @Value.Default
  public int maxProblems() {
    return 200;
  }

  /** The default limits. */
  public static Limits defaults() {
    return builder().build();
  }

  /** A new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(maxDocumentBytes() > 0, "maxDocumentBytes must be > 0: %s", maxDocumentBytes());
    checkArgument(
        maxDocumentBytes() <= Integer.MAX_VALUE - 16,
        "maxDocumentBytes must be < 2 GiB: %s",
        maxDocumentBytes());
    checkArgument(maxNestingDepth() >= 4, "maxNestingDepth must be >= 4: %s", maxNestingDepth());
    checkArgument(maxStringLength() > 0, "maxStringLength must be > 0: %s", maxStringLength());
    checkArgument(
        maxFilesPerExercise() > 0, "maxFilesPerExercise must be > 0: %s", maxFilesPerExercise());
    checkArgument(maxProblems() > 0, "maxProblems must be > 0: %s", maxProblems());
  }

  /** Builds {@link Limits}. */
  public static final class Builder extends ImmutableLimits.Builder {
    Builder() {}
  }
}
