package org.alignkit.benchmarks;

import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.alignkit.core.Assessment;
import org.alignkit.scoring.Explanation;
import org.alignkit.scoring.NodeScore;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring speed on a framework shaped like the bundled one (40 indicators) with the default rules.
 *
 * <ul>
 *   <li>{@code scoreOne}: one assessment per operation, explanations off, on, and on and read in full; indicator ratings
 *       per second = operations per second × 40.
 *   <li>{@code baselineOne}: the same with {@link HandWrittenBaseline} (streams, doubles).
 *   <li>{@code scoreMillion} / {@code baselineMillion}: one million assessments generated lazily
 *       and scored as a parallel stream on a pool of 2 threads, heap 256 MB, one shot each.
 * </ul>
 *
 * <p>Run: {@code ./mvnw -B -q -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar Scoring -f 1 -wi 2 -i 3 -w 2s -r 2s}
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class ScoringBenchmark {
  static final int POOL = 1024;

  /** A pool of pre-generated assessments and the engines. */
  @State(Scope.Thread)
  public static class One {
    /**
     * {@code off}: no explanations; {@code on}: cards carry explanations (inputs recorded, derived
     * parts worked out on first use); {@code read}: explanations on and every node's explanation
     * read in full (inputs, intermediates, what the next level needs, the sentence).
     */
    @Param({"off", "on", "read"})
    public String explanations;

    ScoringEngine engine;
    Assessment[] pool = new Assessment[POOL];
    int next;

    @Setup
    public void setUp() {
      engine = ScoringEngine.builder(BenchmarkData.FRAMEWORK)
          .ruleSet(RuleSets.defaultRules())
          .explanations(!explanations.equals("off"))
          .build();
      for (int i = 0; i < POOL; i++) {
        pool[i] = BenchmarkData.assessment(i);
      }
    }

    Assessment nextAssessment() {
      Assessment a = pool[next];
      next = (next + 1) & (POOL - 1);
      return a;
    }
  }

  /** Scores one assessment (40 ratings). */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public ScoreCard scoreOne(One s, Blackhole bh) {
    ScoreCard card = s.engine.score(s.nextAssessment());
    if (s.explanations.equals("read")) {
      for (NodeScore n : card.components()) {
        read(n, bh);
      }
      for (NodeScore n : card.domains()) {
        read(n, bh);
      }
      read(card.overall(), bh);
    }
    return card;
  }

  private static void read(NodeScore n, Blackhole bh) {
    Explanation e = n.explanation().orElseThrow();
    bh.consume(e.inputs());
    bh.consume(e.intermediates());
    bh.consume(e.neededForNextLevel());
    bh.consume(e.reason());
  }

  /** The hand-written baseline on one assessment (40 ratings). */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Map<String, Integer> baselineOne(One s) {
    return HandWrittenBaseline.score(BenchmarkData.FRAMEWORK, s.nextAssessment());
  }

  /** A pool of 2 threads for the batch. */
  @State(Scope.Benchmark)
  public static class Batch {
    @Param({"1000000"})
    public long size;

    ForkJoinPool pool;
    ScoringEngine engine;

    @Setup(Level.Trial)
    public void setUp() {
      pool = new ForkJoinPool(2);
      engine = ScoringEngine.builder(BenchmarkData.FRAMEWORK)
          .ruleSet(RuleSets.defaultRules())
          .explanations(false)
          .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdown();
    }
  }

  /** One million generated assessments scored as a stream on 2 threads; sums overall levels. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long scoreMillion(Batch b, Blackhole bh) throws Exception {
    return b.pool
        .submit(() -> b.engine
            .scoreAll(LongStream.range(0, b.size).parallel().mapToObj(BenchmarkData::assessment))
            .mapToLong(c -> c.overall().level().orElse(0))
            .sum())
        .get();
  }

  /** The hand-written baseline on the same million assessments, same 2 threads. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long baselineMillion(Batch b) throws Exception {
    return b.pool
        .submit(() -> LongStream.range(0, b.size)
            .parallel()
            .mapToObj(BenchmarkData::assessment)
            .mapToLong(a ->
                HandWrittenBaseline.score(BenchmarkData.FRAMEWORK, a).getOrDefault("overall", 0))
            .sum())
        .get();
  }

  /** Only generating the million assessments, to separate generation from scoring. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long generateMillion(Batch b) throws Exception {
    return b.pool
        .submit(() -> LongStream.range(0, b.size)
            .parallel()
            .mapToObj(BenchmarkData::assessment)
            .mapToLong(a -> a.ratings().size())
            .sum())
        .get();
  }
}
