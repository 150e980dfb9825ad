package org.alignkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.alignkit.analysis.progress.ProgressSensitivity;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.report.ProgressRow;
import org.alignkit.report.ReportModel;
import org.alignkit.report.RoundReports;
import org.alignkit.scoring.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code alignkit progress}: the change of every group's scores between two rounds. */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two rounds (exercise files or folders), or two assessments of a group: per group and",
      "node the baseline score, the current score, the change and its class. The rows of group",
      "'(all)' are the median answer of all groups, scored by the same rules. Two or more --rules",
      "(or --sweep) add the rule sensitivity: which changes' classes depend on the rules; the",
      "first rule set gives the table."
    })
final class ProgressCommand implements Callable<Integer> {
  static final String WHOLE = "(all)";

  @Spec
  CommandSpec spec;

  @Parameters(
      arity = "0..2",
      paramLabel = "BASELINE CURRENT",
      description = "The baseline round and the current one (exercise, folder or assessment file).")
  Path[] rounds;

  @Option(names = "--example", description = "Compare the bundled Kivara rounds 2024 and 2026.")
  boolean example;

  @Mixin
  FrameworkOption framework;

  @Mixin
  RulesOption.Repeatable rules;

  @Mixin
  SweepOption sweep;

  @Mixin
  TextOrJsonOption format;

  @Override
  public Integer call() throws Exception {
    List<RuleSet> compared = SensitivityOutput.compared(spec, this.rules.resolve(), sweep);
    RuleSet rules = compared.get(0);
    int given = rounds == null ? 0 : rounds.length;
    if (example ? given != 0 : given != 2) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          example
              ? "give either BASELINE CURRENT or --example, not both"
              : "give BASELINE and CURRENT, or --example");
    }
    Framework fw = framework.resolve();
    Exercise base =
        example ? Inputs.example(Inputs.EXAMPLE_2024, fw) : RoundOptions.round(rounds[0], fw);
    Exercise current =
        example ? Inputs.example(Inputs.EXAMPLE_2026, fw) : RoundOptions.round(rounds[1], fw);
    ReportModel model =
        RoundReports.builder(fw, current).ruleSet(rules).baseline(base).build().model();
    ProgressSensitivity sensitivity =
        compared.size() < 2 ? null : ProgressSensitivity.compare(fw, base, fw, current, compared);
    PrintWriter out = spec.commandLine().getOut();
    if (model.progress().isEmpty()) {
      throw new InvalidInputException("no group is in both rounds (baseline groups: "
          + base.groups().stream().map(g -> g.id()).toList()
          + ", current groups: "
          + current.groups().stream().map(g -> g.id()).toList()
          + "); compare the same group's assessments");
    }
    if (format.json()) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode o = mapper.createObjectNode();
      o.put("baselineRound", base.round().id());
      o.put("currentRound", current.round().id());
      o.put("rules", rules.id());
      ArrayNode rows = o.putArray("rows");
      for (ProgressRow r : model.progress()) {
        ObjectNode row = rows.addObject();
        if (r.groupId().isPresent()) {
          row.put("group", r.groupId().get());
        } else {
          row.putNull("group");
        }
        row.put("node", r.nodeId());
        putNumber(row, "baseline", r.baseline());
        putNumber(row, "current", r.current());
        putNumber(row, "change", r.difference());
        row.put("class", r.progressClass().id());
      }
      if (sensitivity != null) {
        SensitivityOutput.json(o.putObject("ruleSensitivity"), sensitivity);
      }
      out.println(mapper.writeValueAsString(o));
    } else {
      out.printf(
          Locale.ROOT,
          "Progress %s -> %s (rules %s)%n",
          base.round().id(),
          current.round().id(),
          rules.id());
      out.printf(
          Locale.ROOT,
          "%-16s %-20s %9s %9s %8s  %s%n",
          "group",
          "node",
          "baseline",
          "current",
          "change",
          "class");
      for (ProgressRow r : model.progress()) {
        out.printf(
            Locale.ROOT,
            "%-16s %-20s %9s %9s %8s  %s%n",
            r.groupId().orElse(WHOLE),
            r.nodeId(),
            text(r.baseline(), false),
            text(r.current(), false),
            text(r.difference(), true),
            r.progressClass().id());
      }
      if (sensitivity != null) {
        out.println();
        SensitivityOutput.text(sensitivity, out);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void putNumber(ObjectNode row, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      row.put(name, value.get().setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros());
    } else {
      row.putNull(name);
    }
  }

  private static String text(Optional<BigDecimal> value, boolean signed) {
    return value
        .map(v -> String.format(Locale.ROOT, signed ? "%+.2f" : "%.2f", v))
        .orElse("-");
  }
}
