/**
 * AlignKit core: the indicator model of the Alignment Framework.
 *
 * <p>Frameworks (domains, components, indicators, scales and level descriptors in several
 * languages), stakeholder groups, assessments with their ratings, and exercises (one round of
 * assessments by several groups). Every value is immutable and validated when it is built.
 */
module org.alignkit.core {
  requires com.google.common;
  requires org.apache.commons.text;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  requires static transitive org.apiguardian.api;

  exports org.alignkit.core;
  exports org.alignkit.core.internal to
      org.alignkit.scoring,
      org.alignkit.analysis,
      org.alignkit.spec,
      org.alignkit.report,
      org.alignkit.cli,
      org.alignkit.testing;
}
