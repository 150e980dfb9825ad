package org.alignkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.scoring.NodeScore;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.ScoringEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code alignkit score}: scores assessments under one or more rule sets, side by side. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    header = "Scores assessments under one or more rule sets, with reasons.",
    description = {
      "Scores assessments: the score and level of every component, domain and the whole"
          + " framework, with coverage and the reason for each level. Several --rules put the"
          + " scorings side by side.",
      "Formats: text (a table per assessment), json (one object per assessment) or csv (one row"
          + " per assessment, rule set and node)."
    })
final class ScoreCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Assessment files (YAML, JSON or CSV), exercise files or round folders.")
  List<Path> assessments;

  @Mixin
  FrameworkOption framework;

  @Mixin
  RulesOption.Repeatable rules;

  @Mixin
  FormatOption format;

  @Mixin
  LangOption lang;

  @Mixin
  OutputOption output;

  @Option(names = "--explain", description = "Text format: print the reason for every level.")
  boolean explain;

  @Override
  public Integer call() throws Exception {
    FormatOption.Format format = this.format.resolve(output.file, lang.locale());
    output.guard(OutputGuard.inputs(assessments, framework.file, rules.files()), lang.locale());
    Framework framework = this.framework.resolve();
    List<ScoringEngine> engines = new ArrayList<>();
    for (RuleSet r : rules.resolve()) {
      // Explanations are recorded only where they are printed: --explain, and the JSON "reason".
      boolean explanations = explain || format == FormatOption.Format.json;
      engines.add(
          ScoringEngine.builder(framework).ruleSet(r).explanations(explanations).build());
    }
    List<Assessment> loaded = RoundOptions.assessments(assessments, framework);
    List<Map<String, ScoreCard>> cards = new ArrayList<>();
    for (Assessment a : loaded) {
      Map<String, ScoreCard> byRules = new LinkedHashMap<>();
      for (ScoringEngine e : engines) {
        byRules.put(e.ruleSet().id(), e.score(a));
      }
      cards.add(byRules);
    }
    Locale locale = lang.locale();
    String text;
    switch (format) {
      case json:
        text = json(framework, cards, locale);
        break;
      case csv:
        text = csv(framework, cards, locale);
        break;
      default:
        text = text(framework, cards, locale);
    }
    output.write(text, locale, "");
    return ExitCodes.OK;
  }

  private static List<FrameworkNode> nodes(Framework f) {
    List<FrameworkNode> nodes = new ArrayList<>();
    nodes.add(f);
    f.domains().forEach(d -> {
      nodes.add(d);
      nodes.addAll(d.components());
    });
    return nodes;
  }

  private static NodeScore node(ScoreCard card, FrameworkNode n) {
    return n instanceof Framework ? card.overall() : card.node(n.id()).orElseThrow();
  }

  private static String score(NodeScore s, Locale locale) {
    return s.score()
        .map(r -> Tables.decimal(
            r.toBigDecimal(MathContext.DECIMAL64).setScale(2, java.math.RoundingMode.HALF_EVEN),
            locale))
        .orElse("-");
  }

  private static String level(Framework f, NodeScore s, Locale locale) {
    if (s.level().isEmpty()) {
      return CliMessages.of(locale).get("outcome." + s.outcome().name());
    }
    int l = s.level().getAsInt();
    return l + " " + f.scale().level(l).map(x -> x.name().get(locale)).orElse("");
  }

  private String text(Framework f, List<Map<String, ScoreCard>> cards, Locale locale) {
    StringWriter sw = new StringWriter();
    PrintWriter out = new PrintWriter(sw);
    for (Map<String, ScoreCard> byRules : cards) {
      Assessment a = byRules.values().iterator().next().assessment();
      CliMessages msg = CliMessages.of(locale);
      out.println(msg.get(
          "score.heading",
          a.group().name().get(locale),
          a.country(),
          a.round().id(),
          f.title().get(locale)));
      out.printf("%-10s %-46s", msg.get("score.node"), msg.get("score.title"));
      for (String r : byRules.keySet()) {
        out.printf(" %-30s", r);
      }
      out.println();
      for (FrameworkNode n : nodes(f)) {
        String indent = n instanceof Framework
            ? ""
            : n.type() == org.alignkit.core.NodeType.DOMAIN ? " " : "   ";
        String title = n.title().get(locale);
        if (title.length() > 44) {
          title = title.substring(0, 43) + "…";
        }
        out.printf(
            "%-10s %-46s", n instanceof Framework ? msg.get("score.all") : n.id(), indent + title);
        for (ScoreCard c : byRules.values()) {
          NodeScore s = node(c, n);
          out.printf(" %-30s", score(s, locale) + "  " + level(f, s, locale));
        }
        out.println();
        if (explain) {
          for (Map.Entry<String, ScoreCard> e : byRules.entrySet()) {
            node(e.getValue(), n)
                .explanation()
                .ifPresent(x -> out.println("           [" + e.getKey() + "] " + x.reason(locale)));
          }
        }
      }
      out.println();
    }
    out.flush();
    return sw.toString();
  }

  private String json(Framework f, List<Map<String, ScoreCard>> cards, Locale locale)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode root = mapper.createArrayNode();
    for (Map<String, ScoreCard> byRules : cards) {
      Assessment a = byRules.values().iterator().next().assessment();
      ObjectNode o = root.addObject();
      o.put("group", a.group().id());
      o.put("country", a.country());
      o.put("round", a.round().id());
      o.put("framework", f.label());
      ArrayNode nodes = o.putArray("nodes");
      for (FrameworkNode n : nodes(f)) {
        ObjectNode no = nodes.addObject();
        no.put("id", n.id());
        no.put("type", n.type().name().toLowerCase(Locale.ROOT));
        no.put("title", n.title().get(locale));
        ObjectNode results = no.putObject("results");
        for (Map.Entry<String, ScoreCard> e : byRules.entrySet()) {
          NodeScore s = node(e.getValue(), n);
          ObjectNode r = results.putObject(e.getKey());
          if (s.score().isPresent()) {
            r.put("score", s.score().get().toBigDecimal(MathContext.DECIMAL64));
            r.put("exactScore", s.score().get().toString());
          } else {
            r.putNull("score");
          }
          if (s.level().isPresent()) {
            r.put("level", s.level().getAsInt());
          } else {
            r.putNull("level");
          }
          r.put("outcome", s.outcome().name().toLowerCase(Locale.ROOT));
          ObjectNode cov = r.putObject("coverage");
          cov.put("rated", s.indicatorCoverage().rated());
          cov.put("notApplicable", s.indicatorCoverage().notApplicable());
          cov.put("noInformation", s.indicatorCoverage().noInformation());
          cov.put("missing", s.indicatorCoverage().missing());
          s.explanation().ifPresent(x -> r.put("reason", x.reason(locale)));
        }
      }
    }
    return mapper.writeValueAsString(root) + System.lineSeparator();
  }

  private String csv(Framework f, List<Map<String, ScoreCard>> cards, Locale locale)
      throws Exception {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.builder()
        .addColumn("group")
        .addColumn("ruleSet")
        .addColumn("node")
        .addColumn("type")
        .addColumn("title")
        .addColumn("score")
        .addColumn("level")
        .addColumn("outcome")
        .addColumn("rated")
        .addColumn("notApplicable")
        .addColumn("noInformation")
        .addColumn("missing")
        .build()
        .withHeader();
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, ScoreCard> byRules : cards) {
      for (Map.Entry<String, ScoreCard> e : byRules.entrySet()) {
        for (FrameworkNode n : nodes(f)) {
          NodeScore s = node(e.getValue(), n);
          rows.add(List.of(
              e.getValue().assessment().group().id(),
              e.getKey(),
              n.id(),
              n.type().name().toLowerCase(Locale.ROOT),
              n.title().get(locale),
              s.score()
                  .map(r -> Tables.plain(r.toBigDecimal(MathContext.DECIMAL64)))
                  .orElse(""),
              s.level().isPresent() ? Integer.toString(s.level().getAsInt()) : "",
              s.outcome().name().toLowerCase(Locale.ROOT),
              Integer.toString(s.indicatorCoverage().rated()),
              Integer.toString(s.indicatorCoverage().notApplicable()),
              Integer.toString(s.indicatorCoverage().noInformation()),
              Integer.toString(s.indicatorCoverage().missing())));
        }
      }
    }
    return mapper.writer(schema).writeValueAsString(rows);
  }
}
