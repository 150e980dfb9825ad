package org.alignkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.Rating;
import org.alignkit.scoring.spi.AggregationRule;
import org.alignkit.scoring.spi.BandingRule;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * Invariants of every built-in rule, over generated frameworks (1-3 domains, 1-4 components, 1-4
 * indicators, 4 or 5 levels) and assessments (levels, not applicable, no information, missing).
 */
class ScoringProperties {
  static final int MISSING = -2;

  /** A framework shape, a scale and a rating code per indicator in tree order. */
  record Case(int levels, int[][] shape, List<Integer> codes, long seed) {
    Framework framework() {
      return Fixtures.framework(levels, shape);
    }

    Map<String, Integer> ratings(Framework f) {
      Map<String, Integer> m = new LinkedHashMap<>();
      for (int i = 0; i < f.indicators().size(); i++) {
        int c = codes.get(i);
        if (c != MISSING) {
          m.put(f.indicators().get(i).id(), c);
        }
      }
      return m;
    }

    Assessment assessment(Framework f) {
      return Fixtures.assessment(f, ratings(f));
    }

    int indicators() {
      int n = 0;
      for (int[] d : shape) {
        for (int c : d) {
          n += c;
        }
      }
      return n;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<int[]> domain =
        Arbitraries.integers().between(1, 4).array(int[].class).ofMinSize(1).ofMaxSize(4);
    Arbitrary<int[][]> shape = domain.array(int[][].class).ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(Arbitraries.of(4, 5), shape, Arbitraries.longs())
        .flatAs((levels, sh, seed) -> {
          int n = 0;
          for (int[] d : sh) {
            for (int c : d) {
              n += c;
            }
          }
          Arbitrary<Integer> code = Arbitraries.frequencyOf(
              net.jqwik.api.Tuple.of(12, Arbitraries.integers().between(1, levels)),
              net.jqwik.api.Tuple.of(1, Arbitraries.just(Fixtures.NA)),
              net.jqwik.api.Tuple.of(1, Arbitraries.just(Fixtures.NO_INFO)),
              net.jqwik.api.Tuple.of(1, Arbitraries.just(MISSING)));
          return code.list().ofSize(n).map(codes -> new Case(levels, sh, codes, seed));
        });
  }

  /** Every built-in aggregation rule, with parameters, usable on a scale of {@code levels}. */
  static List<RuleRef> aggregations(int levels) {
    List<RuleRef> out = new ArrayList<>();
    out.add(RuleRef.of("mean"));
    out.add(RuleRef.of("weighted-mean", Map.of("weights", Map.of("D1.C1.I1", 3, "D1", 2))));
    out.add(RuleRef.of("median"));
    out.add(RuleRef.of("weakest-link"));
    out.add(RuleRef.of("weakest-link", Map.of("plus", true)));
    out.add(RuleRef.of("staged"));
    out.add(RuleRef.of("staged", Map.of("share", "3/4")));
    out.add(RuleRef.of("k-of-n", Map.of("k", 2, "threshold", 3)));
    if (levels == 4) {
      out.add(RuleSets.pefaM2().components().aggregation().orElseThrow());
    }
    return out;
  }

  static List<RuleRef> bandings(int levels) {
    List<Object> cuts = new ArrayList<>();
    for (int l = 2; l <= levels; l++) {
      cuts.add(l - 0.5);
    }
    return List.of(
        RuleRef.of("floor"),
        RuleRef.of("nearest"),
        RuleRef.of("gdhi"),
        RuleRef.of("cut-points", Map.of("cutPoints", cuts)));
  }

  static final List<RuleRef> MISSING_RULES = List.of(
      RuleRef.of("exclude"),
      RuleRef.of("lowest"),
      RuleRef.of("minimum-coverage", Map.of("share", "1/2")));

  /** The rule at components; the same above, except a lookup table (grades only) uses the median. */
  static RuleSet ruleSet(RuleRef agg, RuleRef band, RuleRef miss) {
    RuleRef above = agg.id().equals("lookup-table") ? RuleRef.of("median") : agg;
    return RuleSet.builder()
        .id(agg.id() + "-" + band.id() + "-" + miss.id())
        .title("property")
        .components(NodeRules.of(agg, band, miss))
        .domains(NodeRules.of(above, band, miss))
        .framework(NodeRules.of(above, band, miss))
        .build();
  }

  /** Every combination of rules for a scale. */
  static List<RuleSet> ruleSets(int levels) {
    List<RuleSet> out = new ArrayList<>();
    for (RuleRef a : aggregations(levels)) {
      for (RuleRef b : bandings(levels)) {
        for (RuleRef m : MISSING_RULES) {
          out.add(ruleSet(a, b, m));
        }
      }
    }
    return out;
  }

  /** A deterministic pick of rule sets for one case, to keep each try cheap. */
  static List<RuleSet> pick(Case c, int count) {
    List<RuleSet> all = new ArrayList<>(ruleSets(c.levels()));
    Collections.shuffle(all, new Random(c.seed()));
    return all.subList(0, Math.min(count, all.size()));
  }

  static ScoreCard score(Framework f, RuleSet r, Assessment a) {
    return Fixtures.engine(f, r).score(a);
  }

  static List<NodeScore> nodes(ScoreCard card) {
    List<NodeScore> n = new ArrayList<>(card.components());
    n.addAll(card.domains());
    n.add(card.overall());
    return n;
  }

  @Property(tries = 300)
  void scoresAndLevelsStayOnTheScale(@ForAll("cases") Case c) {
    Framework f = c.framework();
    for (RuleSet r : pick(c, 12)) {
      for (NodeScore n : nodes(score(f, r, c.assessment(f)))) {
        if (n.outcome() == Outcome.SCORED) {
          assertThat(n.score().orElseThrow().compareTo(Rational.ONE))
              .as(r.id())
              .isGreaterThanOrEqualTo(0);
          assertThat(n.score().orElseThrow().compareTo(Rational.of(c.levels())))
              .as(r.id())
              .isLessThanOrEqualTo(0);
          assertThat(n.level().getAsInt()).isBetween(1, c.levels());
        } else {
          assertThat(n.score()).isEmpty();
          assertThat(n.level()).isEmpty();
        }
      }
    }
  }

  @Property(tries = 200)
  void unanimityGivesThatLevelEverywhere(@ForAll("cases") Case c) {
    Framework f = c.framework();
    int k = 1 + (int) Math.floorMod(c.seed(), c.levels());
    Assessment a = Fixtures.assessment(f, Fixtures.all(f, k));
    for (RuleSet r : ruleSets(c.levels())) {
      if (r.components().aggregation().orElseThrow().id().equals("k-of-n")) {
        continue; // k of n gives met / not met, not the inputs' level
      }
      for (NodeScore n : nodes(score(f, r, a))) {
        assertThat(n.score()).as(r.id() + " " + n.id()).contains(Rational.of(k));
        assertThat(n.level()).as(r.id()).hasValue(k);
      }
    }
  }

  @Property(tries = 300)
  void raisingOneRatingNeverLowersAnyScoreOrLevel(@ForAll("cases") Case c) {
    Framework f = c.framework();
    List<Integer> raisable = new ArrayList<>();
    for (int i = 0; i < c.codes().size(); i++) {
      if (c.codes().get(i) >= 1 && c.codes().get(i) < c.levels()) {
        raisable.add(i);
      }
    }
    if (raisable.isEmpty()) {
      return;
    }
    int which = raisable.get((int) Math.floorMod(c.seed(), raisable.size()));
    List<Integer> up = new ArrayList<>(c.codes());
    up.set(which, up.get(which) + 1);
    Case raised = new Case(c.levels(), c.shape(), up, c.seed());
    for (RuleSet r : pick(c, 15)) {
      List<NodeScore> before = nodes(score(f, r, c.assessment(f)));
      List<NodeScore> after = nodes(score(f, r, raised.assessment(f)));
      for (int i = 0; i < before.size(); i++) {
        NodeScore b = before.get(i);
        NodeScore x = after.get(i);
        assertThat(x.outcome()).isEqualTo(b.outcome());
        if (b.outcome() == Outcome.SCORED) {
          assertThat(x.score().orElseThrow().compareTo(b.score().orElseThrow()))
              .as(r.id() + " " + b.id())
              .isGreaterThanOrEqualTo(0);
          assertThat(x.level().getAsInt())
              .as(r.id())
              .isGreaterThanOrEqualTo(b.level().getAsInt());
        }
      }
    }
  }

  @Property(tries = 200)
  void orderOfRatingsAndOfTheFrameworksChildrenDoesNotMatter(@ForAll("cases") Case c) {
    Framework f = c.framework();
    Assessment a = c.assessment(f);
    List<Rating> shuffled = new ArrayList<>(a.ratings());
    Collections.shuffle(shuffled, new Random(c.seed()));
    Assessment b = Fixtures.assessment(f, "1.0", shuffled);
    // the same framework with every list of children reversed
    int[][] reversedShape = new int[c.shape().length][];
    for (int d = 0; d < c.shape().length; d++) {
      reversedShape[d] = c.shape()[d].clone();
    }
    Framework g = reversed(f);
    Assessment onG = Fixtures.assessment(g, "1.0", shuffled);
    for (RuleSet r : pick(c, 12)) {
      ScoreCard x = score(f, r, a);
      ScoreCard y = score(f, r, b);
      ScoreCard z = score(g, r, onG);
      for (NodeScore n : nodes(x)) {
        NodeScore m = n.type() == org.alignkit.core.NodeType.FRAMEWORK
            ? y.overall()
            : y.node(n.id()).orElseThrow();
        NodeScore o = n.type() == org.alignkit.core.NodeType.FRAMEWORK
            ? z.overall()
            : z.node(n.id()).orElseThrow();
        assertThat(m.score()).isEqualTo(n.score());
        assertThat(o.score()).as(r.id() + " " + n.id()).isEqualTo(n.score());
        assertThat(o.level()).isEqualTo(n.level());
        assertThat(o.outcome()).isEqualTo(n.outcome());
      }
    }
  }

  static Framework reversed(Framework f) {
    Framework.Builder b =
        Framework.builder().id(f.id()).version(f.version()).title(f.title()).scale(f.scale());
    List<org.alignkit.core.Domain> ds = new ArrayList<>();
    for (org.alignkit.core.Domain d : f.domains()) {
      List<org.alignkit.core.Component> cs = new ArrayList<>();
      for (org.alignkit.core.Component c : d.components()) {
        List<org.alignkit.core.Indicator> is = new ArrayList<>(c.indicators());
        Collections.reverse(is);
        cs.add(org.alignkit.core.Component.builder()
            .id(c.id())
            .title(c.title())
            .addAllIndicators(is)
            .build());
      }
      Collections.reverse(cs);
      ds.add(org.alignkit.core.Domain.builder()
          .id(d.id())
          .title(d.title())
          .addAllComponents(cs)
          .build());
    }
    Collections.reverse(ds);
    return b.addAllDomains(ds).build();
  }

  @Property(tries = 300)
  void weakestLinkBelowMedianAndMeanBelowMaxAndStagedBelowFloorOfMean(@ForAll("cases") Case c) {
    Framework f = c.framework();
    Assessment a = c.assessment(f);
    RuleRef floor = RuleRef.of("floor");
    RuleRef exclude = RuleRef.of("exclude");
    ScoreCard weakest = score(f, ruleSet(RuleRef.of("weakest-link"), floor, exclude), a);
    ScoreCard median = score(f, ruleSet(RuleRef.of("median"), floor, exclude), a);
    ScoreCard mean = score(f, ruleSet(RuleRef.of("mean"), floor, exclude), a);
    ScoreCard staged = score(f, ruleSet(RuleRef.of("staged"), floor, exclude), a);
    for (NodeScore comp : mean.components()) {
      if (comp.outcome() != Outcome.SCORED) {
        continue;
      }
      Rational w = weakest.node(comp.id()).orElseThrow().score().orElseThrow();
      Rational md = median.node(comp.id()).orElseThrow().score().orElseThrow();
      Rational mn = comp.score().orElseThrow();
      Rational max = comp.explanation().orElseThrow().inputs().stream()
          .flatMap(i -> i.used().stream())
          .reduce(Rational::max)
          .orElseThrow();
      assertThat(w.compareTo(md)).isLessThanOrEqualTo(0);
      assertThat(w.compareTo(mn)).isLessThanOrEqualTo(0);
      assertThat(md.compareTo(max)).isLessThanOrEqualTo(0);
      assertThat(mn.compareTo(max)).isLessThanOrEqualTo(0);
      Rational st = staged.node(comp.id()).orElseThrow().score().orElseThrow();
      assertThat(st.compareTo(Rational.of(mn.floorInt()))).isLessThanOrEqualTo(0);
    }
  }

  static BandingRule banding(RuleRef ref, int levels) {
    ScoringRuleProvider p = RuleRegistry.with(List.of()).provider(ref.id()).orElseThrow();
    return (BandingRule)
        p.create(RuleSettings.of(ref.id(), "test", ref.parameters(), p.parameters(), 1, levels));
  }

  @Property
  void bandingIsMonotoneAndIdempotent(
      @ForAll("scores") Rational x, @ForAll("scores") Rational y, @ForAll("levels") int levels) {
    Rational lo = x.min(y);
    Rational hi = x.max(y);
    for (RuleRef ref : bandings(levels)) {
      BandingRule b = banding(ref, levels);
      int l = b.level(lo, 1, levels);
      assertThat(l).isLessThanOrEqualTo(b.level(hi, 1, levels));
      assertThat(b.level(Rational.of(l), 1, levels)).as(ref.id()).isEqualTo(l);
      assertThat(l).isBetween(1, levels);
    }
  }

  @Provide
  Arbitrary<Integer> levels() {
    return Arbitraries.of(4, 5);
  }

  @Provide
  Arbitrary<Rational> scores() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5000), Arbitraries.integers().between(1, 1000))
        .as((n, d) -> Rational.of(n, d).min(Rational.of(5)))
        .edgeCases(e -> e.add(Rational.of(5, 2)));
  }

  @Property(tries = 200)
  void addingANotApplicableIndicatorChangesNothing(@ForAll("cases") Case c) {
    Framework f = c.framework();
    int d = (int) Math.floorMod(c.seed(), c.shape().length);
    int k = (int) Math.floorMod(c.seed() >> 8, c.shape()[d].length);
    if (c.shape()[d][k] >= 4) {
      return; // keep components within the PEFA table's 4 inputs
    }
    int[][] bigger = new int[c.shape().length][];
    for (int i = 0; i < bigger.length; i++) {
      bigger[i] = c.shape()[i].clone();
    }
    bigger[d][k]++;
    Framework g = Fixtures.framework(c.levels(), bigger);
    Map<String, Integer> ratings = c.ratings(f);
    String added = "D" + (d + 1) + ".C" + (k + 1) + ".I" + bigger[d][k];
    ratings.put(added, Fixtures.NA);
    Assessment onG = Fixtures.assessment(g, ratings);
    for (RuleSet r : pick(c, 12)) {
      ScoreCard x = score(f, r, c.assessment(f));
      ScoreCard y = score(g, r, onG);
      List<NodeScore> xs = nodes(x);
      List<NodeScore> ys = nodes(y);
      for (int i = 0; i < xs.size(); i++) {
        assertThat(ys.get(i).score()).as(r.id()).isEqualTo(xs.get(i).score());
        assertThat(ys.get(i).level()).isEqualTo(xs.get(i).level());
        assertThat(ys.get(i).outcome()).isEqualTo(xs.get(i).outcome());
      }
    }
  }

  @Property(tries = 200)
  void explanationInputsReproduceTheScore(@ForAll("cases") Case c) {
    Framework f = c.framework();
    RuleRegistry registry = RuleRegistry.with(List.of());
    for (RuleSet r : pick(c, 10)) {
      ScoreCard card = score(f, r, c.assessment(f));
      for (NodeScore n : nodes(card)) {
        Explanation e = n.explanation().orElseThrow();
        assertThat(e.score()).isEqualTo(n.score());
        assertThat(e.level()).isEqualTo(n.level());
        if (n.outcome() != Outcome.SCORED) {
          continue;
        }
        ScoringRuleProvider p = registry.provider(e.aggregation().id()).orElseThrow();
        AggregationRule rule = (AggregationRule) p.create(RuleSettings.of(
            p.id(), "test", e.aggregation().parameters(), p.parameters(), 1, c.levels()));
        ScoringEngine.Inputs in = new ScoringEngine.Inputs(e.inputs().size(), 1, c.levels());
        Rational[] weights = new Rational[e.inputs().size()];
        String[] ids = new String[e.inputs().size()];
        for (int j = 0; j < e.inputs().size(); j++) {
          ExplanationInput i = e.inputs().get(j);
          weights[j] = i.weight();
          ids[j] = i.id();
          if (i.used().isPresent()) {
            in.values[in.size] = i.used().get();
            in.child[in.size] = j;
            in.size++;
          }
        }
        in.nodeId = n.id();
        in.childWeights = weights;
        in.childIds = ids;
        assertThat(rule.aggregate(in))
            .as(r.id() + " " + n.id())
            .isEqualTo(n.score().orElseThrow());
        assertThat(banding(e.banding(), c.levels()).level(n.score().orElseThrow(), 1, c.levels()))
            .isEqualTo(n.level().getAsInt());
        if (e.nextLevel().isPresent() && !e.neededForNextLevel().isEmpty()) {
          // applying the raises reaches the next level
          for (Raise raise : e.neededForNextLevel()) {
            for (int i = 0; i < in.size; i++) {
              if (in.id(i).equals(raise.id())) {
                in.values[i] = Rational.of(raise.to());
              }
            }
          }
          int reached = banding(e.banding(), c.levels()).level(rule.aggregate(in), 1, c.levels());
          assertThat(reached).isGreaterThanOrEqualTo(e.nextLevel().getAsInt());
        }
      }
    }
  }

  @Example
  void sixteenThreadsGiveTheSameCardsAsOne() throws Exception {
    Framework f = Fixtures.reference();
    Random random = new Random(42);
    List<Assessment> batch = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Map<String, Integer> m = new LinkedHashMap<>();
      for (var ind : f.indicators()) {
        int r = random.nextInt(8);
        if (r < 6) {
          m.put(ind.id(), 1 + random.nextInt(5));
        } else if (r == 6) {
          m.put(ind.id(), random.nextBoolean() ? Fixtures.NA : Fixtures.NO_INFO);
        }
      }
      batch.add(Fixtures.assessment(f, m));
    }
    for (RuleSet r :
        List.of(RuleSets.defaultRules(), RuleSets.pefaM1(), RuleSets.gdhi(), RuleSets.staged())) {
      ScoringEngine engine = Fixtures.engine(f, r);
      List<ScoreCard> one = engine.scoreAll(batch.stream()).collect(Collectors.toList());
      ExecutorService pool = Executors.newFixedThreadPool(16);
      try {
        List<Future<ScoreCard>> futures = new ArrayList<>();
        for (Assessment a : batch) {
          futures.add(pool.submit(() -> engine.score(a)));
        }
        List<ScoreCard> many = new ArrayList<>();
        for (Future<ScoreCard> fu : futures) {
          many.add(fu.get());
        }
        assertThat(many).isEqualTo(one);
      } finally {
        pool.shutdown();
      }
      List<ScoreCard> parallel =
          engine.scoreAll(batch.parallelStream()).collect(Collectors.toList());
      assertThat(parallel).isEqualTo(one);
    }
  }
}
