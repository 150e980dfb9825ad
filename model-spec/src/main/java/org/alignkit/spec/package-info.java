/**
 * Reading and writing AlignKit files (YAML and JSON, format {@code alignkit/v1}).
 *
 * <p>{@link org.alignkit.spec.SpecLoader} loads frameworks, assessments, exercises and consensus
 * records and validates them; bad input is reported as a {@link org.alignkit.spec.SpecException}
 * holding every {@link org.alignkit.spec.SpecProblem} found, each with file, line, column, JSON
 * Pointer, message and, where one is known, a fix. {@link org.alignkit.spec.Limits} bounds what a
 * file may cost to read. {@link org.alignkit.spec.SpecWriter} writes every kind back in a stable
 * key order. {@link org.alignkit.spec.AssessmentCsv} writes an assessment, or a blank form for a
 * group, as a CSV file to fill in with a spreadsheet, and reads it back with the same checks.
 */
@AlignKitStyle
package org.alignkit.spec;

import org.alignkit.core.internal.AlignKitStyle;
