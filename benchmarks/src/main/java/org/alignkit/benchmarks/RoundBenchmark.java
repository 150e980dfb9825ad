package org.alignkit.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alignkit.scoring.NodeScore;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.alignkit.scoring.metrics.Metric;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.Level;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Rating;
import org.alignkit.core.Round;
import org.alignkit.core.Scale;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.scoring.divergence.NodeScores;
import org.alignkit.scoring.divergence.RoundAnalyser;
import org.alignkit.scoring.divergence.RoundAnalysis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A whole round: 5 stakeholder groups × a framework shaped like the bundled reference framework (3
 * domains, 13 components, 41 indicators, levels 1..5, EN/FR), about 8 % "not applicable" or "no
 * information" (fixed seed). {@link #round()} is the whole round: it scores the 5 assessments with
 * the default rules (explanations off), checks every assessment against the framework, computes
 * divergence per indicator and per node, the distance matrices, Krippendorff's ordinal alpha overall
 * and per domain (what the report shows), and the ranked harmonisation agenda. Target: at most 20 µs.
 * {@link #roundAllMetrics()} also computes alpha for all four metrics; {@link #analysisOnly()} takes
 * node scores computed in {@link #setup()} (plain means) and skips the scoring.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Round -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoundBenchmark {
  static final long SEED = 20261123L;
  /** Indicators per component, by domain: 13 + 15 + 13 = 41 indicators in 13 components. */
  static final int[][] SHAPE = {{3, 4, 3, 3}, {3, 3, 3, 3, 3}, {3, 3, 4, 3}};

  static final String[] DOMAINS = {"OP", "OB", "OR"};

  Framework framework;
  Exercise exercise;
  Map<String, NodeScores> nodeScores;
  RoundAnalyser analyser;
  ScoringEngine engine;

  /** Builds the framework, the exercise and the node scores. */
  @Setup
  public void setup() {
    List<Level> levels = new ArrayList<>();
    for (int l = 1; l <= 5; l++) {
      levels.add(Level.of(l, LocalizedText.of("Level " + l, "Niveau " + l), LocalizedText.of("D" + l, "D" + l)));
    }
    Framework.Builder f =
        Framework.builder()
            .id("bench")
            .version("1.0")
            .title(LocalizedText.of("Bench", "Banc"))
            .languages(List.of("en", "fr"))
            .scale(Scale.of(levels));
    for (int d = 0; d < SHAPE.length; d++) {
      Domain.Builder domain =
          Domain.builder().id(DOMAINS[d]).title(LocalizedText.of(DOMAINS[d], DOMAINS[d]));
      for (int c = 0; c < SHAPE[d].length; c++) {
        String cid = DOMAINS[d] + "-" + (c + 1);
        Component.Builder component = Component.builder().id(cid).title(LocalizedText.of(cid, cid));
        for (int i = 0; i < SHAPE[d][c]; i++) {
          String iid = cid + "." + (i + 1);
          component.addIndicators(
              Indicator.builder()
                  .id(iid)
                  .title(LocalizedText.of(iid, iid))
                  .putLevelDescriptors(1, LocalizedText.of(iid + " 1", iid + " 1"))
                  .build());
        }
        domain.addComponents(component.build());
      }
      f.addDomains(domain.build());
    }
    framework = f.build();

    SplittableRandom random = new SplittableRandom(SEED);
    StakeholderKind[] kinds = StakeholderKind.values();
    List<Assessment> assessments = new ArrayList<>();
    nodeScores = new LinkedHashMap<>();
    int[] bias = {1, 0, -1, -1, 0};
    for (int g = 0; g < kinds.length; g++) {
      StakeholderGroup group = StakeholderGroup.of(kinds[g].id(), kinds[g]);
      Assessment.Builder a =
          Assessment.builder()
              .frameworkId("bench")
              .frameworkVersion("1.0")
              .country("XKV")
              .round(Round.of("2026", LocalDate.of(2026, 3, 19)))
              .group(group);
      for (Indicator i : framework.indicators()) {
        double p = random.nextDouble();
        if (p < 0.04) {
          a.addRatings(Rating.notApplicable(i.id()));
        } else if (p < 0.08) {
          a.addRatings(Rating.noInformation(i.id()));
        } else {
          int level = Math.max(1, Math.min(5, 3 + bias[g] + random.nextInt(3) - 1));
          a.addRatings(Rating.of(i.id(), level));
        }
      }
      Assessment built = a.build();
      assessments.add(built);
      nodeScores.put(group.id(), means(framework, built));
    }
    exercise = Exercise.of(assessments);
    analyser = RoundAnalyser.withDefaults();
    engine = ScoringEngine.builder(framework).ruleSet(RuleSets.defaultRules()).explanations(false).build();
    RoundAnalysis check = analyser.analyse(framework, exercise, nodeScores);
    if (check.indicators().size() != 41 || check.nodes().size() != 17) {
      throw new IllegalStateException("unexpected shape: " + check.indicators().size());
    }
  }

  /** Scores, divergence, ordinal alpha (overall and per domain) and agenda of one round. */
  @Benchmark
  public Object round() {
    RoundAnalysis analysis = analyser.analyse(framework, exercise, scored());
    double alpha = analysis.agreement().alpha(Metric.ORDINAL).alpha();
    for (var domain : analysis.agreementByDomain().values()) {
      alpha += domain.alpha(Metric.ORDINAL).alpha();
    }
    return new Object[] {analysis.agenda(), alpha};
  }

  /** As {@link #round()}, with alpha for all four metrics overall and per domain. */
  @Benchmark
  public Object roundAllMetrics() {
    RoundAnalysis analysis = analyser.analyse(framework, exercise, scored());
    double alpha = analysis.agreement().alpha().size();
    for (var domain : analysis.agreementByDomain().values()) {
      alpha += domain.alpha().size();
    }
    return new Object[] {analysis.agenda(), alpha};
  }

  /** Divergence, ordinal alpha and agenda with node scores computed in setup (no scoring). */
  @Benchmark
  public Object analysisOnly() {
    RoundAnalysis analysis = analyser.analyse(framework, exercise, nodeScores);
    return new Object[] {analysis.agenda(), analysis.agreement().alpha(Metric.ORDINAL).alpha()};
  }

  private Map<String, NodeScores> scored() {
    Map<String, NodeScores> byGroup = new LinkedHashMap<>();
    for (Assessment a : exercise.assessments()) {
      ScoreCard card = engine.score(a);
      byGroup.put(a.group().id(), new CardScores(card));
    }
    return byGroup;
  }

  /** A score card seen as node scores. */
  static final class CardScores implements NodeScores {
    private final ScoreCard card;

    CardScores(ScoreCard card) {
      this.card = card;
    }

    private java.util.Optional<NodeScore> node(String id) {
      return id.equals(card.overall().id()) ? java.util.Optional.of(card.overall()) : card.node(id);
    }

    @Override
    public java.util.Optional<BigDecimal> score(String nodeId) {
      return node(nodeId).flatMap(NodeScore::score).map(r -> r.toBigDecimal(MathContext.DECIMAL64));
    }

    @Override
    public java.util.OptionalInt level(String nodeId) {
      return node(nodeId).map(NodeScore::level).orElse(java.util.OptionalInt.empty());
    }
  }

  private static NodeScores means(Framework f, Assessment a) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    int domains = 0;
    for (Domain d : f.domains()) {
      BigDecimal sum = BigDecimal.ZERO;
      int n = 0;
      for (Component c : d.components()) {
        long s = 0;
        int k = 0;
        for (Indicator i : c.indicators()) {
          Rating r = a.rating(i.id()).orElse(null);
          if (r != null && r.isRated()) {
            s += r.level().getAsInt();
            k++;
          }
        }
        if (k > 0) {
          BigDecimal m = BigDecimal.valueOf(s).divide(BigDecimal.valueOf(k), MathContext.DECIMAL64);
          scores.put(c.id(), m);
          sum = sum.add(m);
          n++;
        }
      }
      if (n > 0) {
        BigDecimal m = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
        scores.put(d.id(), m);
        total = total.add(m);
        domains++;
      }
    }
    if (domains > 0) {
      scores.put(f.id(), total.divide(BigDecimal.valueOf(domains), MathContext.DECIMAL64));
    }
    return NodeScores.of(scores);
  }
}
