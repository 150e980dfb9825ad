/**
 * AlignKit analysis: what one round of the diagnostic shows, and how rounds compare.
 *
 * <p>Start from {@link org.alignkit.analysis.RoundAnalyser}: it scores every group's assessment
 * with a {@link org.alignkit.scoring.ScoringEngine} and gives a {@link
 * org.alignkit.analysis.RoundAnalysis} (divergence per indicator and node, agreement, the ranked
 * harmonisation agenda, the groups' score cards and the whole of the round). {@link
 * org.alignkit.analysis.progress.Progress} compares two rounds; {@link
 * org.alignkit.analysis.progress.Benchmarks} and {@link org.alignkit.analysis.progress.TargetProfile}
 * compare a round with a reference or a target.
 */
module org.alignkit.analysis {
  requires transitive org.alignkit.core;
  requires transitive org.alignkit.scoring;
  requires transitive org.alignkit.metrics;
  requires com.google.common;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  requires static transitive org.apiguardian.api;

  exports org.alignkit.analysis;
  exports org.alignkit.analysis.progress;
}
