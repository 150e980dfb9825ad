package org.alignkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.alignkit.scoring.divergence.Agreement;
import org.alignkit.scoring.divergence.RoundAnalysis;
import org.alignkit.scoring.metrics.Metric;
import org.alignkit.scoring.metrics.KrippendorffAlpha;
import org.alignkit.scoring.metrics.Divergences;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScratchBenchmark {
  RoundBenchmark r = new RoundBenchmark();
  RoundAnalysis done;

  @Setup
  public void setup() {
    r.data = "kivara-2026";
    r.setup();
    done = r.analyser.analyse(r.cards);
  }

  @Benchmark
  public Object analyseBare() {
    return r.analyser.analyse(r.cards);
  }

  @Benchmark
  public Object agendaOnly() {
    return r.analyser.analyse(r.cards).agenda();
  }

  @Benchmark
  public void alphaOnly(Blackhole bh) {
    bh.consume(KrippendorffAlpha.compute(done.agreement().data(), Metric.ORDINAL));
    for (Agreement a : done.agreementByDomain().values()) {
      bh.consume(KrippendorffAlpha.compute(a.data(), Metric.ORDINAL));
    }
  }

  @Benchmark
  public void distancesOnly(Blackhole bh) {
    bh.consume(Divergences.distanceMatrix(done.agreement().data()));
    for (Agreement a : done.agreementByDomain().values()) {
      bh.consume(Divergences.distanceMatrix(a.data()));
    }
  }
}
