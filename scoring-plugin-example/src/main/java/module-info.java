/**
 * An example of a third-party scoring rule: a trimmed mean, registered for the module path with
 * {@code provides} and for the class path with {@code META-INF/services}. It uses only AlignKit's
 * exported API ({@code org.alignkit.scoring} and {@code org.alignkit.scoring.spi}).
 *
 * @provides org.alignkit.scoring.spi.ScoringRuleProvider the {@code trimmed-mean} rule
 */
module org.alignkit.example.rules {
  requires org.alignkit.scoring;

  exports org.alignkit.example.rules;

  provides org.alignkit.scoring.spi.ScoringRuleProvider with
      org.alignkit.example.rules.TrimmedMeanProvider;
}
