package org.alignkit.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.report.CsvReport;
import org.alignkit.report.HtmlReport;
import org.alignkit.report.JsonReport;
import org.alignkit.report.ReportModel;
import org.alignkit.report.RoundReports;
import org.alignkit.scoring.RuleSet;
import org.alignkit.spec.SpecLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code alignkit report}: the workshop report of a round, as HTML, JSON or CSV. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the workshop report of a round: levels per group and for the whole, radar chart,",
      "divergence heat map, harmonisation agenda, agreement and, with a baseline, progress.",
      "With --consensus: the workshop's agreed levels, dissents and action plan; with",
      "--baseline-consensus too: the follow-up of the baseline's action plan.",
      "Without --consensus the whole is the median answer of the groups, scored by the same rules.",
      "--interval adds intervals for alpha; --compare-rules (or --sweep) adds the rule sensitivity."
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
      arity = "0..1",
      paramLabel = "EXERCISE",
      description = "The round: an exercise file or a folder of assessments.")
  Path exercise;

  @Option(
      names = "--example",
      description =
          "Use the bundled Kivara example: round 2026, with 2024 as baseline, and both consensus records.")
  boolean example;

  @Option(
      names = "--baseline",
      paramLabel = "EXERCISE",
      description = "The previous round, for progress.")
  Path baseline;

  @Option(names = "--consensus", paramLabel = "FILE", description = "The round's agreed consensus.")
  Path consensus;

  @Option(
      names = "--baseline-consensus",
      paramLabel = "FILE",
      description = "The baseline round's consensus, whose action plan the report follows up.")
  Path baselineConsensus;

  @Mixin
  AgendaOption agenda;

  @Mixin
  RulesOption rules;

  @Option(
      names = "--compare-rules",
      paramLabel = "NAME",
      description = {
        "A rule set (bundled or file) to compare with --rules in a rule-sensitivity section;",
        "repeat to compare several."
      })
  List<String> compareRules = new ArrayList<>();

  @Mixin
  SweepOption sweep;

  @Mixin
  IntervalOption interval;

  @Mixin
  LangOption lang;

  @Mixin
  FrameworkOption framework;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "The file to write; .json and .csv write JSON and CSV, anything else HTML.")
  Path output;

  @Option(
      names = "--format",
      description = "html, json or csv (default: from the extension of OUT).")
  Format format;

  @Override
  public Integer call() throws IOException {
    RuleSet rules = this.rules.resolve();
    RoundOptions.requireOneSource(spec, exercise != null, example, "EXERCISE");
    List<RuleSet> given = new ArrayList<>(List.of(rules));
    for (String name : compareRules) {
      given.add(RulesOption.resolve(name, spec));
    }
    List<RuleSet> compared = SensitivityOutput.compared(spec, given, sweep);
    int inFull = agenda.inFull();
    Framework fw = framework.resolve();
    if (baselineConsensus != null && baseline == null && !example) {
      throw new ParameterException(
          spec.commandLine(), "--baseline-consensus needs --baseline, the round it belongs to");
    }
    Exercise current;
    Exercise base = null;
    ConsensusRecord agreed = null;
    ConsensusRecord baseAgreed = null;
    if (example) {
      current = Inputs.example(Inputs.EXAMPLE_2026, fw);
      base = Inputs.example(Inputs.EXAMPLE_2024, fw);
      baseAgreed = Inputs.exampleConsensus(Inputs.EXAMPLE_CONSENSUS_2024, fw);
      agreed = Inputs.exampleConsensus(Inputs.EXAMPLE_CONSENSUS_2026, fw);
    } else {
      current = Inputs.exercise(exercise, fw);
    }
    if (baseline != null) {
      base = Inputs.exercise(baseline, fw);
    }
    SpecLoader loader = Inputs.loaderWith(fw);
    if (baselineConsensus != null) {
      baseAgreed = loader.loadConsensus(baselineConsensus, fw, base);
    }
    if (consensus != null) {
      agreed = baseAgreed != null
          ? loader.loadConsensus(consensus, fw, current, baseAgreed)
          : loader.loadConsensus(consensus, fw, current);
    }
    RoundReports.Builder builder = RoundReports.builder(fw, current)
        .ruleSet(rules)
        .compareRules(compared.subList(1, compared.size()));
    interval.resolve().forEach(builder::interval);
    if (base != null) {
      builder.baseline(base);
    }
    if (agreed != null) {
      builder.consensus(agreed);
    }
    if (baseAgreed != null) {
      builder.baselineConsensus(baseAgreed);
    }
    ReportModel model = builder.build().model();
    Locale locale = lang.locale();
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      switch (formatOf(output)) {
        case json:
          JsonReport.create().write(model, locale, w);
          break;
        case csv:
          CsvReport.create().write(model, locale, w);
          break;
        default:
          HtmlReport.create().withAgendaInFull(inFull).write(model, locale, w);
      }
    }
    spec.commandLine().getOut().println(output);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private Format formatOf(Path out) {
    if (format != null) {
      return format;
    }
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Format.json;
    }
    if (name.endsWith(".csv")) {
      return Format.csv;
    }
    return Format.html;
  }
}
