/**
 * AlignKit scoring: the maturity scoring engine, score cards with an explanation of every level, and
 * rule sets.
 *
 * <p>Start from {@link org.alignkit.scoring.ScoringEngine} and {@link org.alignkit.scoring.RuleSets}.
 * Rule authors implement {@link org.alignkit.scoring.spi.ScoringRuleProvider} (package {@code
 * org.alignkit.scoring.spi}); rules are found through {@link java.util.ServiceLoader}, and the
 * built-in rules register exactly like third-party ones.
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
