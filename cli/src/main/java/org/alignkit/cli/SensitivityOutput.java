package org.alignkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alignkit.analysis.AgendaSensitivity;
import org.alignkit.analysis.NodeSensitivity;
import org.alignkit.analysis.RuleSensitivity;
import org.alignkit.analysis.progress.ChangeSensitivity;
import org.alignkit.analysis.progress.ProgressSensitivity;
import org.alignkit.scoring.RuleSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Rule sensitivity on the command line ({@code compare} and {@code progress} with several rule
 * sets): the rule sets compared, and text and JSON for the levels, agenda items and changes that
 * depend on the rules. Rule sets are numbered [1], [2], ... in the tables; [1] is the reference.
 */
final class SensitivityOutput {
  private SensitivityOutput() {}

  /**
   * The rule sets to compare: those given, then the sweep's variants of the first; a usage error
   * when one is given twice.
   */
  static List<RuleSet> compared(CommandSpec spec, List<RuleSet> given, SweepOption sweep) {
    List<RuleSet> all = new ArrayList<>(given);
    all.addAll(sweep.variants(given.get(0)));
    Set<String> ids = new HashSet<>();
    for (RuleSet r : all) {
      if (!ids.add(r.id())) {
        throw new ParameterException(
            spec.commandLine(), "rule set '" + r.id() + "' is given twice; give each once");
      }
    }
    return all;
  }

  private static void legend(List<String> ids, PrintWriter out) {
    for (int i = 0; i < ids.size(); i++) {
      out.printf(Locale.ROOT, "  [%d] %s%s%n", i + 1, ids.get(i), i == 0 ? " (reference)" : "");
    }
  }

  /** The format of the group and node columns, as wide as their longest entries. */
  private static String columns(List<String> groups, List<String> nodes) {
    int g = Math.max(16, groups.stream().mapToInt(String::length).max().orElse(0));
    int n = Math.max(12, nodes.stream().mapToInt(String::length).max().orElse(0));
    return "  %-" + g + "s %-" + n + "s";
  }

  private static String header(int ruleSets) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= ruleSets; i++) {
      s.append(String.format(Locale.ROOT, "%6s", "[" + i + "]"));
    }
    return s.toString();
  }

  private static String numbers(List<String> all, List<String> some) {
    List<String> out = new ArrayList<>();
    for (String id : some) {
      out.add("[" + (all.indexOf(id) + 1) + "]");
    }
    return String.join(" ", out);
  }

  /** The round's rule sensitivity as text: the rule-dependent levels and agenda items. */
  static void text(RuleSensitivity s, PrintWriter out) {
    List<String> ids = s.ruleSetIds();
    out.println("Rule sensitivity: the same round under " + ids.size() + " rule sets");
    legend(ids, out);
    List<NodeSensitivity> dependent = s.ruleDependentNodes();
    out.printf(
        Locale.ROOT,
        "Levels: %d of %d hold under every rule set (robust); %d depend on the rules:%n",
        s.nodes().size() - dependent.size(),
        s.nodes().size(),
        dependent.size());
    if (!dependent.isEmpty()) {
      String columns = columns(
          dependent.stream().map(NodeSensitivity::groupId).toList(),
          dependent.stream().map(NodeSensitivity::nodeId).toList());
      out.printf(
          Locale.ROOT, columns + "%s  %s%n", "group", "node", header(ids.size()), "disagree");
      for (NodeSensitivity n : dependent) {
        StringBuilder row = new StringBuilder();
        n.levels()
            .values()
            .forEach(l -> row.append(String.format(
                Locale.ROOT,
                "%6s",
                l.level().isPresent() ? Integer.toString(l.level().getAsInt()) : "-")));
        out.printf(
            Locale.ROOT,
            columns + "%s  %s%n",
            n.groupId(),
            n.nodeId(),
            row,
            numbers(ids, n.disagreeing()));
      }
      out.println("  (- no level: not applicable, no information or insufficient coverage)");
    }
    List<AgendaSensitivity> moving = s.ruleDependentAgenda();
    out.printf(
        Locale.ROOT,
        "Agenda: %d items on every rule set's agenda; %d enter or leave it with the rules:%n",
        s.agenda().size() - moving.size(),
        moving.size());
    if (!moving.isEmpty()) {
      out.printf(Locale.ROOT, "  %-12s%s  %s%n", "indicator", header(ids.size()), "");
      for (AgendaSensitivity a : moving) {
        StringBuilder row = new StringBuilder();
        a.ranks()
            .values()
            .forEach(r -> row.append(
                String.format(Locale.ROOT, "%6s", r.isPresent() ? "#" + r.getAsInt() : "-")));
        out.printf(
            Locale.ROOT,
            "  %-12s%s  %s %s%n",
            a.indicatorId(),
            row,
            a.onReferenceAgenda() ? "leaves under" : "enters under",
            numbers(ids, a.disagreeing()));
      }
      out.println("  (#n its rank on that rule set's agenda, - not on it)");
    }
  }

  /** The round's rule sensitivity as JSON: every level and agenda item. */
  static void json(ObjectNode o, RuleSensitivity s) {
    ArrayNode ruleSets = o.putArray("ruleSets");
    s.ruleSetIds().forEach(ruleSets::add);
    o.put("reference", s.ruleSetIds().get(0));
    ArrayNode nodes = o.putArray("nodes");
    for (NodeSensitivity n : s.nodes()) {
      ObjectNode j = nodes.addObject();
      j.put("group", n.groupId());
      j.put("node", n.nodeId());
      j.put("type", n.type().name().toLowerCase(Locale.ROOT));
      ObjectNode levels = j.putObject("levels");
      n.levels().forEach((id, l) -> {
        if (l.level().isPresent()) {
          levels.put(id, l.level().getAsInt());
        } else {
          levels.putNull(id);
        }
      });
      ObjectNode outcomes = j.putObject("outcomes");
      n.levels().forEach((id, l) -> outcomes.put(id, outcome(l.outcome().name())));
      j.put("robust", n.isRobust());
      ArrayNode disagreeing = j.putArray("disagreeing");
      n.disagreeing().forEach(disagreeing::add);
    }
    ArrayNode agenda = o.putArray("agenda");
    for (AgendaSensitivity a : s.agenda()) {
      ObjectNode j = agenda.addObject();
      j.put("indicator", a.indicatorId());
      ObjectNode ranks = j.putObject("ranks");
      a.ranks().forEach((id, r) -> {
        if (r.isPresent()) {
          ranks.put(id, r.getAsInt());
        } else {
          ranks.putNull(id);
        }
      });
      j.put("robust", a.isRobust());
      j.put("onReferenceAgenda", a.onReferenceAgenda());
      ArrayNode disagreeing = j.putArray("disagreeing");
      a.disagreeing().forEach(disagreeing::add);
    }
  }

  private static String outcome(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Progress's rule sensitivity as text: the changes whose class depends on the rules. */
  static void text(ProgressSensitivity s, PrintWriter out) {
    List<String> ids = s.ruleSetIds();
    out.println("Rule sensitivity: the same rounds under " + ids.size() + " rule sets");
    legend(ids, out);
    List<ChangeSensitivity> dependent = s.ruleDependentChanges();
    out.printf(
        Locale.ROOT,
        "Changes: %d of %d have the same class under every rule set (robust); %d depend on the"
            + " rules:%n",
        s.changes().size() - dependent.size(),
        s.changes().size(),
        dependent.size());
    if (dependent.isEmpty()) {
      return;
    }
    int width = 15; // "not-comparable" and a space
    StringBuilder head = new StringBuilder();
    for (int i = 1; i <= ids.size(); i++) {
      head.append(String.format(Locale.ROOT, "%-" + width + "s", "[" + i + "]"));
    }
    String columns = columns(
        dependent.stream().map(ChangeSensitivity::groupId).toList(),
        dependent.stream().map(ChangeSensitivity::nodeId).toList());
    out.printf(Locale.ROOT, columns + " %s %s%n", "group", "node", head, "disagree");
    for (ChangeSensitivity c : dependent) {
      StringBuilder row = new StringBuilder();
      c.classes()
          .values()
          .forEach(k -> row.append(String.format(Locale.ROOT, "%-" + width + "s", k.id())));
      out.printf(
          Locale.ROOT,
          columns + " %s %s%n",
          c.groupId(),
          c.nodeId(),
          row,
          numbers(ids, c.disagreeing()));
    }
  }

  /** Progress's rule sensitivity as JSON: every change. */
  static void json(ObjectNode o, ProgressSensitivity s) {
    ArrayNode ruleSets = o.putArray("ruleSets");
    s.ruleSetIds().forEach(ruleSets::add);
    o.put("reference", s.ruleSetIds().get(0));
    ArrayNode changes = o.putArray("changes");
    for (ChangeSensitivity c : s.changes()) {
      ObjectNode j = changes.addObject();
      j.put("group", c.groupId());
      j.put("node", c.nodeId());
      j.put("type", c.type().name().toLowerCase(Locale.ROOT));
      ObjectNode classes = j.putObject("classes");
      c.classes().forEach((id, k) -> classes.put(id, k.id()));
      j.put("robust", c.isRobust());
      ArrayNode disagreeing = j.putArray("disagreeing");
      c.disagreeing().forEach(disagreeing::add);
    }
  }
}
