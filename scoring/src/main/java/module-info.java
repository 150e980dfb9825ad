/**
 * AlignKit scoring: maturity scores with explanations, divergence and agreement between stakeholder
 * groups, the harmonisation agenda and progress between rounds.
 *
 * <p>Rules are found through {@link org.alignkit.scoring.spi.ScoringRuleProvider}; built-in rules
 * register like third-party ones.
 *
 * @uses org.alignkit.scoring.spi.ScoringRuleProvider
 */
module org.alignkit.scoring {
  requires transitive org.alignkit.core;
  requires com.google.common;
  requires org.slf4j;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  requires static transitive org.apiguardian.api;

  // alpha and divergence branches: packages empty here; restored at merge
  // exports org.alignkit.scoring;
  // exports org.alignkit.scoring.spi;
  exports org.alignkit.scoring.metrics;
  exports org.alignkit.scoring.divergence;
  exports org.alignkit.scoring.progress;

  // uses org.alignkit.scoring.spi.ScoringRuleProvider;
}
