/**
 * The {@code alignkit} command line: validate files, score assessments under one or more rule sets,
 * compare stakeholder groups, measure progress and agreement, make templates, and write the workshop
 * report.
 */
module org.alignkit.cli {
  requires org.alignkit.core;
  requires org.alignkit.scoring;
  requires org.alignkit.metrics;
  requires org.alignkit.analysis;
  requires org.alignkit.spec;
  requires org.alignkit.report;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires info.picocli;
  requires static org.apiguardian.api;

  exports org.alignkit.cli;

  opens org.alignkit.cli to
      info.picocli;
}
