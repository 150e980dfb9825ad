package org.alignkit.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alignkit.analysis.AgendaItem;
import org.alignkit.analysis.AgendaSensitivity;
import org.alignkit.analysis.NodeSensitivity;
import org.alignkit.analysis.RuleSensitivity;
import org.alignkit.analysis.progress.Change;
import org.alignkit.analysis.progress.ChangeSensitivity;
import org.alignkit.analysis.progress.ProgressSensitivity;
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
import org.alignkit.core.Level;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Rating;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.metrics.AlphaInterval;
import org.apiguardian.api.API;

/**
 * Renders a {@link ReportModel} as one JSON document with the same numbers as {@link HtmlReport}:
 * scores, levels, ratings, ranges, agenda, progress, alpha and distances, unrounded (scores as
 * exact decimals in plain notation). Texts are given in the requested language. Absent values are
 * {@code null}; a group that did not answer an indicator has status {@code missing}.
 *
 * <p>Top-level fields: {@code format} ({@code "alignkit-report"}), {@code formatVersion} (1),
 * {@code language}, {@code title}, {@code country}, {@code round}, {@code baselineRound}, {@code
 * framework}, {@code ruleSet}, {@code scale}, {@code groups}, {@code overallIsConsensus}, {@code
 * nodes}, {@code indicators}, {@code agenda}, {@code progress}, {@code agreement}, {@code
 * distances}, {@code consensus} (the workshop's outcome: {@code round}, {@code dissents} with the
 * group's and the agreed level, {@code actions}, {@code endorsements}; {@code null} without a
 * consensus) and {@code followUp} (the baseline's plan followed up: {@code planRound}, {@code
 * endorsements}, {@code actions} with {@code status}, {@code statusDate}, {@code evidence}, {@code
 * overdue} and the {@code indicators}' changes; {@code null} without the baseline's consensus).
 * With interval estimates {@code agreement} has {@code intervals} and {@code intervalsByDomain}
 * (method, level, limits, standard error, resamples, seed, q); {@code ruleSensitivity} and {@code
 * progressSensitivity} are {@code null} unless rule sets were compared (each group's level of each
 * node under each rule set, robust or not, with the rule sets that disagree with the reference; the
 * agenda's ranks; progress classes). Dates are ISO 8601 ({@code 2026-03-26}). Instances are
 * immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JsonReport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private final ObjectWriter writer;

  private JsonReport() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .nodeFactory(NODES)
        .build();
    this.writer = mapper.writer();
  }

  /** A renderer. */
  public static JsonReport create() {
    return new JsonReport();
  }

  /** The report as a JSON string. */
  public String render(ReportModel model, Locale locale) {
    try {
      return writer.writeValueAsString(tree(model, locale));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the report to a writer (which this method does not close). */
  public void write(ReportModel model, Locale locale, Writer out) throws IOException {
    writer
        .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, tree(model, locale));
  }

  /**
   * The report as a Jackson tree: kept inside the module, so that no Jackson type shows in
   * AlignKit's API (the module does not require Jackson transitively).
   */
  ObjectNode tree(ReportModel model, Locale locale) {
    requireNonNull(model, "model");
    requireNonNull(locale, "locale");
    return new Builder(model, locale).build();
  }

  private static final class Builder {
    private final ReportModel m;
    private final Locale locale;
    private final Framework fw;

    Builder(ReportModel m, Locale locale) {
      this.m = m;
      this.locale = locale;
      this.fw = m.framework();
    }

    private String t(LocalizedText text) {
      return text.get(locale);
    }

    ObjectNode build() {
      ObjectNode root = NODES.objectNode();
      root.put("format", "alignkit-report");
      root.put("formatVersion", 1);
      root.put("language", locale.toLanguageTag());
      root.put("title", t(m.title()));
      root.put("country", m.country().isEmpty() ? null : t(m.country()));
      root.set("round", round(Optional.of(m.round())));
      root.set("baselineRound", round(m.baselineRound()));
      ObjectNode f = root.putObject("framework");
      f.put("id", fw.id());
      f.put("version", fw.version());
      f.put("title", t(fw.title()));
      f.put("official", fw.provenance().official());
      f.put("licence", fw.provenance().licence().orElse(null));
      f.put(
          "notice",
          fw.provenance().notice().isEmpty() ? null : t(fw.provenance().notice()));
      ArrayNode sources = f.putArray("sources");
      fw.provenance().sources().forEach(sources::add);
      ObjectNode rs = root.putObject("ruleSet");
      rs.put("id", m.ruleSet().id());
      rs.put(
          "description",
          m.ruleSet().description().isEmpty() ? null : t(m.ruleSet().description()));
      ArrayNode scale = root.putArray("scale");
      for (Level l : fw.scale().levels()) {
        scale
            .addObject()
            .put("level", l.number())
            .put("name", t(l.name()))
            .put("descriptor", t(l.descriptor()));
      }
      ArrayNode groups = root.putArray("groups");
      for (StakeholderGroup g : m.groups()) {
        ObjectNode gn = groups.addObject().put("id", g.id()).put("name", t(g.name()));
        ArrayNode kinds = gn.putArray("kinds");
        g.kinds().stream().map(StakeholderKind::id).forEach(kinds::add);
      }
      root.put("overallIsConsensus", m.overallIsConsensus());
      root.set("nodes", nodes());
      root.set("indicators", indicators());
      root.set("agenda", agenda());
      root.set("progress", progress());
      root.set("agreement", agreement());
      ArrayNode distances = root.putArray("distances");
      m.distances()
          .forEach(d -> distances
              .addObject()
              .put("first", d.first())
              .put("second", d.second())
              .put("distance", d.distance()));
      root.set("consensus", consensus());
      root.set("followUp", followUp());
      root.set("ruleSensitivity", m.ruleSensitivity().map(this::ruleSensitivity).orElse(null));
      root.set(
          "progressSensitivity",
          m.progressSensitivity().map(this::progressSensitivity).orElse(null));
      return root;
    }

    private ObjectNode consensus() {
      if (m.consensus().isEmpty()) {
        return null;
      }
      ConsensusRecord c = m.consensus().get();
      ObjectNode o = NODES.objectNode();
      o.set("round", round(Optional.of(c.round())));
      ArrayNode dissents = o.putArray("dissents");
      for (Dissent d : c.dissents()) {
        ObjectNode x = dissents.addObject();
        x.put("indicator", d.indicatorId());
        x.put("title", fw.indicator(d.indicatorId()).map(i -> t(i.title())).orElse(null));
        x.put("group", d.groupId());
        x.put("level", d.level().isPresent() ? d.level().getAsInt() : null);
        Optional<Rating> agreed = c.agreed().rating(d.indicatorId());
        x.put(
            "agreedLevel",
            agreed.filter(Rating::isRated).map(r -> r.level().getAsInt()).orElse(null));
        x.put("agreedStatus", agreed.map(r -> r.status().id()).orElse("missing"));
        x.put("reason", d.reason().orElse(null));
      }
      o.set("actions", actions(c.actions()));
      o.set("endorsements", endorsements(c.endorsements()));
      return o;
    }

    private ArrayNode actions(List<ActionItem> actions) {
      ArrayNode out = NODES.arrayNode();
      actions.forEach(a -> out.add(action(a)));
      return out;
    }

    private ObjectNode action(ActionItem a) {
      ObjectNode x = NODES.objectNode();
      x.put("id", a.id());
      x.put("domain", a.domainId());
      x.put("action", a.action());
      ArrayNode ids = x.putArray("indicators");
      a.indicatorIds().forEach(ids::add);
      x.put("owner", a.owner().orElse(null));
      x.put("due", a.due().map(LocalDate::toString).orElse(null));
      return x;
    }

    private ArrayNode endorsements(List<Endorsement> list) {
      ArrayNode out = NODES.arrayNode();
      for (Endorsement e : list) {
        out.addObject()
            .put("body", e.body())
            .put("date", e.date().toString())
            .put("reference", e.reference().orElse(null));
      }
      return out;
    }

    private ObjectNode followUp() {
      if (m.baselineConsensus().isEmpty()) {
        return null;
      }
      ConsensusRecord plan = m.baselineConsensus().get();
      ObjectNode o = NODES.objectNode();
      o.set("planRound", round(Optional.of(plan.round())));
      o.set("endorsements", endorsements(plan.endorsements()));
      ArrayNode actions = o.putArray("actions");
      for (FollowUpRow r : m.followUp()) {
        ObjectNode x = action(r.action());
        x.put("status", r.actionStatus().map(ActionStatus::id).orElse(null));
        x.put("statusDate", r.status().map(s -> s.date().toString()).orElse(null));
        x.put("evidence", r.status().flatMap(ActionFollowUp::evidence).orElse(null));
        x.put("overdue", r.overdue());
        ArrayNode changes = x.putArray("indicatorChanges");
        for (Change c : r.indicators()) {
          changes
              .addObject()
              .put("indicator", c.nodeId())
              .put("baseline", c.baseline().orElse(null))
              .put("current", c.current().orElse(null))
              .put("change", c.change().orElse(null))
              .put("class", c.progressClass().id());
        }
        actions.add(x);
      }
      return o;
    }

    private ObjectNode round(Optional<org.alignkit.core.Round> r) {
      if (r.isEmpty()) {
        return null;
      }
      return NODES
          .objectNode()
          .put("id", r.get().id())
          .put("date", r.get().date().toString());
    }

    private ObjectNode cell(Optional<ScoreCell> cell) {
      ObjectNode c = NODES.objectNode();
      c.put("score", cell.flatMap(ScoreCell::score).orElse(null));
      c.put("level", cell.flatMap(ScoreCell::level).orElse(null));
      c.put("reason", cell.flatMap(ScoreCell::reason).map(this::t).orElse(null));
      return c;
    }

    private ArrayNode nodes() {
      ArrayNode out = NODES.arrayNode();
      node(out, fw, "framework");
      for (Domain d : fw.domains()) {
        node(out, d, "domain");
        for (Component c : d.components()) {
          node(out, c, "component");
        }
      }
      return out;
    }

    private void node(ArrayNode out, FrameworkNode n, String type) {
      Optional<NodeResult> r = m.nodeResult(n.id());
      if (r.isEmpty()) {
        return;
      }
      ObjectNode o = out.addObject().put("id", n.id()).put("type", type).put("title", t(n.title()));
      ObjectNode groups = o.putObject("groups");
      for (StakeholderGroup g : m.groups()) {
        groups.set(g.id(), cell(Optional.ofNullable(r.get().groups().get(g.id()))));
      }
      o.set("overall", cell(r.get().overall()));
    }

    private ObjectNode rating(Indicator ind, Optional<GroupRating> rating) {
      ObjectNode o = NODES.objectNode();
      if (rating.isEmpty()) {
        o.put("status", "missing");
        o.putNull("level");
        return o;
      }
      GroupRating r = rating.get();
      o.put("status", r.status().id());
      o.put("level", r.level().orElse(null));
      o.put("descriptor", r.level().map(l -> descriptor(ind, l)).orElse(null));
      o.put("evidence", r.evidence().orElse(null));
      o.put("comment", r.comment().orElse(null));
      return o;
    }

    private String descriptor(Indicator ind, int level) {
      LocalizedText own = ind.levelDescriptors().get(level);
      return own != null
          ? t(own)
          : fw.scale().level(level).map(l -> t(l.descriptor())).orElse(null);
    }

    private ArrayNode indicators() {
      ArrayNode out = NODES.arrayNode();
      for (IndicatorRow row : m.indicators()) {
        Indicator ind = fw.indicator(row.indicatorId()).orElseThrow();
        ObjectNode o = out.addObject();
        o.put("id", ind.id());
        o.put("title", t(ind.title()));
        o.put("domain", fw.domainOf(ind.id()).map(Domain::id).orElse(null));
        o.put("component", fw.parent(ind.id()).map(FrameworkNode::id).orElse(null));
        o.put("divergent", row.divergent());
        o.put("range", row.range().orElse(null));
        ObjectNode ratings = o.putObject("ratings");
        for (StakeholderGroup g : m.groups()) {
          ratings.set(g.id(), rating(ind, Optional.ofNullable(row.ratings().get(g.id()))));
        }
        o.set("overall", cell(row.overall()));
      }
      return out;
    }

    private ArrayNode agenda() {
      ArrayNode out = NODES.arrayNode();
      for (AgendaItem item : m.agenda()) {
        Indicator ind = fw.indicator(item.indicatorId()).orElseThrow();
        ObjectNode o = out.addObject();
        o.put("rank", item.rank());
        o.put("indicator", ind.id());
        o.put("title", t(ind.title()));
        o.put("gap", item.gap());
        ObjectNode positions = o.putObject("positions");
        GroupRating.byGroup(item.answers())
            .forEach((g, r) -> positions.set(g, rating(ind, Optional.of(r))));
      }
      return out;
    }

    private ArrayNode progress() {
      ArrayNode out = NODES.arrayNode();
      for (ProgressRow r : m.progress()) {
        ObjectNode o = out.addObject();
        o.put("node", r.nodeId());
        o.put("group", r.groupId().orElse(null));
        o.put("baseline", r.baseline().orElse(null));
        o.put("current", r.current().orElse(null));
        o.put("change", r.difference().orElse(null));
        o.put("class", r.progressClass().id());
      }
      return out;
    }

    private ObjectNode agreement() {
      if (m.agreement().isEmpty()) {
        return null;
      }
      ObjectNode o = NODES.objectNode();
      o.put("metric", m.agreementMetric().name().toLowerCase(java.util.Locale.ROOT));
      o.put("alpha", m.alpha().orElse(null));
      ObjectNode byDomain = o.putObject("byDomain");
      for (Domain d : fw.domains()) {
        byDomain.put(d.id(), m.alpha(d.id()).orElse(null));
      }
      intervals(o.putArray("intervals"), m.alphaIntervals());
      ObjectNode intervalsByDomain = o.putObject("intervalsByDomain");
      m.alphaIntervalsByDomain()
          .forEach((id, list) -> intervals(intervalsByDomain.putArray(id), list));
      return o;
    }

    private static void intervals(ArrayNode out, java.util.List<AlphaInterval> intervals) {
      for (AlphaInterval i : intervals) {
        ObjectNode o = out.addObject();
        o.put("method", i.method().id());
        o.put("level", i.level());
        o.put("alpha", i.isDefined() ? i.alpha() : null);
        o.put("lower", i.isDefined() ? i.lower() : null);
        o.put("upper", i.isDefined() ? i.upper() : null);
        o.put("standardError", i.isDefined() ? i.standardError() : null);
        o.put("resamples", i.resamples());
        o.put("seed", i.seed().isPresent() ? i.seed().getAsLong() : null);
        o.put("undefinedReason", i.undefinedReason().orElse(null));
        ObjectNode q = o.putObject("probabilityBelow");
        i.probabilityBelow()
            .forEach((min, p) ->
                q.put(java.math.BigDecimal.valueOf(min).stripTrailingZeros().toPlainString(), p));
      }
    }

    private ObjectNode ruleSensitivity(RuleSensitivity s) {
      ObjectNode o = NODES.objectNode();
      ArrayNode ids = o.putArray("ruleSets");
      s.ruleSetIds().forEach(ids::add);
      o.put("reference", s.ruleSetIds().get(0));
      ArrayNode nodes = o.putArray("nodes");
      for (NodeSensitivity n : s.nodes()) {
        ObjectNode j = nodes.addObject();
        j.put("group", n.groupId());
        j.put("node", n.nodeId());
        j.put("type", n.type().name().toLowerCase(Locale.ROOT));
        ObjectNode levels = j.putObject("levels");
        n.levels()
            .forEach((id, l) -> levels.put(
                id, l.level().isPresent() ? Integer.valueOf(l.level().getAsInt()) : null));
        ObjectNode outcomes = j.putObject("outcomes");
        n.levels()
            .forEach((id, l) ->
                outcomes.put(id, l.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        j.put("robust", n.isRobust());
        ArrayNode disagreeing = j.putArray("disagreeing");
        n.disagreeing().forEach(disagreeing::add);
      }
      ArrayNode agenda = o.putArray("agenda");
      for (AgendaSensitivity a : s.agenda()) {
        ObjectNode j = agenda.addObject();
        j.put("indicator", a.indicatorId());
        ObjectNode ranks = j.putObject("ranks");
        a.ranks()
            .forEach(
                (id, r) -> ranks.put(id, r.isPresent() ? Integer.valueOf(r.getAsInt()) : null));
        j.put("robust", a.isRobust());
        j.put("onReferenceAgenda", a.onReferenceAgenda());
        ArrayNode disagreeing = j.putArray("disagreeing");
        a.disagreeing().forEach(disagreeing::add);
      }
      return o;
    }

    private ObjectNode progressSensitivity(ProgressSensitivity s) {
      ObjectNode o = NODES.objectNode();
      ArrayNode ids = o.putArray("ruleSets");
      s.ruleSetIds().forEach(ids::add);
      o.put("reference", s.ruleSetIds().get(0));
      ArrayNode changes = o.putArray("changes");
      for (ChangeSensitivity c : s.changes()) {
        ObjectNode j = changes.addObject();
        j.put("group", c.groupId());
        j.put("node", c.nodeId());
        ObjectNode classes = j.putObject("classes");
        c.classes().forEach((id, k) -> classes.put(id, k.id()));
        j.put("robust", c.isRobust());
        ArrayNode disagreeing = j.putArray("disagreeing");
        c.disagreeing().forEach(disagreeing::add);
      }
      return o;
    }
  }
}
