/**
 * Internals of the model-spec module: reading bytes within limits, the Jackson token walk that
 * builds a located tree, JSON Schema validation, mapping trees to core values and back. Not
 * exported.
 */
package org.alignkit.spec.internal;
