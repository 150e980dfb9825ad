package org.alignkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import org.alignkit.analysis.progress.ChangeSensitivity;
import org.alignkit.analysis.progress.ProgressSensitivity;
import org.alignkit.core.Assessment;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.Indicator;
import org.alignkit.core.Rating;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.scoring.NodeScore;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSetVariants;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.alignkit.scoring.ScoringException;
import org.alignkit.testing.AlignKitArbitraries;

/**
 * Invariants of rule sensitivity over random frameworks and rounds, with the bundled rule sets and
 * the default rules with the minimum-coverage share swept from 0.3 to 0.8.
 */
class RuleSensitivityProperties {
  /** The built-in rule sets: the five bundled ones and six sweeps of the default. */
  static final List<RuleSet> BUILT_IN = builtIn();

  private static List<RuleSet> builtIn() {
    List<RuleSet> all = new ArrayList<>(RuleSets.bundled());
    List<BigDecimal> shares = new ArrayList<>();
    for (String s : new String[] {"0.3", "0.4", "0.5", "0.6", "0.7", "0.8"}) {
      shares.add(new BigDecimal(s));
    }
    all.addAll(RuleSetVariants.sweep(RuleSets.defaultRules(), "minimum-coverage", "share", shares));
    return List.copyOf(all);
  }

  /**
   * Whether a rule set passes unanimity on a framework for a group: for every level L of the scale,
   * the assessment that rates every indicator the group may answer at L is scored, and every node
   * that has a level has level L (a node whose indicators all do not apply has none).
   */
  static boolean passesUnanimity(Framework framework, StakeholderGroup group, RuleSet ruleSet) {
    ScoringEngine engine = ScoringEngine.builder(framework).ruleSet(ruleSet).build();
    for (int level = framework.scale().min(); level <= framework.scale().max(); level++) {
      Assessment.Builder a = Assessment.builder()
          .frameworkId(framework.id())
          .frameworkVersion(framework.version())
          .country("RWA")
          .round(org.alignkit.core.Round.of("u", java.time.LocalDate.of(2026, 1, 1)))
          .group(group);
      for (Indicator i : framework.indicators()) {
        if (i.appliesTo(group)) {
          a.addRatings(Rating.of(i.id(), level));
        }
      }
      ScoreCard card;
      try {
        card = engine.score(a.build());
      } catch (ScoringException e) {
        return false;
      }
      for (FrameworkNode node : framework.nodes()) {
        NodeScore s = Sensitivities.score(card, node.id());
        if (s.level().isPresent() && s.level().getAsInt() != level) {
          return false;
        }
      }
    }
    return true;
  }

  /** The rule sets that score every assessment of the round without failing. */
  static List<RuleSet> scoring(Framework framework, Exercise exercise, List<RuleSet> ruleSets) {
    List<RuleSet> out = new ArrayList<>();
    for (RuleSet r : ruleSets) {
      try {
        Sensitivities.cards(framework, exercise, r);
        out.add(r);
      } catch (ScoringException e) {
        // e.g. PEFA M2's table on a scale or a component size it has no rows for
      }
    }
    return out;
  }

  /** A round with one group's indicators below one node all rated at one level. */
  record Unanimous(Framework framework, Exercise exercise, int group, String nodeId, int level) {}

  @Provide
  Arbitrary<Unanimous> unanimous() {
    return AlignKitArbitraries.frameworksWithExercises().flatMap(fe -> {
      Framework f = fe.get1();
      Exercise e = fe.get2();
      return Combinators.combine(
              Arbitraries.integers().between(0, e.assessments().size() - 1),
              Arbitraries.of(f.nodes()),
              Arbitraries.integers().between(f.scale().min(), f.scale().max()))
          .as((g, node, level) -> force(f, e, g, node, level));
    });
  }

  private static Unanimous force(Framework f, Exercise e, int g, FrameworkNode node, int level) {
    Assessment a = e.assessments().get(g);
    Set<String> below = new HashSet<>();
    for (Indicator i : f.indicators()) {
      if (isBelow(f, i.id(), node) && i.appliesTo(a.group())) {
        below.add(i.id());
      }
    }
    Assessment.Builder b = Assessment.builder()
        .frameworkId(a.frameworkId())
        .frameworkVersion(a.frameworkVersion())
        .country(a.country())
        .subnationalUnit(a.subnationalUnit())
        .round(a.round())
        .group(a.group());
    for (Rating r : a.ratings()) {
      if (!below.contains(r.indicatorId())) {
        b.addRatings(r);
      }
    }
    below.forEach(id -> b.addRatings(Rating.of(id, level)));
    List<Assessment> all = new ArrayList<>(e.assessments());
    all.set(g, b.build());
    return new Unanimous(f, Exercise.of(all), g, node.id(), level);
  }

  private static boolean isBelow(Framework f, String indicatorId, FrameworkNode node) {
    if (node.id().equals(f.id())) {
      return true;
    }
    for (String id = indicatorId; ; ) {
      var parent = f.parent(id);
      if (parent.isEmpty()) {
        return false;
      }
      if (parent.get().id().equals(node.id())) {
        return true;
      }
      id = parent.get().id();
    }
  }

  /**
   * A node whose inputs are unanimous (every indicator below it that the group may answer rated at
   * the same level L) is robust under every built-in rule set that passes unanimity, at level L (or
   * with no level under all, when no indicator below it applies to the group).
   */
  @Property(tries = 80)
  void aNodeWhoseInputsAreUnanimousIsRobustUnderEveryRuleSetThatPassesUnanimity(
      @ForAll("unanimous") Unanimous u) {
    StakeholderGroup group = u.exercise().assessments().get(u.group()).group();
    List<RuleSet> passing = new ArrayList<>();
    for (RuleSet r : BUILT_IN) {
      if (passesUnanimity(u.framework(), group, r)) {
        passing.add(r);
      }
    }
    assertThat(passing).extracting(RuleSet::id).contains("default", "gdhi");
    passing = scoring(u.framework(), u.exercise(), passing);
    RuleSensitivity s =
        RoundAnalyser.withDefaults().sensitivity(u.framework(), u.exercise(), passing);
    NodeSensitivity n = s.node(group.id(), u.nodeId()).orElseThrow();
    assertThat(n.isRobust()).as("%s", n).isTrue();
    n.referenceLevel().ifPresent(l -> assertThat(l).isEqualTo(u.level()));
  }

  /** Distinct built-in rule sets: some, and one more that is not among them. */
  static Arbitrary<Tuple2<List<RuleSet>, RuleSet>> someAndOneMore() {
    return Arbitraries.of(BUILT_IN)
        .list()
        .uniqueElements()
        .ofMinSize(2)
        .ofMaxSize(5)
        .map(l -> Tuple.of(List.copyOf(l.subList(0, l.size() - 1)), l.get(l.size() - 1)));
  }

  @Provide
  Arbitrary<Tuple3<Tuple2<Framework, Exercise>, List<RuleSet>, RuleSet>> roundsAndRules() {
    return Combinators.combine(AlignKitArbitraries.frameworksWithExercises(), someAndOneMore())
        .as((round, rules) -> Tuple.of(round, rules.get1(), rules.get2()));
  }

  /**
   * Adding a rule set never turns a rule-dependent node (or agenda item) robust: the rule sets that
   * disagree with the reference can only grow.
   */
  @Property(tries = 80)
  void addingARuleSetNeverTurnsARuleDependentNodeRobust(
      @ForAll("roundsAndRules") Tuple3<Tuple2<Framework, Exercise>, List<RuleSet>, RuleSet> t) {
    Framework f = t.get1().get1();
    Exercise e = t.get1().get2();
    List<RuleSet> some = scoring(f, e, t.get2());
    Assume.that(!some.isEmpty() && !some.contains(t.get3()));
    Assume.that(!scoring(f, e, List.of(t.get3())).isEmpty());
    List<RuleSet> more = new ArrayList<>(some);
    more.add(t.get3());
    RuleSensitivity before = RoundAnalyser.withDefaults().sensitivity(f, e, some);
    RuleSensitivity after = RoundAnalyser.withDefaults().sensitivity(f, e, more);
    for (NodeSensitivity n : before.nodes()) {
      NodeSensitivity m = after.node(n.groupId(), n.nodeId()).orElseThrow();
      assertThat(m.disagreeing()).containsAll(n.disagreeing());
      if (!n.isRobust()) {
        assertThat(m.isRobust()).isFalse();
      }
    }
    for (AgendaSensitivity a : before.agenda()) {
      AgendaSensitivity b = after.agendaItem(a.indicatorId()).orElseThrow();
      assertThat(b.disagreeing()).containsAll(a.disagreeing());
      if (!a.isRobust()) {
        assertThat(b.isRobust()).isFalse();
      }
    }
  }

  @Provide
  Arbitrary<Tuple3<Tuple3<Framework, Exercise, Exercise>, List<RuleSet>, RuleSet>>
      twoRoundsAndRules() {
    Arbitrary<Tuple3<Framework, Exercise, Exercise>> rounds = AlignKitArbitraries.frameworks()
        .flatMap(f -> Combinators.combine(
                AlignKitArbitraries.exercises(f), AlignKitArbitraries.exercises(f))
            .as((a, b) -> Tuple.of(f, a, b)));
    return Combinators.combine(rounds, someAndOneMore())
        .as((r, rules) -> Tuple.of(r, rules.get1(), rules.get2()));
  }

  /** Likewise for progress: adding a rule set never turns a rule-dependent change robust. */
  @Property(tries = 50)
  void addingARuleSetNeverTurnsARuleDependentChangeRobust(
      @ForAll("twoRoundsAndRules")
          Tuple3<Tuple3<Framework, Exercise, Exercise>, List<RuleSet>, RuleSet> t) {
    Framework f = t.get1().get1();
    Exercise base = t.get1().get2();
    Exercise current = t.get1().get3();
    List<RuleSet> some = scoring(f, current, scoring(f, base, t.get2()));
    Assume.that(!some.isEmpty() && !some.contains(t.get3()));
    Assume.that(!scoring(f, current, scoring(f, base, List.of(t.get3()))).isEmpty());
    List<RuleSet> more = new ArrayList<>(some);
    more.add(t.get3());
    ProgressSensitivity before = ProgressSensitivity.compare(f, base, f, current, some);
    ProgressSensitivity after = ProgressSensitivity.compare(f, base, f, current, more);
    assertThat(after.changes()).hasSameSizeAs(before.changes());
    for (ChangeSensitivity c : before.changes()) {
      ChangeSensitivity d = after.change(c.groupId(), c.nodeId()).orElseThrow();
      assertThat(d.disagreeing()).containsAll(c.disagreeing());
      if (!c.isRobust()) {
        assertThat(d.isRobust()).isFalse();
      }
    }
  }
}
