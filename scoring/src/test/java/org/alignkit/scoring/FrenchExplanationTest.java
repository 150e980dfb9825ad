package org.alignkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.junit.jupiter.api.Test;

/** Explanations in French: the same facts as the English sentence, said in French. */
class FrenchExplanationTest {
  @Test
  void everyExplanationHasAFrenchSentence() {
    for (RuleSet rules : RuleSets.bundled()) {
      // PEFA M2's conversion table is for a 4-level scale.
      int levels = rules.id().equals("pefa-m2") ? 4 : 5;
      check(rules, Fixtures.framework(levels, new int[][] {{3, 3, 3, 4}, {3, 2, 1}}), levels);
    }
  }

  private static void check(RuleSet rules, Framework f, int levels) {
    java.util.List<Assessment> assessments = new java.util.ArrayList<>();
    for (int level = 1; level <= levels; level++) {
      assessments.add(Fixtures.assessment(f, Fixtures.all(f, level)));
    }
    // Mixed: some not applicable, some without information, some not rated at all.
    java.util.Map<String, Integer> mixed = new java.util.LinkedHashMap<>();
    int k = 0;
    for (var i : f.indicators()) {
      int v = k % 7 == 0 ? Fixtures.NA : k % 5 == 0 ? Fixtures.NO_INFO : 1 + k % levels;
      if (k % 3 != 1) {
        mixed.put(i.id(), v);
      }
      k++;
    }
    assessments.add(Fixtures.assessment(f, mixed));
    {
      ScoringEngine engine =
          ScoringEngine.builder(f).ruleSet(rules).explanations(true).build();
      for (Assessment a : assessments) {
        ScoreCard card = engine.score(a);
        java.util.List<NodeScore> nodes = new java.util.ArrayList<>(card.components());
        nodes.addAll(card.domains());
        nodes.add(card.overall());
        for (NodeScore s : nodes) {
          s.explanation().ifPresent(x -> {
            assertThat(x.reason(Locale.ENGLISH)).isEqualTo(x.reason());
            assertThat(x.reason(Locale.CANADA_FRENCH)).isEqualTo(x.reason(Locale.FRENCH));
            String fr = x.reason(Locale.FRENCH);
            assertThat(fr).startsWith(x.nodeId()).isNotEqualTo(x.reason());
            assertThat(fr)
                .doesNotContain(" gives ")
                .doesNotContain(" banding ")
                .doesNotContain("has no score")
                .doesNotContain("is not reached");
            x.level().ifPresent(l -> assertThat(fr).contains("donne le niveau " + l));
            x.nextLevel().ifPresent(n -> assertThat(fr).contains("le niveau " + n));
          });
        }
      }
    }
  }
}
