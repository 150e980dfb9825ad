/**
 * AlignKit scoring: maturity scores with explanations, divergence and agreement between stakeholder
 * groups, the harmonisation agenda and progress between rounds.
 *
 * <p>Rules are found through {@link org.alignkit.scoring.spi.ScoringRuleProvider}; built-in rules
 * register like third-party ones.
 *
 * @uses org.alignkit.scoring.spi.ScoringRuleProvider
 * @provides org.alignkit.scoring.spi.ScoringRuleProvider the built-in aggregation, banding and
 *     missing-data rules
 */
module org.alignkit.scoring {
  requires transitive org.alignkit.core;
  requires com.google.common;
  requires org.slf4j;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  requires static transitive org.apiguardian.api;

  exports org.alignkit.scoring;
  exports org.alignkit.scoring.spi;
  exports org.alignkit.scoring.metrics;
  exports org.alignkit.scoring.divergence;
  exports org.alignkit.scoring.progress;

  uses org.alignkit.scoring.spi.ScoringRuleProvider;

  provides org.alignkit.scoring.spi.ScoringRuleProvider with
      org.alignkit.scoring.internal.AggregationRules.Mean,
      org.alignkit.scoring.internal.AggregationRules.WeightedMean,
      org.alignkit.scoring.internal.AggregationRules.Median,
      org.alignkit.scoring.internal.AggregationRules.WeakestLink,
      org.alignkit.scoring.internal.AggregationRules.Staged,
      org.alignkit.scoring.internal.AggregationRules.KOfN,
      org.alignkit.scoring.internal.AggregationRules.LookupTable,
      org.alignkit.scoring.internal.BandingRules.Floor,
      org.alignkit.scoring.internal.BandingRules.Nearest,
      org.alignkit.scoring.internal.BandingRules.Gdhi,
      org.alignkit.scoring.internal.BandingRules.CutPoints,
      org.alignkit.scoring.internal.MissingDataRules.Exclude,
      org.alignkit.scoring.internal.MissingDataRules.Lowest,
      org.alignkit.scoring.internal.MissingDataRules.Fail,
      org.alignkit.scoring.internal.MissingDataRules.MinimumCoverage;
}
