package consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.alignkit.analysis.RoundAnalyser;
import org.alignkit.analysis.RoundAnalysis;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.report.HtmlReport;
import org.alignkit.report.ReportModel;
import org.alignkit.report.RoundReports;
import org.alignkit.scoring.ScoringEngine;
import org.alignkit.spec.SpecLoader;

/** A modular application using AlignKit (on the module path): load a round, score it, analyse it, write its report. */
public final class Main {
  private Main() {}

  /**
   * Runs the job.
   *
   * @param args the examples folder, the output folder, and optionally the Jackson version expected
   * @throws Exception if anything fails
   */
  public static void main(String[] args) throws Exception {
    Path examples = Path.of(args[0]);
    Path out = Path.of(args[1]);
    SpecLoader loader = SpecLoader.defaults();
    Framework framework = loader.bundledFramework();
    Exercise baseline = loader.loadExercise(examples.resolve("kivara/2024"), framework);
    Exercise round = loader.loadExercise(examples.resolve("kivara/2026"), framework);
    ScoringEngine engine = ScoringEngine.builder(framework).build();
    RoundAnalysis analysis = RoundAnalyser.withDefaults().analyse(engine, round);
    check(analysis.cards().size() == 5, "5 groups scored, got " + analysis.cards().size());
    check(analysis.agendaSize() > 0, "an agenda");
    ReportModel model = RoundReports.builder(framework, round).baseline(baseline).build().model();
    Files.createDirectories(out);
    HtmlReport.create().write(model, Locale.FRENCH, out.resolve("report.html"));
    String html = Files.readString(out.resolve("report.html"));
    check(html.contains("<html lang=\"fr\">"), "a French report");
    if (args.length > 2) {
      Object version =
          Class.forName("com.fasterxml.jackson.databind.cfg.PackageVersion")
              .getField("VERSION")
              .get(null);
      check(version.toString().equals(args[2]), "Jackson " + args[2] + ", got " + version);
    }
    System.out.println(
        "consumer: " + analysis.cards().size() + " groups, " + analysis.agendaSize() + " on the agenda");
  }

  private static void check(boolean condition, String expected) {
    if (!condition) {
      throw new IllegalStateException("expected " + expected);
    }
  }
}
