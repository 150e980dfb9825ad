package org.alignkit.benchmarks;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alignkit.analysis.AgendaItem;
import org.alignkit.analysis.Agreement;
import org.alignkit.analysis.GroupAnswer;
import org.alignkit.analysis.NodeScores;
import org.alignkit.analysis.RoundAnalyser;
import org.alignkit.analysis.RoundAnalysis;
import org.alignkit.core.Assessment;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.Rating;
import org.alignkit.core.Round;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.metrics.Metric;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.alignkit.spec.SpecLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A whole round of the diagnostic on the bundled framework ({@code alignkit-reference}: 3 domains,
 * 13 components, 41 indicators, levels 1..5) with 5 stakeholder groups. Two data sets ({@link
 * #data}): {@code kivara-2026}, the published example (the five Kivara assessments of 2026, with
 * evidence and comments), and {@code random}, ratings drawn with a fixed seed (about 8 % "not
 * applicable" or "no information"; "not applicable" wherever an indicator does not apply to the
 * group).
 *
 * <ul>
 *   <li>{@link #round()}: the whole round as the issue counts it: the 5 assessments scored with the
 *       default rules (each checked against the framework), divergence per indicator and per node,
 *       the distance matrices and reliability data overall and per domain, Krippendorff's ordinal
 *       alpha overall and per domain, and the ranked agenda items. Target: at most 20 µs.
 *   <li>{@link #roundMaterialised()}: as {@link #round()}, and also every per-indicator and
 *       per-node value object (205 answers with descriptors, 41 + 17 divergences), as a report
 *       reads them.
 *   <li>{@link #roundRead()}: as {@link #round()}, and every agenda item's answers read in full,
 *       as a report reads them.
 *   <li>{@link #roundAllMetrics()}: as {@link #round()}, with alpha for all four metrics.
 *   <li>{@link #roundViaNodeScores()}: the comparison: the same round through the general entry
 *       point, node scores given as decimals ({@link NodeScores#of(ScoreCard)}) and every assessment
 *       checked again by the analyser.
 *   <li>{@link #scoringOnly()} and {@link #analysisOnly()}: the two halves of {@link #round()}.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Round -f 1 -wi 3 -i 5 -w 2s -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoundBenchmark {
  static final long SEED = 20261123L;

  /** Which round: the published example, or seeded random ratings. */
  @Param({"kivara-2026", "random"})
  public String data;

  Framework framework;
  Exercise exercise;
  List<ScoreCard> cards;
  RoundAnalyser analyser;
  ScoringEngine engine;

  /** Loads the bundled framework and the round, and checks the analysis's shape. */
  @Setup
  public void setup() {
    SpecLoader loader = SpecLoader.defaults();
    framework = loader.bundledFramework();
    if ("kivara-2026".equals(data)) {
      URL url = RoundBenchmark.class.getResource("examples/kivara/2026/exercise.yaml");
      if (url == null) {
        throw new IllegalStateException("the Kivara example is missing from the benchmarks jar");
      }
      exercise = loader.loadExercise(url);
    } else {
      exercise = random(framework);
    }
    analyser = RoundAnalyser.withDefaults();
    engine = ScoringEngine.builder(framework)
        .ruleSet(RuleSets.defaultRules())
        .explanations(false)
        .build();
    cards = new ArrayList<>();
    for (Assessment a : exercise.assessments()) {
      cards.add(engine.score(a));
    }
    RoundAnalysis check = analyser.analyse(engine, exercise);
    int units = framework.indicators().size();
    int nodes = 1 + framework.domains().size() + framework.components().size();
    if (exercise.assessments().size() != 5
        || check.indicators().size() != units
        || check.nodes().size() != nodes
        || check.agenda().isEmpty()) {
      throw new IllegalStateException(
          "unexpected round: " + exercise.assessments().size() + " groups, " + check);
    }
    Map<String, NodeScores> decimals = new LinkedHashMap<>();
    cards.forEach(c -> decimals.put(c.assessment().group().id(), NodeScores.of(c)));
    RoundAnalysis viaDecimals = analyser.analyse(framework, exercise, decimals);
    if (!viaDecimals.agenda().equals(check.agenda())
        || !viaDecimals.indicators().equals(check.indicators())) {
      throw new IllegalStateException("the two entry points disagree");
    }
  }

  private static Exercise random(Framework framework) {
    SplittableRandom random = new SplittableRandom(SEED);
    StakeholderKind[] kinds = StakeholderKind.values();
    int[] bias = {1, 0, -1, -1, 0};
    List<Assessment> assessments = new ArrayList<>();
    for (int g = 0; g < 5; g++) {
      StakeholderGroup group =
          StakeholderGroup.of(kinds[g % kinds.length].id() + "-" + g, kinds[g % kinds.length]);
      Assessment.Builder a = Assessment.builder()
          .frameworkId(framework.id())
          .frameworkVersion(framework.version())
          .country("XKV")
          .round(Round.of("2026", LocalDate.of(2026, 3, 19)))
          .group(group);
      for (Indicator i : framework.indicators()) {
        double p = random.nextDouble();
        if (!i.appliesTo(group) || p < 0.04) {
          a.addRatings(Rating.notApplicable(i.id()));
        } else if (p < 0.08) {
          a.addRatings(Rating.noInformation(i.id()));
        } else {
          int level = Math.max(1, Math.min(5, 3 + bias[g] + random.nextInt(3) - 1));
          a.addRatings(Rating.of(i.id(), level));
        }
      }
      assessments.add(a.build());
    }
    return Exercise.of(assessments);
  }

  private static void consume(RoundAnalysis analysis, Blackhole bh) {
    bh.consume(analysis.agenda());
    bh.consume(analysis.agreement().distances());
    bh.consume(analysis.agreement().alpha(Metric.ORDINAL).alpha());
    for (Agreement domain : analysis.agreementByDomain().values()) {
      bh.consume(domain.alpha(Metric.ORDINAL).alpha());
      bh.consume(domain.distances());
    }
  }

  /** Scores, divergence, distances, ordinal alpha (overall and per domain) and agenda of a round. */
  @Benchmark
  public void round(Blackhole bh) {
    consume(analyser.analyse(engine, exercise), bh);
  }

  /** As {@link #round()}, and every per-indicator and per-node value object too. */
  @Benchmark
  public void roundMaterialised(Blackhole bh) {
    RoundAnalysis analysis = analyser.analyse(engine, exercise);
    consume(analysis, bh);
    bh.consume(analysis.indicators());
    bh.consume(analysis.nodes());
  }

  /**
   * As {@link #round()}, and every agenda item read as the report's agenda reads it: its ids, title,
   * gap, median and pairwise difference, lowest, highest and apart groups, reasons, and each
   * group's status, level, level name, descriptor, evidence and comment. Items and answers read
   * the round's arrays, so reading them is part of their cost.
   */
  @Benchmark
  public void roundRead(Blackhole bh) {
    RoundAnalysis analysis = analyser.analyse(engine, exercise);
    consume(analysis, bh);
    for (AgendaItem item : analysis.agenda()) {
      bh.consume(item.indicatorId());
      bh.consume(item.title());
      bh.consume(item.gap());
      bh.consume(item.spread().median());
      bh.consume(item.spread().meanAbsolutePairwiseDifference());
      bh.consume(item.lowestGroups());
      bh.consume(item.highestGroups());
      bh.consume(item.apartFromOthers());
      bh.consume(item.reasons());
      for (GroupAnswer answer : item.answers()) {
        bh.consume(answer.groupId());
        bh.consume(answer.groupName());
        bh.consume(answer.status());
        bh.consume(answer.level());
        bh.consume(answer.levelName());
        bh.consume(answer.descriptor());
        bh.consume(answer.evidence());
        bh.consume(answer.comment());
        bh.consume(answer.appliesToGroup());
      }
    }
  }

  /** As {@link #round()}, with alpha for all four metrics overall and per domain. */
  @Benchmark
  public void roundAllMetrics(Blackhole bh) {
    RoundAnalysis analysis = analyser.analyse(engine, exercise);
    consume(analysis, bh);
    bh.consume(analysis.agreement().alpha());
    for (Agreement domain : analysis.agreementByDomain().values()) {
      bh.consume(domain.alpha());
    }
  }

  /** The comparison: the round through decimal node scores, assessments checked again. */
  @Benchmark
  public void roundViaNodeScores(Blackhole bh) {
    Map<String, NodeScores> scores = new LinkedHashMap<>();
    for (Assessment a : exercise.assessments()) {
      scores.put(a.group().id(), NodeScores.of(engine.score(a)));
    }
    consume(analyser.analyse(framework, exercise, scores), bh);
  }

  /** The scoring half of {@link #round()}: the 5 assessments scored. */
  @Benchmark
  public void scoringOnly(Blackhole bh) {
    for (Assessment a : exercise.assessments()) {
      bh.consume(engine.score(a));
    }
  }

  /** The analysis half of {@link #round()}, on cards scored in setup. */
  @Benchmark
  public void analysisOnly(Blackhole bh) {
    consume(analyser.analyse(cards), bh);
  }
}
