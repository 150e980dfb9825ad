package org.alignkit.examples;

import java.nio.file.Path;
import org.alignkit.analysis.RoundAnalyser;
import org.alignkit.analysis.RoundAnalysis;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.alignkit.spec.SpecLoader;

/** The README's embedding example; {@code ReadmeExampleTest} keeps the two identical. */
final class EmbeddingExample {
  private EmbeddingExample() {}

  static String run(Path roundFolder) {
    StringBuilder out = new StringBuilder();
    // tag::embed[]
    SpecLoader loader = SpecLoader.defaults();
    Framework framework = loader.bundledFramework();
    Exercise round = loader.loadExercise(roundFolder, framework); // one assessment per group
    ScoringEngine engine = ScoringEngine.builder(framework)
        .ruleSet(RuleSets.defaultRules())
        .build(); // immutable, thread-safe
    RoundAnalysis analysis =
        RoundAnalyser.withDefaults().analyse(engine, round); // scores each group once
    for (ScoreCard card : analysis.cards()) {
      out.append(card.assessment().group().id())
          .append(": level ")
          .append(card.overall().level().orElse(0))
          .append('\n');
      card.node("OB")
          .flatMap(n -> n.explanation())
          .ifPresent(e -> out.append("  One Budget: ").append(e.reason()).append('\n'));
    }
    analysis.agenda().stream()
        .limit(3)
        .forEach(item -> out.append("discuss ")
            .append(item.indicatorId())
            .append(", gap ")
            .append(item.gap())
            .append('\n'));
    // end::embed[]
    return out.toString();
  }
}
