package org.alignkit.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alignkit.analysis.AgendaItem;
import org.alignkit.analysis.AgendaSensitivity;
import org.alignkit.analysis.NodeSensitivity;
import org.alignkit.analysis.progress.Change;
import org.alignkit.analysis.progress.ChangeSensitivity;
import org.alignkit.core.ActionFollowUp;
import org.alignkit.core.ActionItem;
import org.alignkit.core.ActionStatus;
import org.alignkit.core.Component;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Dissent;
import org.alignkit.core.Domain;
import org.alignkit.core.Endorsement;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.Indicator;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Rating;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.metrics.AlphaInterval;
import org.apiguardian.api.API;

/**
 * Renders a {@link ReportModel} as one CSV table (RFC 4180, header row, written by Jackson's CSV
 * module) with the same numbers as {@link HtmlReport}, unrounded, for spreadsheets and statistics
 * tools. Each row belongs to a {@code section}:
 *
 * <ul>
 *   <li>{@code score}: {@code node}, {@code node_type}, {@code group} (empty for the whole), {@code
 *       score}, {@code level}, {@code reason};
 *   <li>{@code rating}: {@code node} (the indicator), {@code group}, {@code status} ({@code rated},
 *       {@code not-applicable}, {@code no-information}, {@code missing}), {@code level}, {@code
 *       divergent}, {@code range};
 *   <li>{@code agenda}: one row per group: {@code rank}, {@code node}, {@code gap}, {@code group},
 *       {@code status}, {@code level};
 *   <li>{@code progress}: {@code node}, {@code group} (empty for the whole), {@code baseline},
 *       {@code current}, {@code change}, {@code class};
 *   <li>{@code alpha}: {@code node} (the framework or a domain), {@code metric}, {@code value};
 *   <li>{@code distance}: {@code group}, {@code other_group}, {@code value};
 *   <li>{@code dissent} (the round's consensus): {@code node} (the indicator), {@code group},
 *       {@code level} (the group's), {@code agreed_level}, {@code status} (the agreed answer's),
 *       {@code reason};
 *   <li>{@code action} (the round's plan): {@code action_id}, {@code node} (the domain), {@code
 *       text}, {@code indicators} (ids separated by spaces), {@code owner}, {@code due}, {@code
 *       round};
 *   <li>{@code endorsement}: {@code text} (the body), {@code date}, {@code evidence} (the
 *       reference), {@code round} (the plan's);
 *   <li>{@code follow_up} (the baseline's plan): {@code action_id}, {@code node}, {@code text},
 *       {@code indicators}, {@code owner}, {@code due}, {@code round}, {@code status} ({@code
 *       not-started}, {@code in-progress}, {@code done}, {@code dropped}, empty when not reported),
 *       {@code date}, {@code evidence}, {@code overdue};
 *   <li>{@code follow_up_indicator}: {@code action_id}, {@code node} (the indicator), {@code
 *       baseline}, {@code current}, {@code change}, {@code class};
 *   <li>{@code alpha-interval}, when asked for: {@code node} (the framework or a domain), {@code
 *       metric}, {@code value} (alpha), {@code method}, {@code confidence} (the level), {@code
 *       lower}, {@code upper}, {@code standard_error}, {@code resamples}, {@code seed} (empty for
 *       the jackknife), {@code reason} (why it is undefined);
 *   <li>{@code rule-level}, when rule sets are compared: {@code node}, {@code node_type}, {@code
 *       group}, {@code rule_set}, {@code level}, {@code reason} (the outcome without a level),
 *       {@code robust};
 *   <li>{@code rule-agenda}: {@code node} (the indicator), {@code rule_set}, {@code rank} (empty
 *       when off that rule set's agenda), {@code robust};
 *   <li>{@code rule-progress}: {@code node}, {@code group}, {@code rule_set}, {@code class},
 *       {@code robust}.
 * </ul>
 *
 * Numbers use a dot as decimal separator in every language; {@code title} is in the requested
 * language. Instances are immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CsvReport {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "section",
      "node",
      "node_type",
      "title",
      "group",
      "other_group",
      "score",
      "level",
      "status",
      "reason",
      "divergent",
      "range",
      "rank",
      "gap",
      "baseline",
      "current",
      "change",
      "class",
      "metric",
      "value",
      "action_id",
      "text",
      "indicators",
      "owner",
      "due",
      "date",
      "evidence",
      "overdue",
      "agreed_level",
      "round",
      "method",
      "confidence",
      "lower",
      "upper",
      "standard_error",
      "resamples",
      "seed",
      "rule_set",
      "robust");

  private final ObjectWriter writer;

  private CsvReport() {
    CsvMapper mapper = new CsvMapper();
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    this.writer = mapper.writerFor(Map.class).with(schema.build());
  }

  /** A renderer. */
  public static CsvReport create() {
    return new CsvReport();
  }

  /** The report as a CSV string. */
  public String render(ReportModel model, Locale locale) {
    StringWriter out = new StringWriter();
    try {
      write(model, locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the report to a writer (which this method does not close). */
  public void write(ReportModel model, Locale locale, Writer out) throws IOException {
    requireNonNull(model, "model");
    requireNonNull(locale, "locale");
    try (SequenceWriter rows = writer
        .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValues(out)) {
      new Rows(model, locale, rows).write();
    }
  }

  private static final class Rows {
    private final ReportModel m;
    private final Locale locale;
    private final Framework fw;
    private final SequenceWriter out;

    Rows(ReportModel m, Locale locale, SequenceWriter out) {
      this.m = m;
      this.locale = locale;
      this.fw = m.framework();
      this.out = out;
    }

    private String t(LocalizedText text) {
      return text.get(locale);
    }

    private static String num(Optional<BigDecimal> v) {
      return v.map(BigDecimal::toPlainString).orElse("");
    }

    private Map<String, String> row(String section, String node, String title) {
      Map<String, String> r = new LinkedHashMap<>();
      r.put("section", section);
      r.put("node", node);
      r.put("title", title);
      return r;
    }

    void write() throws IOException {
      scores(fw, "framework");
      for (Domain d : fw.domains()) {
        scores(d, "domain");
        for (Component c : d.components()) {
          scores(c, "component");
        }
      }
      for (IndicatorRow row : m.indicators()) {
        Indicator ind = fw.indicator(row.indicatorId()).orElseThrow();
        for (StakeholderGroup g : m.groups()) {
          Map<String, String> r = row("rating", ind.id(), t(ind.title()));
          r.put("node_type", "indicator");
          r.put("group", g.id());
          rating(r, Optional.ofNullable(row.ratings().get(g.id())));
          r.put("divergent", String.valueOf(row.divergent()));
          r.put("range", num(row.range()));
          out.write(r);
        }
        Map<String, String> r = row("score", ind.id(), t(ind.title()));
        r.put("node_type", "indicator");
        r.put("group", "");
        cell(r, row.overall());
        out.write(r);
      }
      for (AgendaItem item : m.agenda()) {
        Indicator ind = fw.indicator(item.indicatorId()).orElseThrow();
        for (Map.Entry<String, GroupRating> p :
            GroupRating.byGroup(item.answers()).entrySet()) {
          Map<String, String> r = row("agenda", ind.id(), t(ind.title()));
          r.put("rank", String.valueOf(item.rank()));
          r.put("gap", item.gap().toPlainString());
          r.put("group", p.getKey());
          rating(r, Optional.of(p.getValue()));
          out.write(r);
        }
      }
      for (ProgressRow p : m.progress()) {
        Map<String, String> r = row(
            "progress",
            p.nodeId(),
            fw.node(p.nodeId())
                .map(n -> t(n.title()))
                .orElse(p.nodeId().equals(fw.id()) ? t(fw.title()) : ""));
        r.put("group", p.groupId().orElse(""));
        r.put("baseline", num(p.baseline()));
        r.put("current", num(p.current()));
        r.put("change", num(p.difference()));
        r.put("class", p.progressClass().id());
        out.write(r);
      }
      if (m.agreement().isPresent()) {
        String metric = m.agreementMetric().name().toLowerCase(java.util.Locale.ROOT);
        Map<String, String> r = row("alpha", fw.id(), t(fw.title()));
        r.put("node_type", "framework");
        r.put("metric", metric);
        r.put("value", m.alpha().map(String::valueOf).orElse(""));
        out.write(r);
        for (Domain d : fw.domains()) {
          Map<String, String> dr = row("alpha", d.id(), t(d.title()));
          dr.put("node_type", "domain");
          dr.put("metric", metric);
          Double v = m.alpha(d.id()).orElse(null);
          dr.put("value", v == null ? "" : String.valueOf(v));
          out.write(dr);
        }
      }
      for (GroupDistance d : m.distances()) {
        Map<String, String> r = row("distance", "", "");
        r.put("group", d.first());
        r.put("other_group", d.second());
        r.put("value", String.valueOf(d.distance()));
        out.write(r);
      }
      if (m.consensus().isPresent()) {
        ConsensusRecord c = m.consensus().get();
        for (Dissent d : c.dissents()) {
          Map<String, String> r = row(
              "dissent",
              d.indicatorId(),
              fw.indicator(d.indicatorId()).map(i -> t(i.title())).orElse(""));
          r.put("node_type", "indicator");
          r.put("group", d.groupId());
          r.put("level", d.level().isPresent() ? String.valueOf(d.level().getAsInt()) : "");
          Optional<Rating> agreed = c.agreed().rating(d.indicatorId());
          r.put(
              "agreed_level",
              agreed
                  .filter(Rating::isRated)
                  .map(x -> String.valueOf(x.level().getAsInt()))
                  .orElse(""));
          r.put("status", agreed.map(x -> x.status().id()).orElse("missing"));
          r.put("reason", d.reason().orElse(""));
          out.write(r);
        }
        for (ActionItem a : c.actions()) {
          out.write(action("action", a, c.round().id()));
        }
        endorsements(c);
      }
      if (m.baselineConsensus().isPresent()) {
        ConsensusRecord plan = m.baselineConsensus().get();
        endorsements(plan);
        for (FollowUpRow f : m.followUp()) {
          Map<String, String> r = action("follow_up", f.action(), plan.round().id());
          r.put("status", f.actionStatus().map(ActionStatus::id).orElse(""));
          r.put("date", f.status().map(s -> s.date().toString()).orElse(""));
          r.put("evidence", f.status().flatMap(ActionFollowUp::evidence).orElse(""));
          r.put("overdue", String.valueOf(f.overdue()));
          out.write(r);
          for (Change ch : f.indicators()) {
            Map<String, String> x = row(
                "follow_up_indicator",
                ch.nodeId(),
                fw.indicator(ch.nodeId()).map(i -> t(i.title())).orElse(""));
            x.put("node_type", "indicator");
            x.put("action_id", f.actionId());
            x.put("baseline", num(ch.baseline()));
            x.put("current", num(ch.current()));
            x.put("change", num(ch.change()));
            x.put("class", ch.progressClass().id());
            x.put("round", plan.round().id());
            out.write(x);
          }
        }
      }
      for (AlphaInterval i : m.alphaIntervals()) {
        interval(fw, "framework", i);
      }
      for (Domain d : fw.domains()) {
        for (AlphaInterval i : m.alphaIntervalsByDomain().getOrDefault(d.id(), List.of())) {
          interval(d, "domain", i);
        }
      }
      if (m.ruleSensitivity().isPresent()) {
        for (NodeSensitivity n : m.ruleSensitivity().get().nodes()) {
          String title = n.nodeId().equals(fw.id())
              ? t(fw.title())
              : fw.node(n.nodeId()).map(x -> t(x.title())).orElse("");
          for (var e : n.levels().entrySet()) {
            Map<String, String> r = row("rule-level", n.nodeId(), title);
            r.put("node_type", n.type().name().toLowerCase(java.util.Locale.ROOT));
            r.put("group", n.groupId());
            r.put("rule_set", e.getKey());
            r.put(
                "level",
                e.getValue().level().isPresent()
                    ? String.valueOf(e.getValue().level().getAsInt())
                    : "");
            r.put("reason", e.getValue().level().isPresent() ? "" : e.getValue().toString());
            r.put("robust", String.valueOf(n.isRobust()));
            out.write(r);
          }
        }
        for (AgendaSensitivity a : m.ruleSensitivity().get().agenda()) {
          Indicator ind = fw.indicator(a.indicatorId()).orElseThrow();
          for (var e : a.ranks().entrySet()) {
            Map<String, String> r = row("rule-agenda", ind.id(), t(ind.title()));
            r.put("node_type", "indicator");
            r.put("rule_set", e.getKey());
            r.put("rank", e.getValue().isPresent() ? String.valueOf(e.getValue().getAsInt()) : "");
            r.put("robust", String.valueOf(a.isRobust()));
            out.write(r);
          }
        }
      }
      if (m.progressSensitivity().isPresent()) {
        for (ChangeSensitivity c : m.progressSensitivity().get().changes()) {
          String title = c.nodeId().equals(fw.id())
              ? t(fw.title())
              : fw.node(c.nodeId()).map(x -> t(x.title())).orElse("");
          for (var e : c.classes().entrySet()) {
            Map<String, String> r = row("rule-progress", c.nodeId(), title);
            r.put("group", c.groupId());
            r.put("rule_set", e.getKey());
            r.put("class", e.getValue().id());
            r.put("robust", String.valueOf(c.isRobust()));
            out.write(r);
          }
        }
      }
    }

    private Map<String, String> action(String section, ActionItem a, String round) {
      Map<String, String> r = row(
          section, a.domainId(), fw.domain(a.domainId()).map(d -> t(d.title())).orElse(""));
      r.put("node_type", "domain");
      r.put("action_id", a.id());
      r.put("text", a.action());
      r.put("indicators", String.join(" ", a.indicatorIds()));
      r.put("owner", a.owner().orElse(""));
      r.put("due", a.due().map(LocalDate::toString).orElse(""));
      r.put("round", round);
      return r;
    }

    private void endorsements(ConsensusRecord c) throws IOException {
      for (Endorsement e : c.endorsements()) {
        Map<String, String> r = row("endorsement", "", "");
        r.put("text", e.body());
        r.put("date", e.date().toString());
        r.put("evidence", e.reference().orElse(""));
        r.put("round", c.round().id());
        out.write(r);
      }
    }

    private void interval(FrameworkNode n, String type, AlphaInterval i) throws IOException {
      Map<String, String> r = row("alpha-interval", n.id(), t(n.title()));
      r.put("node_type", type);
      r.put("metric", i.metric().name().toLowerCase(java.util.Locale.ROOT));
      r.put("method", i.method().id());
      r.put("confidence", String.valueOf(i.level()));
      r.put("lower", i.isDefined() ? String.valueOf(i.lower()) : "");
      r.put("upper", i.isDefined() ? String.valueOf(i.upper()) : "");
      r.put("value", i.isDefined() ? String.valueOf(i.alpha()) : "");
      r.put("standard_error", i.isDefined() ? String.valueOf(i.standardError()) : "");
      r.put("resamples", String.valueOf(i.resamples()));
      r.put("seed", i.seed().isPresent() ? String.valueOf(i.seed().getAsLong()) : "");
      r.put("reason", i.undefinedReason().orElse(""));
      out.write(r);
    }

    private void scores(FrameworkNode n, String type) throws IOException {
      Optional<NodeResult> res = m.nodeResult(n.id());
      if (res.isEmpty()) {
        return;
      }
      for (StakeholderGroup g : m.groups()) {
        Map<String, String> r = row("score", n.id(), t(n.title()));
        r.put("node_type", type);
        r.put("group", g.id());
        cell(r, Optional.ofNullable(res.get().groups().get(g.id())));
        out.write(r);
      }
      Map<String, String> r = row("score", n.id(), t(n.title()));
      r.put("node_type", type);
      r.put("group", "");
      cell(r, res.get().overall());
      out.write(r);
    }

    private void cell(Map<String, String> r, Optional<ScoreCell> c) {
      r.put("score", num(c.flatMap(ScoreCell::score)));
      r.put("level", c.flatMap(ScoreCell::level).map(String::valueOf).orElse(""));
      r.put("reason", c.flatMap(ScoreCell::reason).map(this::t).orElse(""));
    }

    private static void rating(Map<String, String> r, Optional<GroupRating> rating) {
      r.put("status", rating.map(x -> x.status().id()).orElse("missing"));
      r.put("level", rating.flatMap(GroupRating::level).map(String::valueOf).orElse(""));
    }
  }
}
