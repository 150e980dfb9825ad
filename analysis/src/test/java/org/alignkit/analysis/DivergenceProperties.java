package org.alignkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.metrics.AlphaResult;
import org.alignkit.metrics.DistanceMatrix;
import org.alignkit.metrics.Metric;
import org.alignkit.testing.AlignKitArbitraries;

/** Invariants of divergence, distances and agreement over random frameworks and exercises. */
class DivergenceProperties {
  private static final RoundAnalyser ANALYSER = RoundAnalyser.withDefaults();

  @Provide
  Arbitrary<Tuple2<Framework, Exercise>> rounds() {
    return AlignKitArbitraries.frameworksWithExercises();
  }

  /** Complete level matrices: 1 to 15 indicators × 2 to 5 groups, levels 1..5, all rated. */
  @Provide
  Arbitrary<int[][]> complete() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 15), Arbitraries.integers().between(2, 5))
        .flatAs((units, groups) -> Arbitraries.integers()
            .between(1, 5)
            .array(int[].class)
            .ofSize(groups)
            .array(int[][].class)
            .ofSize(units));
  }

  /**
   * The analysis's answers read the round's arrays; they must be exactly the answers the builder
   * makes from each group's rating (equal, same hash code, same text), whether the ratings are
   * listed in the framework's order or shuffled; the same for the spreads of the levels and the
   * agenda's items.
   */
  @Property(tries = 200)
  void answersEqualTheBuiltAnswersOfEachRating(
      @ForAll("rounds") Tuple2<Framework, Exercise> r, @ForAll Random random) {
    Framework f = r.get1();
    Exercise e = r.get2();
    Assume.that(e.assessments().size() >= 2);
    List<Assessment> shuffled = new ArrayList<>();
    for (Assessment a : e.assessments()) {
      List<org.alignkit.core.Rating> ratings = new ArrayList<>(a.ratings());
      Collections.shuffle(ratings, random);
      shuffled.add(Assessment.builder()
          .frameworkId(a.frameworkId())
          .frameworkVersion(a.frameworkVersion())
          .country(a.country())
          .subnationalUnit(a.subnationalUnit())
          .round(a.round())
          .group(a.group())
          .addAllRespondents(a.respondents())
          .addAllRatings(ratings)
          .build());
    }
    for (Exercise round : List.of(e, Exercise.of(shuffled))) {
      RoundAnalysis analysis = ANALYSER.analyse(f, round);
      List<Indicator> indicators = f.indicators();
      for (int u = 0; u < indicators.size(); u++) {
        Indicator indicator = indicators.get(u);
        IndicatorDivergence d = analysis.indicators().get(u);
        assertThat(d.indicatorId()).isEqualTo(indicator.id());
        for (int g = 0; g < round.assessments().size(); g++) {
          Assessment a = round.assessments().get(g);
          GroupAnswer built =
              GroupAnswer.of(f.scale(), indicator, a.group(), a.rating(indicator.id()));
          GroupAnswer read = d.answers().get(g);
          assertThat(read).isEqualTo(built);
          assertThat(built).isEqualTo(read);
          assertThat(read).hasSameHashCodeAs(built).hasToString(built.toString());
          assertThat(read.isRated()).isEqualTo(built.isRated());
        }
        // The spread read from the round's arrays is the spread built from the levels given.
        int[] levels = d.answers().stream()
            .filter(GroupAnswer::isRated)
            .mapToInt(a -> a.level().getAsInt())
            .sorted()
            .toArray();
        if (levels.length == 0) {
          assertThat(d.spread()).isEmpty();
        } else {
          Spread built = Spread.ofLevels(
              java.util.Arrays.stream(levels).boxed().toList(), f.scale().span());
          Spread read = d.spread().orElseThrow();
          assertThat(read).isEqualTo(built);
          assertThat(built).isEqualTo(read);
          assertThat(read).hasSameHashCodeAs(built).hasToString(built.toString());
          assertThat(read.range()).isEqualTo(built.range());
          assertThat(read.normalisedMeanAbsolutePairwiseDifference())
              .isEqualTo(built.normalisedMeanAbsolutePairwiseDifference());
        }
      }
      // Each agenda item equals the item built from its indicator's divergence.
      int rank = 0;
      for (AgendaItem item : analysis.agenda()) {
        rank++;
        int u = indicators.indexOf(f.indicator(item.indicatorId()).orElseThrow());
        IndicatorDivergence d = analysis.indicators().get(u);
        Spread spread = d.spread().orElseThrow();
        AgendaItem built = AgendaItem.of(rank, indicators.get(u).title(), d);
        assertThat(item.lowestGroups()).isEqualTo(groupsAt(d, spread.minimum().intValueExact()));
        assertThat(item.highestGroups()).isEqualTo(groupsAt(d, spread.maximum().intValueExact()));
        assertThat(item.apartFromOthers()).isEqualTo(d.apartFromOthers());
        assertThat(item.reasons()).isEqualTo(d.reasons()).isNotEmpty();
        assertThat(item).isEqualTo(built);
        assertThat(built).isEqualTo(item);
        assertThat(item).hasSameHashCodeAs(built).hasToString(built.toString());
        assertThat(item.gap()).isEqualTo(built.gap());
      }
    }
  }

  private static List<String> groupsAt(IndicatorDivergence d, int level) {
    List<String> out = new ArrayList<>();
    for (GroupAnswer a : d.answers()) {
      if (a.isRated() && a.level().getAsInt() == level) {
        out.add(a.groupId());
      }
    }
    return out;
  }

  /**
   * The one-call entry point (scores from the engine, read from the cards) and the general one
   * (node scores as decimals, assessments checked again) give the same analysis: the same answers,
   * spreads, reasons, agenda and agreement, and node spreads on the same scores.
   */
  @Property(tries = 200)
  void scoringEntryPointAgreesWithNodeScores(@ForAll("rounds") Tuple2<Framework, Exercise> r) {
    Framework f = r.get1();
    Exercise e = r.get2();
    Assume.that(e.assessments().size() >= 2);
    org.alignkit.scoring.ScoringEngine engine =
        org.alignkit.scoring.ScoringEngine.builder(f).build();
    List<org.alignkit.scoring.ScoreCard> cards = new ArrayList<>();
    Map<String, NodeScores> decimals = new java.util.LinkedHashMap<>();
    for (Assessment a : e.assessments()) {
      org.alignkit.scoring.ScoreCard card = engine.score(a);
      cards.add(card);
      decimals.put(a.group().id(), NodeScores.of(card));
    }
    RoundAnalysis viaEngine = ANALYSER.analyse(engine, e);
    RoundAnalysis viaCards = ANALYSER.analyse(cards);
    RoundAnalysis viaDecimals = ANALYSER.analyse(f, e, decimals);
    assertThat(viaCards).isEqualTo(viaEngine);
    assertThat(viaEngine.indicators()).isEqualTo(viaDecimals.indicators());
    assertThat(viaEngine.agenda()).isEqualTo(viaDecimals.agenda());
    assertThat(viaEngine.agreement()).isEqualTo(viaDecimals.agreement());
    assertThat(viaEngine.agreementByDomain()).isEqualTo(viaDecimals.agreementByDomain());
    assertThat(viaEngine.nodes()).hasSameSizeAs(viaDecimals.nodes());
    for (int i = 0; i < viaEngine.nodes().size(); i++) {
      NodeDivergence x = viaEngine.nodes().get(i);
      NodeDivergence y = viaDecimals.nodes().get(i);
      assertThat(x.nodeId()).isEqualTo(y.nodeId());
      assertThat(x.scores()).isEqualTo(y.scores());
      assertThat(x.unscored()).isEqualTo(y.unscored());
      assertThat(x.spread().isPresent()).isEqualTo(y.spread().isPresent());
      x.spread().ifPresent(s -> {
        Spread t = y.spread().orElseThrow();
        assertThat(s.minimum()).isEqualTo(t.minimum());
        assertThat(s.maximum()).isEqualTo(t.maximum());
        assertThat(s.median()).isEqualTo(t.median());
        assertThat(s.standardDeviation()).isCloseTo(t.standardDeviation(), within(1e-12));
      });
    }
  }

  @Property(tries = 300)
  void divergenceIsZeroExactlyWhenAllGroupsAgree(@ForAll("rounds") Tuple2<Framework, Exercise> r) {
    RoundAnalysis a = ANALYSER.analyse(r.get1(), r.get2());
    for (IndicatorDivergence d : a.indicators()) {
      Set<Integer> levels = new HashSet<>();
      d.answers().forEach(x -> x.level().ifPresent(levels::add));
      assertThat(d.spread().isPresent()).isEqualTo(!levels.isEmpty());
      if (levels.isEmpty()) {
        continue;
      }
      Spread s = d.spread().orElseThrow();
      boolean agree = levels.size() == 1;
      assertThat(s.range().signum() == 0).isEqualTo(agree);
      assertThat(s.standardDeviation() == 0.0).isEqualTo(agree);
      s.meanAbsolutePairwiseDifference().ifPresent(m -> assertThat(m == 0.0).isEqualTo(agree));
      assertThat(d.outliers().isEmpty()).isEqualTo(agree);
      if (agree) {
        assertThat(d.reasons()).isEmpty();
      }
      assertThat(s.count())
          .isEqualTo((int) d.answers().stream().filter(GroupAnswer::isRated).count());
    }
  }

  @Property(tries = 300)
  void measuresDoNotDependOnTheOrderOfGroups(
      @ForAll("rounds") Tuple2<Framework, Exercise> r, @ForAll long seed) {
    Framework f = r.get1();
    Exercise e = r.get2();
    List<Assessment> shuffled = new ArrayList<>(e.assessments());
    Collections.shuffle(shuffled, new Random(seed));
    Exercise p = Exercise.of(shuffled);
    Map<String, NodeScores> scores = TestRounds.means(f, e);
    RoundAnalysis a = ANALYSER.analyse(f, e, scores);
    RoundAnalysis b = ANALYSER.analyse(f, p, scores);
    for (int i = 0; i < a.indicators().size(); i++) {
      IndicatorDivergence x = a.indicators().get(i);
      IndicatorDivergence y = b.indicators().get(i);
      assertThat(y.spread()).isEqualTo(x.spread());
      assertThat(y.reasons()).isEqualTo(x.reasons());
      assertThat(new HashSet<>(y.outliers())).isEqualTo(new HashSet<>(x.outliers()));
      assertThat(new HashSet<>(y.apartFromOthers())).isEqualTo(new HashSet<>(x.apartFromOthers()));
      assertThat(new HashSet<>(y.answers())).isEqualTo(new HashSet<>(x.answers()));
    }
    for (int i = 0; i < a.nodes().size(); i++) {
      assertThat(b.nodes().get(i).spread()).isEqualTo(a.nodes().get(i).spread());
    }
    assertThat(b.agenda().stream().map(AgendaItem::indicatorId))
        .containsExactlyElementsOf(
            a.agenda().stream().map(AgendaItem::indicatorId).toList());
    assertSameAlpha(a.agreement(), b.agreement(), 1e-12);
    assertSameDistances(a, b);
  }

  @Property(tries = 300)
  void measuresDoNotDependOnTheOrderOfIndicators(@ForAll("rounds") Tuple2<Framework, Exercise> r) {
    Framework f = r.get1();
    Framework reversed = reversed(f);
    RoundAnalysis a = ANALYSER.analyse(f, r.get2());
    RoundAnalysis b = ANALYSER.analyse(reversed, r.get2());
    for (IndicatorDivergence x : a.indicators()) {
      IndicatorDivergence y = b.indicator(x.indicatorId()).orElseThrow();
      assertThat(y.spread()).isEqualTo(x.spread());
      assertThat(y.reasons()).isEqualTo(x.reasons());
      assertThat(y.outliers()).isEqualTo(x.outliers());
    }
    assertThat(b.agenda().stream().map(AgendaItem::indicatorId).sorted())
        .containsExactlyElementsOf(
            a.agenda().stream().map(AgendaItem::indicatorId).sorted().toList());
    assertSameAlpha(a.agreement(), b.agreement(), 1e-9);
    for (String domain : a.agreementByDomain().keySet()) {
      assertSameAlpha(a.agreementByDomain().get(domain), b.agreementByDomain().get(domain), 1e-9);
    }
    DistanceMatrix x = a.agreement().distances();
    DistanceMatrix y = b.agreement().distances();
    for (int i = 0; i < x.size(); i++) {
      for (int j = 0; j < x.size(); j++) {
        assertThat(y.sharedUnits(i, j)).isEqualTo(x.sharedUnits(i, j));
        if (Double.isNaN(x.distance(i, j))) {
          assertThat(y.distance(i, j)).isNaN();
        } else {
          assertThat(y.distance(i, j)).isCloseTo(x.distance(i, j), within(1e-12));
        }
      }
    }
  }

  @Property(tries = 300)
  void distanceMatrixIsSymmetricWithZeroDiagonal(@ForAll("rounds") Tuple2<Framework, Exercise> r) {
    RoundAnalysis a = ANALYSER.analyse(r.get1(), r.get2());
    List<Agreement> all = new ArrayList<>(a.agreementByDomain().values());
    all.add(a.agreement());
    for (Agreement g : all) {
      DistanceMatrix d = g.distances();
      for (int i = 0; i < d.size(); i++) {
        assertThat(d.distance(i, i)).isZero();
        for (int j = 0; j < d.size(); j++) {
          assertThat(Double.compare(d.distance(i, j), d.distance(j, i))).isZero();
          if (!Double.isNaN(d.distance(i, j))) {
            assertThat(d.distance(i, j))
                .isBetween(0.0, (double) r.get1().scale().span());
          }
        }
      }
    }
  }

  @Property
  void distancesSatisfyTheTriangleInequalityWhenEveryGroupRatedEveryIndicator(
      @ForAll("complete") int[][] levels) {
    Tuple2<Framework, Exercise> r = fromMatrix(levels);
    DistanceMatrix d = ANALYSER.analyse(r.get1(), r.get2()).agreement().distances();
    for (int i = 0; i < d.size(); i++) {
      for (int j = 0; j < d.size(); j++) {
        for (int k = 0; k < d.size(); k++) {
          assertThat(d.distance(i, k))
              .isLessThanOrEqualTo(d.distance(i, j) + d.distance(j, k) + 1e-12);
        }
      }
    }
  }

  @Property(tries = 300)
  void alphaIsNeverAboveOne(@ForAll("rounds") Tuple2<Framework, Exercise> r) {
    RoundAnalysis a = ANALYSER.analyse(r.get1(), r.get2());
    List<Agreement> all = new ArrayList<>(a.agreementByDomain().values());
    all.add(a.agreement());
    for (Agreement g : all) {
      for (Metric m : Metric.values()) {
        AlphaResult x = g.alpha(m);
        assertThat(Double.isNaN(x.alpha()) || x.alpha() <= 1.0).isTrue();
      }
    }
  }

  @Property
  void alphaIsOneForPerfectAgreement(@ForAll("complete") int[][] levels) {
    int[][] same = new int[levels.length][];
    Set<Integer> used = new HashSet<>();
    for (int u = 0; u < levels.length; u++) {
      same[u] = new int[levels[u].length];
      java.util.Arrays.fill(same[u], levels[u][0]);
      used.add(levels[u][0]);
    }
    Assume.that(used.size() >= 2); // with one value in use alpha is 0/0, undefined
    Tuple2<Framework, Exercise> r = fromMatrix(same);
    RoundAnalysis a = ANALYSER.analyse(r.get1(), r.get2());
    for (Metric m : Metric.values()) {
      assertThat(a.agreement().alpha(m).alpha()).as(m.name()).isEqualTo(1.0);
    }
    assertThat(a.agenda()).isEmpty();
  }

  @Property(tries = 300)
  void addingAGroupIdenticalToAnotherNeverRaisesTheRange(
      @ForAll("rounds") Tuple2<Framework, Exercise> r, @ForAll long seed) {
    Framework f = r.get1();
    Exercise e = r.get2();
    Assessment original =
        e.assessments().get(new Random(seed).nextInt(e.assessments().size()));
    StakeholderGroup g = original.group();
    Assessment copy = Assessment.builder()
        .frameworkId(original.frameworkId())
        .frameworkVersion(original.frameworkVersion())
        .country(original.country())
        .subnationalUnit(original.subnationalUnit())
        .round(original.round())
        .group(StakeholderGroup.builder()
            .id("copy")
            .addAllKinds(g.kinds())
            .addAllFundingChannels(g.fundingChannels())
            .build())
        .addAllRatings(original.ratings())
        .build();
    List<Assessment> more = new ArrayList<>(e.assessments());
    more.add(copy);
    RoundAnalysis before = ANALYSER.analyse(f, e);
    RoundAnalysis after = ANALYSER.analyse(f, Exercise.of(more));
    for (int i = 0; i < before.indicators().size(); i++) {
      var x = before.indicators().get(i).spread();
      var y = after.indicators().get(i).spread();
      if (x.isPresent()) {
        assertThat(y.orElseThrow().range()).isLessThanOrEqualTo(x.get().range());
      }
    }
  }

  @Property(tries = 300)
  void agendaIsRankedByRangeThenPairwiseDifference(
      @ForAll("rounds") Tuple2<Framework, Exercise> r) {
    RoundAnalysis a = ANALYSER.analyse(r.get1(), r.get2());
    List<AgendaItem> items = a.agenda();
    assertThat(items).hasSize((int)
        a.indicators().stream().filter(IndicatorDivergence::isHighlyDivergent).count());
    for (int i = 0; i < items.size(); i++) {
      assertThat(items.get(i).rank()).isEqualTo(i + 1);
      assertThat(items.get(i).gap()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
      if (i > 0) {
        AgendaItem p = items.get(i - 1);
        AgendaItem q = items.get(i);
        int c = p.gap().compareTo(q.gap());
        assertThat(c).isGreaterThanOrEqualTo(0);
        if (c == 0) {
          assertThat(p.spread().meanAbsolutePairwiseDifference().getAsDouble())
              .isGreaterThanOrEqualTo(
                  q.spread().meanAbsolutePairwiseDifference().getAsDouble());
        }
      }
    }
  }

  private static void assertSameAlpha(Agreement a, Agreement b, double tolerance) {
    for (Metric m : Metric.values()) {
      double x = a.alpha(m).alpha();
      double y = b.alpha(m).alpha();
      if (Double.isNaN(x)) {
        assertThat(y).as(m.name()).isNaN();
      } else {
        assertThat(y).as(m.name()).isCloseTo(x, within(tolerance));
      }
    }
  }

  private static void assertSameDistances(RoundAnalysis a, RoundAnalysis b) {
    DistanceMatrix x = a.agreement().distances();
    DistanceMatrix y = b.agreement().distances();
    List<String> xs = x.coderNames().orElseThrow();
    List<String> ys = y.coderNames().orElseThrow();
    for (int i = 0; i < xs.size(); i++) {
      for (int j = 0; j < xs.size(); j++) {
        int yi = ys.indexOf(xs.get(i));
        int yj = ys.indexOf(xs.get(j));
        assertThat(Double.compare(y.distance(yi, yj), x.distance(i, j))).isZero();
      }
    }
  }

  /** The same framework with the indicators of each component and the components of each domain reversed. */
  static Framework reversed(Framework f) {
    Framework.Builder b = Framework.builder()
        .id(f.id())
        .version(f.version())
        .title(f.title())
        .description(f.description())
        .provenance(f.provenance())
        .languages(f.languages())
        .scale(f.scale());
    for (Domain d : f.domains()) {
      List<Component> components = new ArrayList<>();
      for (Component c : d.components()) {
        List<Indicator> indicators = new ArrayList<>(c.indicators());
        Collections.reverse(indicators);
        components.add(Component.builder()
            .id(c.id())
            .title(c.title())
            .description(c.description())
            .weight(c.weight())
            .addAllIndicators(indicators)
            .build());
      }
      Collections.reverse(components);
      b.addDomains(Domain.builder()
          .id(d.id())
          .title(d.title())
          .description(d.description())
          .weight(d.weight())
          .addAllComponents(components)
          .build());
    }
    return b.build();
  }

  /** A framework of {@code levels.length} indicators and an exercise in which group g gave levels[u][g]. */
  static Tuple2<Framework, Exercise> fromMatrix(int[][] levels) {
    StringBuilder layout = new StringBuilder();
    for (int u = 0; u < levels.length; u++) {
      String domain = "D" + (u / 4);
      String component = domain + "-" + (u / 2);
      if (u % 2 == 0) {
        layout.append(u == 0 ? "" : ";").append(component).append(':');
      } else {
        layout.append(',');
      }
      layout.append(component).append('.').append(u % 2);
    }
    Framework f = TestRounds.framework("1.0", 5, layout.toString());
    String[] groupAndRow = new String[2 * levels[0].length];
    for (int g = 0; g < levels[0].length; g++) {
      StringBuilder row = new StringBuilder();
      for (int[] unit : levels) {
        row.append(unit[g]).append(' ');
      }
      groupAndRow[2 * g] = "cso" + g;
      groupAndRow[2 * g + 1] = row.toString();
    }
    return net.jqwik.api.Tuple.of(f, TestRounds.exercise(f, "r", groupAndRow));
  }
}
