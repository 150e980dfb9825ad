/**
 * AlignKit metrics: Krippendorff's alpha (nominal, ordinal, interval and ratio, with missing values)
 * over any units × coders matrix, spreads of a unit's ratings and distance matrices between coders.
 *
 * <p>Start from {@link org.alignkit.metrics.ReliabilityData} and {@link
 * org.alignkit.metrics.KrippendorffAlpha}. The module depends on no other AlignKit module: use it on
 * data of any origin.
 */
module org.alignkit.metrics {
  requires com.google.common;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  requires static transitive org.apiguardian.api;

  exports org.alignkit.metrics;
}
