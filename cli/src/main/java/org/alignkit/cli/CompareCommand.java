package org.alignkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
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
    description = {
      "Compares the groups of a round: the divergent indicators, the distances between groups,",
      "Krippendorff's alpha (groups as coders, indicators as units) and the ranked harmonisation agenda",
      "(the first --agenda items in full, the rest in brief, as in the report).",
      "Levels are shown as numbers; NA not applicable, NI no information, - not rated.",
      "--interval adds intervals for alpha; two or more --rules (or --sweep) add the rule",
      "sensitivity: which groups' levels and agenda items depend on the rules."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "EXERCISE",
      description = "The round: an exercise file or a folder of assessments.")
  Path exercise;

  @Option(names = "--example", description = "Use the bundled Kivara example, round 2026.")
  boolean example;

  @Mixin
  FrameworkOption framework;

  @Mixin
  LangOption lang;

  @Mixin
  TextOrJsonOption format;

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
    RoundOptions.requireOneSource(spec, exercise != null, example, "EXERCISE");
    List<IntervalSpec> specs = interval.resolve();
    List<RuleSet> compared = rules.values.isEmpty() && !sweep.given()
        ? List.of()
        : SensitivityOutput.compared(spec, rules.resolve(), sweep);
    int inFull = agenda.inFull();
    Framework fw = framework.resolve();
    Exercise round =
        example ? Inputs.example(Inputs.EXAMPLE_2026, fw) : Inputs.exercise(exercise, fw);
    if (round.assessments().size() < 2) {
      throw new InvalidInputException("compare needs at least two groups; "
          + (exercise == null ? "the example" : exercise) + " has one");
    }
    RoundAnalysis a = RoundAnalyser.withDefaults().analyse(fw, round);
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
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(json(a, inFull)));
    } else {
      text(a, out, inFull);
    }
    out.flush();
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

  private static String reasons(IndicatorDivergence d) {
    return d.reasons().stream()
        .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .sorted()
        .collect(Collectors.joining(","));
  }

  private void text(RoundAnalysis a, PrintWriter out, int inFull) {
    List<String> groups = a.groupIds();
    int w = Math.max(6, groups.stream().mapToInt(String::length).max().orElse(6)) + 2;
    List<IndicatorDivergence> divergent = a.indicators().stream()
        .filter(IndicatorDivergence::isHighlyDivergent)
        .collect(Collectors.toList());
    out.printf(
        Locale.ROOT,
        "%s, round %s: %d groups, framework %s %s%n%n",
        a.country(),
        a.roundId(),
        groups.size(),
        a.frameworkId(),
        a.frameworkVersion());

    out.printf(
        Locale.ROOT,
        "Divergent indicators: %d of %d%n",
        divergent.size(),
        a.indicators().size());
    out.print(String.format(Locale.ROOT, "  %-10s %5s %6s", "indicator", "range", "sd"));
    groups.forEach(g -> out.print(pad(g, w)));
    out.println("  reasons");
    for (IndicatorDivergence d : divergent) {
      out.print(String.format(
          Locale.ROOT,
          "  %-10s %5s %6.2f",
          d.indicatorId(),
          d.spread().map(s -> s.range().stripTrailingZeros().toPlainString()).orElse(""),
          d.spread().map(s -> s.standardDeviation()).orElse(Double.NaN)));
      d.answers().forEach(g -> out.print(pad(answer(g), w)));
      out.println("  " + reasons(d));
    }

    out.println();
    out.println("Distances between groups (mean absolute difference of levels):");
    DistanceMatrix m = a.agreement().distances();
    out.print(pad("", w + 2));
    groups.forEach(g -> out.print(pad(g, w)));
    out.println();
    for (int i = 0; i < groups.size(); i++) {
      out.print("  " + String.format(Locale.ROOT, "%-" + w + "s", groups.get(i)));
      for (int j = 0; j < groups.size(); j++) {
        double d = m.distance(i, j);
        out.print(pad(Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.2f", d), w));
      }
      out.println();
    }

    out.println();
    out.println("Agreement (Krippendorff's alpha; groups as coders, indicators as units):");
    for (Metric metric : Metric.values()) {
      AlphaResult r = a.agreement().alpha(metric);
      out.printf(
          Locale.ROOT,
          "  %-9s %s%n",
          metric.name().toLowerCase(Locale.ROOT),
          r.isDefined()
              ? String.format(Locale.ROOT, "%.4f", r.alpha())
              : "undefined (" + r.undefinedReason().orElse("no pairable values") + ")");
      for (AlphaInterval i : intervals.get(metric)) {
        out.println("            " + IntervalOption.text(i));
      }
    }

    out.println();
    int full = Math.min(inFull, a.agenda().size());
    out.println(
        full < a.agenda().size()
            ? "Harmonisation agenda (" + a.agenda().size() + " items; the first " + full
                + " in full):"
            : "Harmonisation agenda:");
    out.print(String.format(Locale.ROOT, "  %4s  %-10s %4s", "rank", "indicator", "gap"));
    groups.forEach(g -> out.print(pad(g, w)));
    out.println("  title");
    for (AgendaItem item : a.agenda().subList(0, full)) {
      out.print(String.format(
          Locale.ROOT,
          "  %4d  %-10s %4s",
          item.rank(),
          item.indicatorId(),
          item.gap().stripTrailingZeros().toPlainString()));
      item.answers().forEach(g -> out.print(pad(answer(g), w)));
      out.println("  " + item.title().get(lang.locale()));
    }
    if (full < a.agenda().size()) {
      out.println("  In brief (rank indicator gap), items " + (full + 1) + " to "
          + a.agenda().size() + ":");
      StringBuilder line = new StringBuilder("   ");
      for (AgendaItem item : a.agenda().subList(full, a.agenda().size())) {
        String entry = String.format(
            Locale.ROOT,
            " %d %s %s",
            item.rank(),
            item.indicatorId(),
            item.gap().stripTrailingZeros().toPlainString());
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

  private static String pad(String s, int width) {
    return String.format(Locale.ROOT, "%" + width + "s", s);
  }

  private ObjectNode json(RoundAnalysis a, int inFull) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode o = mapper.createObjectNode();
    o.put("country", a.country());
    o.put("round", a.roundId());
    o.put("framework", a.frameworkId());
    o.put("frameworkVersion", a.frameworkVersion());
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
