package org.alignkit.examples;

import java.nio.file.Path;
import org.alignkit.analysis.AgendaItem;
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
    ScoringEngine engine =
        ScoringEngine.builder(framework).ruleSet(RuleSets.defaultRules()).build();
    // engines and analysers are immutable and thread-safe; analyse scores each group once
    RoundAnalysis analysis = RoundAnalyser.withDefaults().analyse(engine, round);
    for (ScoreCard card : analysis.cards()) {
      int level = card.overall().level().orElse(0);
      out.append(card.assessment().group().id() + ": level " + level + "\n");
      card.node("OB")
          .flatMap(n -> n.explanation())
          .ifPresent(e -> out.append("  One Budget: " + e.reason() + "\n"));
    }
    for (AgendaItem item : analysis.agenda().subList(0, Math.min(3, analysis.agendaSize()))) {
      out.append("discuss " + item.indicatorId() + ", gap " + item.gap() + "\n");
    }
    // end::embed[]
    return out.toString();
  }
}
