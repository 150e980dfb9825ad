package org.alignkit.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alignkit.analysis.RoundMismatchException;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.report.CsvReport;
import org.alignkit.report.HtmlReport;
import org.alignkit.report.JsonReport;
import org.alignkit.report.ReportModel;
import org.alignkit.report.RoundReports;
import org.alignkit.scoring.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code alignkit report}: the workshop report of a round, as HTML, JSON or CSV. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    header = "The workshop report of a round, in HTML, JSON or CSV.",
    description = {
      "Writes the workshop report of a round: levels per group and for the whole, radar chart,"
          + " divergence heat map, harmonisation agenda, agreement and, with a baseline of the"
          + " same country dated before the round, progress. Without --consensus the whole is the"
          + " median answer of the groups, scored by the same rules; a consensus must be the"
          + " round's (same country, round and framework).",
      "Formats: html (the report with its charts), json (its data) or csv (one row per group and"
          + " node); from --format or the extension of OUT."
    })
final class ReportCommand implements Callable<Integer> {
  /** The report formats. */
  enum Format {
    html,
    json,
    csv
  }

  @Spec
  CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "The round: a round folder, an exercise file, or the groups' assessment files"
          + " (YAML, JSON or CSV).")
  List<Path> paths;

  @Option(
      names = "--example",
      description = "Use the bundled Kivara example: round 2026, with 2024 as baseline.")
  boolean example;

  @Option(
      names = "--baseline",
      paramLabel = "ROUND",
      description = "The previous round, for progress (round folder, exercise or assessment file).")
  Path baseline;

  @Option(
      names = "--baseline-framework",
      paramLabel = "F",
      description = "The framework file the baseline answers, when it answers another version of"
          + " the framework (default: the --framework of the round).")
  Path baselineFramework;

  @Option(names = "--consensus", paramLabel = "FILE", description = "The round's agreed consensus.")
  Path consensus;

  @Mixin
  RulesOption rules;

  @Mixin
  LangOption lang;

  @Mixin
  FrameworkOption framework;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "The file to write, an HTML, JSON or CSV file by its extension (missing"
          + " folders are created); it must not be one of the inputs.")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "html, json or csv (default: from the extension of OUT).")
  Format format;

  @Override
  public Integer call() throws IOException {
    boolean given = paths != null && !paths.isEmpty();
    RoundOptions.requireOneSource(spec, given, example, "PATH");
    Locale locale = lang.locale();
    Format format =
        OutputFormats.of(spec, Format.values(), this.format, Format.html, output, locale);
    OutputGuard.check(
        output,
        OutputGuard.inputs(
            paths, baseline, baselineFramework, consensus, framework.file, rules.file()),
        locale);
    RuleSet rules = this.rules.resolve();
    Framework fw = framework.resolve();
    Framework bfw = baselineFramework == null ? fw : Inputs.framework(baselineFramework);
    Exercise current;
    Exercise base = null;
    if (example) {
      current = Inputs.example(Inputs.EXAMPLE_2026, fw);
      base = Inputs.example(Inputs.EXAMPLE_2024, bfw);
    } else {
      current = RoundOptions.round(paths, fw);
    }
    if (baseline != null) {
      base = RoundOptions.round(baseline, bfw);
    }
    RoundReports.Builder builder = RoundReports.builder(fw, current).ruleSet(rules);
    if (base != null) {
      if (bfw == fw) {
        builder.baseline(base);
      } else {
        builder.baseline(bfw, base);
      }
    }
    if (consensus != null) {
      var record = Inputs.loaderWith(fw).loadConsensus(consensus, fw);
      try {
        builder.consensus(record);
      } catch (RoundMismatchException e) {
        throw new InvalidInputException(Mismatches.consensus(
            CliMessages.of(locale).get("report.consensusMismatch", consensus),
            e,
            fw,
            current,
            record.agreed(),
            locale));
      }
    }
    ReportModel model;
    try {
      model = builder.build().model();
    } catch (RoundMismatchException e) {
      throw new InvalidInputException(Mismatches.progression(
          CliMessages.of(locale).get("report.mismatch", baseline == null ? "" : baseline),
          e,
          bfw,
          base,
          fw,
          current,
          locale));
    }
    StringWriter w = new StringWriter();
    switch (format) {
      case json:
        JsonReport.create().write(model, locale, w);
        break;
      case csv:
        CsvReport.create().write(model, locale, w);
        break;
      default:
        HtmlReport.create().write(model, locale, w);
    }
    OutputOption.writeFile(spec, output, w.toString(), locale, "");
    return ExitCodes.OK;
  }
}
