/**
 * AlignKit report: the workshop report of one round of the alignment diagnostic, rendered from an
 * immutable view model ({@link org.alignkit.report.ReportModel}).
 *
 * <p>{@link org.alignkit.report.HtmlReport} writes one self-contained HTML file in English or
 * French (radar chart, divergence heat map, harmonisation agenda, the workshop's outcome and the
 * follow-up of the previous action plan, progress between rounds, provenance; inline CSS and SVG, no
 * script, opens offline, prints on A4); {@link org.alignkit.report.JsonReport}
 * and {@link org.alignkit.report.CsvReport} write the same numbers for machines and spreadsheets.
 */
module org.alignkit.report {
  requires transitive org.alignkit.core;
  requires transitive org.alignkit.scoring;
  requires transitive org.alignkit.analysis;
  requires com.google.common;
  requires freemarker;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  requires static transitive org.apiguardian.api;

  exports org.alignkit.report;
}
