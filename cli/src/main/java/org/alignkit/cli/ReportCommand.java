package org.alignkit.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alignkit.analysis.RoundMismatchException;
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
    header = "The workshop report of a round, in HTML, JSON or CSV.",
    description = {
      "Writes the workshop report of a round: levels per group and for the whole, radar chart,"
          + " divergence heat map, harmonisation agenda, agreement and, with a baseline of the"
          + " same country dated before the round, progress. With --consensus: the workshop's"
          + " agreed levels, dissents and action plan; with --baseline-consensus too: the"
          + " follow-up of the baseline's action plan. A consensus record must be of its round"
          + " (country, round and framework). Without --consensus the whole is the median answer"
          + " of the groups, scored by the same rules. --interval adds intervals for alpha;"
          + " --compare-rules (or --sweep) adds the rule sensitivity.",
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
      description = "Use the bundled Kivara example: round 2026, with 2024 as baseline, and both"
          + " consensus records.")
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
      description = "A rule set (bundled or file) to compare with --rules in a rule-sensitivity"
          + " section; repeat to compare several.")
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
    List<Path> ruleFiles = new ArrayList<>();
    ruleFiles.add(rules.file());
    for (String name : compareRules) {
      ruleFiles.add(RulesOption.fileOf(name));
    }
    OutputGuard.check(
        output,
        OutputGuard.inputs(
            paths,
            baseline,
            baselineFramework,
            consensus,
            baselineConsensus,
            framework.file,
            ruleFiles),
        locale);
    RuleSet rules = this.rules.resolve();
    List<RuleSet> givenRules = new ArrayList<>(List.of(rules));
    for (String name : compareRules) {
      givenRules.add(RulesOption.resolve(name, spec));
    }
    List<RuleSet> compared = SensitivityOutput.compared(spec, givenRules, sweep);
    int inFull = agenda.inFull();
    Framework fw = framework.resolve();
    Framework bfw = baselineFramework == null ? fw : Inputs.framework(baselineFramework);
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
      base = Inputs.example(Inputs.EXAMPLE_2024, bfw);
      baseAgreed = Inputs.exampleConsensus(Inputs.EXAMPLE_CONSENSUS_2024, bfw);
      agreed = Inputs.exampleConsensus(Inputs.EXAMPLE_CONSENSUS_2026, fw);
    } else {
      current = RoundOptions.round(paths, fw);
    }
    if (baseline != null) {
      base = RoundOptions.round(baseline, bfw);
    }
    if (base != null) {
      // The baseline belongs with the round before anything is scored (the reasons in --lang).
      try {
        org.alignkit.analysis.Rounds.requireProgression(bfw, base, fw, current);
      } catch (RoundMismatchException e) {
        throw new InvalidInputException(Mismatches.progression(
            CliMessages.of(locale)
                .get("report.mismatch", baseline == null ? "(the example)" : baseline),
            e,
            bfw,
            base,
            fw,
            current,
            locale));
      }
    }
    SpecLoader loader = Inputs.loaderWith(fw);
    if (baselineConsensus != null) {
      baseAgreed = Inputs.loaderWith(bfw).loadConsensus(baselineConsensus, bfw, base);
    }
    if (consensus != null) {
      // Checked against the round it is used with: another round's or country's is refused.
      agreed = baseAgreed != null
          ? loader.loadConsensus(consensus, fw, current, baseAgreed)
          : loader.loadConsensus(consensus, fw, current);
    }
    RoundReports.Builder builder = RoundReports.builder(fw, current)
        .ruleSet(rules)
        .compareRules(compared.subList(1, compared.size()));
    interval.resolve().forEach(builder::interval);
    if (base != null) {
      if (bfw == fw) {
        builder.baseline(base);
      } else {
        builder.baseline(bfw, base);
      }
    }
    if (agreed != null) {
      builder.consensus(agreed);
    }
    if (baseAgreed != null) {
      builder.baselineConsensus(baseAgreed);
    }
    ReportModel model = builder.build().model();
    StringWriter w = new StringWriter();
    switch (format) {
      case json:
        JsonReport.create().write(model, locale, w);
        break;
      case csv:
        CsvReport.create().write(model, locale, w);
        break;
      default:
        HtmlReport.create().withAgendaInFull(inFull).write(model, locale, w);
    }
    OutputOption.writeFile(spec, output, w.toString(), locale, "");
    return ExitCodes.OK;
  }
}
