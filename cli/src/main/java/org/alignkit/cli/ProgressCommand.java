package org.alignkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.alignkit.analysis.RoundMismatchException;
import org.alignkit.analysis.Rounds;
import org.alignkit.analysis.progress.Change;
import org.alignkit.analysis.progress.GroupProgress;
import org.alignkit.analysis.progress.NotComparableReason;
import org.alignkit.analysis.progress.Progress;
import org.alignkit.analysis.progress.ProgressSensitivity;
import org.alignkit.analysis.progress.RoundData;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.StakeholderGroup;
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
    header = "Each group's change of scores from a baseline to a later round.",
    description = {
      "Compares two rounds of one country (round folders, exercise files, or two assessments of a"
          + " group): per group and node the baseline score, the current score, the change and"
          + " its class. The baseline must be dated before the current round; groups in one round"
          + " only are listed. The rows of group '(all)' are the median answer of all groups,"
          + " scored by the same rules; they are shown when both rounds have the same groups. Two"
          + " or more --rules (or --sweep) add the rule sensitivity: which changes' classes depend"
          + " on the rules; the first rule set gives the table.",
      "Formats: text (a table), json (the rows and the groups in one round only) or csv (one row"
          + " per group and node)."
    })
final class ProgressCommand implements Callable<Integer> {
  static final String WHOLE = "(all)";

  @Spec
  CommandSpec spec;

  @Parameters(
      arity = "0..2",
      paramLabel = "BASELINE CURRENT",
      description = "The baseline round and the current one (round folder, exercise file or"
          + " assessment file).")
  Path[] rounds;

  @Option(names = "--example", description = "Compare the bundled Kivara rounds 2024 and 2026.")
  boolean example;

  @Mixin
  FrameworkOption framework;

  @Option(
      names = "--baseline-framework",
      paramLabel = "F",
      description = "The framework file the baseline answers, when it answers another version of"
          + " the framework (default: the --framework of the current round).")
  Path baselineFramework;

  @Mixin
  RulesOption.Repeatable rules;

  @Mixin
  SweepOption sweep;

  @Mixin
  LangOption lang;

  @Mixin
  FormatOption format;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    int given = rounds == null ? 0 : rounds.length;
    if (example ? given != 0 : given != 2) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          example
              ? "give either BASELINE CURRENT or --example, not both"
              : "give BASELINE and CURRENT, or --example");
    }
    FormatOption.Format format = this.format.resolve(output.file, lang.locale());
    output.guard(
        OutputGuard.inputs(rounds, framework.file, baselineFramework, rules.files()),
        lang.locale());
    List<RuleSet> compared = SensitivityOutput.compared(spec, this.rules.resolve(), sweep);
    RuleSet rules = compared.get(0);
    Framework fw = framework.resolve();
    Framework bfw = baselineFramework == null ? fw : Inputs.framework(baselineFramework);
    Exercise base =
        example ? Inputs.example(Inputs.EXAMPLE_2024, bfw) : RoundOptions.round(rounds[0], bfw);
    Exercise current =
        example ? Inputs.example(Inputs.EXAMPLE_2026, fw) : RoundOptions.round(rounds[1], fw);
    Locale locale = lang.locale();
    CliMessages msg = CliMessages.of(locale);
    try {
      Rounds.requireProgression(bfw, base, fw, current);
    } catch (RoundMismatchException e) {
      throw new InvalidInputException(
          Mismatches.progression(msg.get("progress.mismatch"), e, bfw, base, fw, current, locale));
    }
    List<String> onlyInBaseline = new ArrayList<>();
    List<String> onlyInCurrent = new ArrayList<>();
    for (StakeholderGroup g : base.groups()) {
      if (current.assessment(g.id()).isEmpty()) {
        onlyInBaseline.add(g.id());
      }
    }
    for (StakeholderGroup g : current.groups()) {
      if (base.assessment(g.id()).isEmpty()) {
        onlyInCurrent.add(g.id());
      }
    }
    if (onlyInBaseline.size() == base.groups().size()) {
      throw new InvalidInputException(msg.get("progress.noCommonGroup", ids(base), ids(current)));
    }
    RoundReports.Builder b = RoundReports.builder(fw, current).ruleSet(rules);
    if (bfw == fw) {
      b.baseline(base);
    } else {
      b.baseline(bfw, base);
    }
    ReportModel model = b.build().model();
    ProgressSensitivity sensitivity =
        compared.size() < 2 ? null : ProgressSensitivity.compare(bfw, base, fw, current, compared);
    boolean whole = onlyInBaseline.isEmpty() && onlyInCurrent.isEmpty();
    List<Change> versionChanges = new ArrayList<>();
    if (!bfw.version().equals(fw.version())) {
      GroupProgress gp = Progress.between(RoundData.of(bfw, base), RoundData.of(fw, current))
          .groups()
          .get(0);
      for (Change c : gp.indicators()) {
        Optional<NotComparableReason> why = c.notComparableReason();
        if (why.isPresent()
            && (why.get() == NotComparableReason.ADDED
                || why.get() == NotComparableReason.REMOVED
                || why.get() == NotComparableReason.RESCALED)) {
          versionChanges.add(c);
        }
      }
    }
    String text;
    switch (format) {
      case json:
        text = json(
            base,
            current,
            rules,
            model,
            onlyInBaseline,
            onlyInCurrent,
            whole,
            bfw,
            fw,
            sensitivity);
        break;
      case csv:
        text = csv(model, locale, whole);
        break;
      default:
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        out.println(
            msg.get("progress.heading", base.round().id(), current.round().id(), rules.id()));
        if (!bfw.version().equals(fw.version())) {
          out.println(msg.get(
              versionChanges.isEmpty() ? "progress.versionsSame" : "progress.versions",
              bfw.id(),
              bfw.version(),
              fw.version(),
              versionChanges.size()));
          for (Change c : versionChanges) {
            out.println("  " + c.nodeId() + ": "
                + msg.get("notComparable." + c.notComparableReason().get().name()));
          }
        }
        out.printf(
            Locale.ROOT,
            "%-16s %-20s %9s %9s %8s  %s%n",
            msg.get("progress.group"),
            msg.get("progress.node"),
            msg.get("progress.baseline"),
            msg.get("progress.current"),
            msg.get("progress.change"),
            msg.get("progress.class"));
        for (ProgressRow r : model.progress()) {
          if (r.groupId().isEmpty() && !whole) {
            continue;
          }
          out.printf(
              Locale.ROOT,
              "%-16s %-20s %9s %9s %8s  %s%n",
              r.groupId().orElse(msg.get("progress.whole")),
              r.nodeId(),
              text(r.baseline(), false, locale),
              text(r.current(), false, locale),
              text(r.difference(), true, locale),
              msg.get("class." + r.progressClass().name()));
        }
        if (!onlyInBaseline.isEmpty()) {
          out.println(msg.get("progress.onlyInBaseline", String.join(", ", onlyInBaseline)));
        }
        if (!onlyInCurrent.isEmpty()) {
          out.println(msg.get("progress.onlyInCurrent", String.join(", ", onlyInCurrent)));
        }
        if (!whole) {
          out.println(msg.get("progress.noWhole"));
        }
        if (sensitivity != null) {
          out.println();
          SensitivityOutput.text(sensitivity, out);
        }
        out.flush();
        text = sw.toString();
    }
    output.write(text, locale, "");
    return ExitCodes.OK;
  }

  private static List<String> ids(Exercise e) {
    return e.groups().stream().map(StakeholderGroup::id).toList();
  }

  private static String json(
      Exercise base,
      Exercise current,
      RuleSet rules,
      ReportModel model,
      List<String> onlyInBaseline,
      List<String> onlyInCurrent,
      boolean whole,
      Framework bfw,
      Framework fw,
      ProgressSensitivity sensitivity)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode o = mapper.createObjectNode();
    o.put("baselineRound", base.round().id());
    o.put("currentRound", current.round().id());
    o.put("baselineFrameworkVersion", bfw.version());
    o.put("currentFrameworkVersion", fw.version());
    o.put("rules", rules.id());
    ArrayNode rows = o.putArray("rows");
    for (ProgressRow r : model.progress()) {
      if (r.groupId().isEmpty() && !whole) {
        continue;
      }
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
      r.change()
          .notComparableReason()
          .ifPresent(n -> row.put("notComparable", n.name().toLowerCase(Locale.ROOT)));
    }
    ArrayNode ob = o.putArray("onlyInBaseline");
    onlyInBaseline.forEach(ob::add);
    ArrayNode oc = o.putArray("onlyInCurrent");
    onlyInCurrent.forEach(oc::add);
    o.put("wholeCompared", whole);
    if (sensitivity != null) {
      SensitivityOutput.json(o.putObject("ruleSensitivity"), sensitivity);
    }
    return mapper.writeValueAsString(o) + System.lineSeparator();
  }

  private static String csv(ReportModel model, Locale locale, boolean whole) {
    List<List<String>> rows = new ArrayList<>();
    for (ProgressRow r : model.progress()) {
      if (r.groupId().isEmpty() && !whole) {
        continue;
      }
      rows.add(List.of(
          r.groupId().orElse(WHOLE),
          r.nodeId(),
          r.baseline().map(v -> Tables.plain(scaled(v))).orElse(""),
          r.current().map(v -> Tables.plain(scaled(v))).orElse(""),
          r.difference().map(v -> Tables.plain(scaled(v))).orElse(""),
          r.progressClass().id()));
    }
    return Tables.csv(List.of("group", "node", "baseline", "current", "change", "class"), rows);
  }

  private static BigDecimal scaled(BigDecimal v) {
    return v.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  private static void putNumber(ObjectNode row, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      row.put(name, scaled(value.get()));
    } else {
      row.putNull(name);
    }
  }

  private static String text(Optional<BigDecimal> value, boolean signed, Locale locale) {
    return value
        .map(v -> {
          String s = String.format(Locale.ROOT, signed ? "%+.2f" : "%.2f", v);
          return CliMessages.isFrench(locale) ? s.replace('.', ',') : s;
        })
        .orElse("-");
  }
}
