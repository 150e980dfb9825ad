package org.alignkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.NodeType;
import org.alignkit.core.Rating;
import org.alignkit.scoring.Explanation;
import org.alignkit.scoring.NodeRules;
import org.alignkit.scoring.NodeScore;
import org.alignkit.scoring.Outcome;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.RuleRef;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;

/**
 * The bundled rule sets (and the weighted mean) on the project's generated frameworks and
 * assessments (testkit): any valid assessment scores without error, scores stay on the scale, the
 * explanation agrees with the card, and the order of the ratings does not matter. (Moved from
 * scoring's tests: scoring's tests cannot use the test kit, which depends on scoring.)
 */
class TestkitScoringProperties {
  @Provide
  Arbitrary<Tuple2<Framework, Assessment>> pairs() {
    return AlignKitArbitraries.frameworksWithAssessments();
  }

  /** The weighted mean, banded to the nearest level, absent inputs left out, at every level. */
  static RuleSet weightedMeanNearestExclude() {
    NodeRules r =
        NodeRules.of(RuleRef.of("weighted-mean"), RuleRef.of("nearest"), RuleRef.of("exclude"));
    String id = "weighted-mean/nearest/exclude";
    return RuleSet.builder()
        .id(id)
        .title(id)
        .components(r)
        .domains(r)
        .framework(r)
        .build();
  }

  static List<RuleSet> ruleSets() {
    List<RuleSet> r = new ArrayList<>();
    for (RuleSet b : RuleSets.bundled()) {
      if (!b.id()
          .equals("pefa-m2")) { // needs a 4-level scale and at most 4 indicators per component
        r.add(b);
      }
    }
    r.add(weightedMeanNearestExclude());
    return r;
  }

  @Property(tries = 200)
  void validAssessmentsScoreOnTheScaleWithAgreeingExplanations(
      @ForAll("pairs") Tuple2<Framework, Assessment> p) {
    Framework f = p.get1();
    Assessment a = p.get2();
    int max = f.scale().max();
    List<Rating> shuffled = new ArrayList<>(a.ratings());
    Collections.shuffle(shuffled, new Random(a.ratings().size()));
    Assessment b = Assessment.builder()
        .frameworkId(a.frameworkId())
        .frameworkVersion(a.frameworkVersion())
        .country(a.country())
        .round(a.round())
        .group(a.group())
        .addAllRatings(shuffled)
        .build();
    for (RuleSet r : ruleSets()) {
      ScoringEngine engine = ScoringEngine.builder(f).ruleSet(r).build();
      ScoreCard card = engine.score(a);
      ScoreCard other = engine.score(b);
      List<NodeScore> nodes = new ArrayList<>(card.components());
      nodes.addAll(card.domains());
      nodes.add(card.overall());
      for (NodeScore n : nodes) {
        if (n.outcome() == Outcome.SCORED) {
          assertThat(n.score().orElseThrow().compareTo(Rational.ONE)).isGreaterThanOrEqualTo(0);
          assertThat(n.score().orElseThrow().compareTo(Rational.of(max))).isLessThanOrEqualTo(0);
          assertThat(n.level().getAsInt()).isBetween(1, max);
        }
        Explanation e = n.explanation().orElseThrow();
        assertThat(e.outcome()).isEqualTo(n.outcome());
        assertThat(e.score()).isEqualTo(n.score());
        assertThat(e.reason()).startsWith(n.id());
        NodeScore m = n.type() == NodeType.FRAMEWORK
            ? other.overall()
            : other.node(n.id()).orElseThrow();
        assertThat(m.score()).as(r.id() + " " + n.id()).isEqualTo(n.score());
        assertThat(m.level()).isEqualTo(n.level());
      }
    }
  }
}
