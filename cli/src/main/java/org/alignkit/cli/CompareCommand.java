package org.alignkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.alignkit.analysis.AgendaItem;
import org.alignkit.analysis.GroupAnswer;
import org.alignkit.analysis.IndicatorDivergence;
import org.alignkit.analysis.RoundAnalyser;
import org.alignkit.analysis.RoundAnalysis;
import org.alignkit.analysis.RuleSensitivity;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.metrics.AlphaInterval;
import org.alignkit.metrics.AlphaResult;
import org.alignkit.metrics.DistanceMatrix;
import org.alignkit.metrics.IntervalSpec;
import org.alignkit.metrics.Metric;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.ScoringEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code alignkit compare}: how the groups of a round diverge, and the harmonisation agenda. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    header = "Divergence, distances, agreement and agenda of a round's groups.",
    description = {
      "Compares the groups of a round: the divergent indicators, the distances between groups,"
          + " Krippendorff's alpha (groups as coders, indicators as units) and the ranked"
          + " harmonisation agenda (the first --agenda items in full, the rest in brief, as in the"
          + " report). Levels are shown as numbers; NA not applicable, NI no information, - not"
          + " rated. --interval adds intervals for alpha; two or more --rules (or --sweep) add the"
          + " rule sensitivity: which groups' levels and agenda items depend on the rules; the"
          + " first rule set scores the round.",
      "Formats: text (the four tables), json (all of it) or csv (one row per indicator: its"
          + " divergence, agenda rank and gap, and every group's answer)."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "The round: a round folder, an exercise file, or the groups' assessment files"
          + " (YAML, JSON or CSV).")
  List<Path> paths;

  @Option(names = "--example", description = "Use the bundled Kivara example, round 2026.")
  boolean example;

  @Mixin
  FrameworkOption framework;

  @Mixin
  LangOption lang;

  @Mixin
  FormatOption format;

  @Mixin
  OutputOption output;

  @Mixin
  AgendaOption agenda;

  @Mixin
  IntervalOption interval;

  @Mixin
  RulesOption.Repeatable rules;

  @Mixin
  SweepOption sweep;

  /** The intervals of each metric's alpha, one per method asked for; empty without --interval. */
  private final Map<Metric, List<AlphaInterval>> intervals = new EnumMap<>(Metric.class);

  /** The rule sensitivity, with two or more rule sets; null otherwise. */
  private RuleSensitivity sensitivity;

  @Override
  public Integer call() throws Exception {
    boolean given = paths != null && !paths.isEmpty();
    RoundOptions.requireOneSource(spec, given, example, "PATH");
    FormatOption.Format format = this.format.resolve(output.file, lang.locale());
    output.guard(OutputGuard.inputs(paths, framework.file, rules.files()), lang.locale());
    List<IntervalSpec> specs = interval.resolve();
    List<RuleSet> ruleSets = rules.resolve();
    List<RuleSet> compared = rules.values.isEmpty() && !sweep.given()
        ? List.of()
        : SensitivityOutput.compared(spec, ruleSets, sweep);
    RuleSet ruleSet = ruleSets.get(0);
    int inFull = agenda.inFull();
    Framework fw = framework.resolve();
    Exercise round =
        example ? Inputs.example(Inputs.EXAMPLE_2026, fw) : RoundOptions.round(paths, fw);
    CliMessages msg = CliMessages.of(lang.locale());
    if (round.assessments().size() < 2) {
      throw new InvalidInputException(msg.get(
          "compare.oneGroup",
          example
              ? "the example"
              : String.join(", ", paths.stream().map(Path::toString).toList()),
          round.groups().get(0).id()));
    }
    ScoringEngine engine = ScoringEngine.builder(fw).ruleSet(ruleSet).build();
    RoundAnalysis a = RoundAnalyser.withDefaults().analyse(engine, round);
    for (Metric metric : Metric.values()) {
      List<AlphaInterval> of = new ArrayList<>();
      for (IntervalSpec s : specs) {
        of.add(a.agreement().interval(metric, s));
      }
      intervals.put(metric, of);
    }
    if (compared.size() >= 2) {
      sensitivity = RoundAnalyser.withDefaults().sensitivity(fw, round, compared);
    }
    String text;
    switch (format) {
      case json:
        text = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(json(a, ruleSet, inFull))
            + System.lineSeparator();
        break;
      case csv:
        text = csv(a, fw);
        break;
      default:
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        text(a, ruleSet, msg, out, inFull);
        out.flush();
        text = sw.toString();
    }
    output.write(text, lang.locale(), "");
    return ExitCodes.OK;
  }

  static String answer(GroupAnswer g) {
    switch (g.status()) {
      case RATED:
        return Integer.toString(g.level().getAsInt());
      case NOT_APPLICABLE:
        return "NA";
      case NO_INFORMATION:
        return "NI";
      default:
        return "-";
    }
  }

  private static String answerId(GroupAnswer g) {
    switch (g.status()) {
      case RATED:
        return Integer.toString(g.level().getAsInt());
      case NOT_APPLICABLE:
        return "not-applicable";
      case NO_INFORMATION:
        return "no-information";
      default:
        return "not-rated";
    }
  }

  /** The reasons in the language of the text output. */
  private static String reasons(IndicatorDivergence d, CliMessages msg) {
    return d.reasons().stream()
        .map(r -> msg.get("reason." + r.name()))
        .sorted()
        .collect(Collectors.joining(","));
  }

  private static String reasons(IndicatorDivergence d) {
    return d.reasons().stream()
        .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .sorted()
        .collect(Collectors.joining(","));
  }

  private void text(
      RoundAnalysis a, RuleSet ruleSet, CliMessages msg, PrintWriter out, int inFull) {
    Locale locale = lang.locale();
    List<String> groups = a.groupIds();
    int w = Math.max(6, groups.stream().mapToInt(String::length).max().orElse(6)) + 2;
    List<IndicatorDivergence> divergent = a.indicators().stream()
        .filter(IndicatorDivergence::isHighlyDivergent)
        .collect(Collectors.toList());
    out.println(msg.get(
        "compare.heading",
        a.country(),
        a.roundId(),
        groups.size(),
        a.frameworkId() + " " + a.frameworkVersion(),
        ruleSet.id()));
    out.println();

    out.println(msg.get("compare.divergent", divergent.size(), a.indicators().size()));
    out.print(String.format(
        Locale.ROOT,
        "  %-10s %5s %6s",
        msg.get("compare.indicator"),
        msg.get("compare.range"),
        msg.get("compare.sd")));
    groups.forEach(g -> out.print(pad(g, w)));
    out.println("  " + msg.get("compare.reasons"));
    for (IndicatorDivergence d : divergent) {
      out.print(String.format(
          Locale.ROOT,
          "  %-10s %5s %6s",
          d.indicatorId(),
          d.spread()
              .map(s -> Tables.decimal(s.range().stripTrailingZeros(), locale))
              .orElse(""),
          d.spread().map(s -> Tables.decimal(s.standardDeviation(), 2, locale)).orElse("")));
      d.answers().forEach(g -> out.print(pad(answer(g), w)));
      out.println("  " + reasons(d, msg));
    }

    out.println();
    out.println(msg.get("compare.distances"));
    DistanceMatrix m = a.agreement().distances();
    out.print(pad("", w + 2));
    groups.forEach(g -> out.print(pad(g, w)));
    out.println();
    for (int i = 0; i < groups.size(); i++) {
      out.print("  " + String.format(Locale.ROOT, "%-" + w + "s", groups.get(i)));
      for (int j = 0; j < groups.size(); j++) {
        double d = m.distance(i, j);
        out.print(pad(Double.isNaN(d) ? "n/a" : Tables.decimal(d, 2, locale), w));
      }
      out.println();
    }

    out.println();
    out.println(msg.get("compare.agreement"));
    int mw = 9;
    for (Metric metric : Metric.values()) {
      mw = Math.max(mw, msg.get("metric." + metric.name()).length() + 1);
    }
    for (Metric metric : Metric.values()) {
      AlphaResult r = a.agreement().alpha(metric);
      out.printf(
          Locale.ROOT,
          "  %-" + mw + "s %s%n",
          msg.get("metric." + metric.name()),
          r.isDefined()
              ? Tables.decimal(r.alpha(), 4, locale)
              : msg.get("alpha.undefined", r.undefinedReason().orElse("no pairable values")));
      for (AlphaInterval i : intervals.get(metric)) {
        out.println("            " + IntervalOption.text(i));
      }
    }

    out.println();
    int full = Math.min(inFull, a.agenda().size());
    out.println(
        full < a.agenda().size()
            ? msg.get("compare.agendaInPart", a.agenda().size(), full)
            : msg.get("compare.agenda"));
    out.print(String.format(
        Locale.ROOT,
        "  %4s  %-10s %4s",
        msg.get("compare.rank"),
        msg.get("compare.indicator"),
        msg.get("compare.gap")));
    groups.forEach(g -> out.print(pad(g, w)));
    out.println("  " + msg.get("compare.title"));
    for (AgendaItem item : a.agenda().subList(0, full)) {
      out.print(String.format(
          Locale.ROOT,
          "  %4d  %-10s %4s",
          item.rank(),
          item.indicatorId(),
          Tables.decimal(item.gap().stripTrailingZeros(), locale)));
      item.answers().forEach(g -> out.print(pad(answer(g), w)));
      out.println("  " + item.title().get(locale));
    }
    if (full < a.agenda().size()) {
      out.println(msg.get("compare.inBrief", full + 1, a.agenda().size()));
      StringBuilder line = new StringBuilder("   ");
      for (AgendaItem item : a.agenda().subList(full, a.agenda().size())) {
        String entry = String.format(
            Locale.ROOT,
            " %d %s %s",
            item.rank(),
            item.indicatorId(),
            Tables.decimal(item.gap().stripTrailingZeros(), locale));
        if (line.length() + entry.length() + 1 > 96) {
          out.println(line);
          line.setLength(0);
          line.append("   ");
        }
        line.append(line.length() > 3 ? " ·" : "").append(entry);
      }
      out.println(line);
    }
    if (sensitivity != null) {
      out.println();
      SensitivityOutput.text(sensitivity, out);
    }
  }

  /** One row per indicator: divergence, agenda rank and gap, every group's answer. */
  private String csv(RoundAnalysis a, Framework fw) {
    Locale locale = lang.locale();
    List<String> header = new ArrayList<>(List.of(
        "indicator", "title", "divergent", "range", "standardDeviation", "reasons", "rank", "gap"));
    header.addAll(a.groupIds());
    Map<String, AgendaItem> agenda = new LinkedHashMap<>();
    a.agenda().forEach(i -> agenda.put(i.indicatorId(), i));
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorDivergence d : a.indicators()) {
      List<String> row = new ArrayList<>();
      AgendaItem item = agenda.get(d.indicatorId());
      row.add(d.indicatorId());
      row.add(fw.indicator(d.indicatorId()).map(i -> i.title().get(locale)).orElse(""));
      row.add(Boolean.toString(d.isHighlyDivergent()));
      row.add(d.spread().map(s -> Tables.plain(s.range().stripTrailingZeros())).orElse(""));
      row.add(d.spread().map(s -> Tables.plain(s.standardDeviation(), 4)).orElse(""));
      row.add(reasons(d));
      row.add(item == null ? "" : Integer.toString(item.rank()));
      row.add(item == null ? "" : Tables.plain(item.gap().stripTrailingZeros()));
      d.answers().forEach(g -> row.add(answerId(g)));
      rows.add(row);
    }
    return Tables.csv(header, rows);
  }

  private static String pad(String s, int width) {
    return String.format(Locale.ROOT, "%" + width + "s", s);
  }

  private ObjectNode json(RoundAnalysis a, RuleSet ruleSet, int inFull) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode o = mapper.createObjectNode();
    o.put("country", a.country());
    o.put("round", a.roundId());
    o.put("framework", a.frameworkId());
    o.put("frameworkVersion", a.frameworkVersion());
    o.put("rules", ruleSet.id());
    ArrayNode groups = o.putArray("groups");
    a.groupIds().forEach(groups::add);
    ArrayNode divergent = o.putArray("divergent");
    for (IndicatorDivergence d : a.indicators()) {
      if (!d.isHighlyDivergent()) {
        continue;
      }
      ObjectNode i = divergent.addObject();
      i.put("indicator", d.indicatorId());
      d.spread()
          .ifPresent(
              s -> i.put("range", s.range()).put("standardDeviation", s.standardDeviation()));
      ArrayNode reasons = i.putArray("reasons");
      d.reasons().stream()
          .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .sorted()
          .forEach(reasons::add);
      ObjectNode answers = i.putObject("answers");
      d.answers().forEach(g -> answers.put(g.groupId(), answerId(g)));
    }
    ObjectNode distances = o.putObject("distances");
    DistanceMatrix m = a.agreement().distances();
    for (int i = 0; i < a.groupIds().size(); i++) {
      ObjectNode row = distances.putObject(a.groupIds().get(i));
      for (int j = 0; j < a.groupIds().size(); j++) {
        double d = m.distance(i, j);
        if (Double.isNaN(d)) {
          row.putNull(a.groupIds().get(j));
        } else {
          row.put(a.groupIds().get(j), d);
        }
      }
    }
    ObjectNode alpha = o.putObject("alpha");
    for (Metric metric : Metric.values()) {
      AlphaResult r = a.agreement().alpha(metric);
      String name = metric.name().toLowerCase(Locale.ROOT);
      if (r.isDefined()) {
        alpha.put(name, r.alpha());
      } else {
        alpha.putNull(name);
      }
    }
    if (intervals.values().stream().anyMatch(l -> !l.isEmpty())) {
      ObjectNode byMetric = o.putObject("alphaIntervals");
      intervals.forEach((metric, of) ->
          IntervalOption.json(byMetric.putArray(metric.name().toLowerCase(Locale.ROOT)), of));
    }
    o.put("agendaInFull", Math.min(inFull, a.agenda().size()));
    ArrayNode agenda = o.putArray("agenda");
    for (AgendaItem item : a.agenda()) {
      ObjectNode i = agenda.addObject();
      i.put("rank", item.rank());
      i.put("inFull", item.rank() <= inFull);
      i.put("indicator", item.indicatorId());
      i.put("title", item.title().get(lang.locale()));
      i.put("gap", item.gap());
      ObjectNode answers = i.putObject("answers");
      item.answers().forEach(g -> answers.put(g.groupId(), answerId(g)));
    }
    if (sensitivity != null) {
      SensitivityOutput.json(o.putObject("ruleSensitivity"), sensitivity);
    }
    return o;
  }
}
