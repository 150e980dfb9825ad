package org.alignkit.spec.internal;

import org.alignkit.core.Framework;

/**
 * Reads one kind of document ({@code kind: X}) after its schema has been checked. New kinds (rule
 * sets) register in {@link Kinds}.
 *
 * @param <T> the value read
 */
interface KindReader<T> {
  /** The value of {@code kind:}, e.g. {@code Framework}. */
  String kind();

  /** The stem of the schema file, e.g. {@code framework} for {@code framework.schema.json}. */
  String schema();

  /**
   * Reads the value at {@code base}, adding every problem found to the context; returns
   * {@code null} when the value cannot be built.
   *
   * @param framework the framework to check against, or {@code null} to resolve the one named
   */
  T read(Ctx c, String base, Framework framework);
}
