package org.alignkit.report.internal;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alignkit.analysis.AgendaItem;
import org.alignkit.analysis.AgendaSensitivity;
import org.alignkit.analysis.NodeSensitivity;
import org.alignkit.analysis.RuleLevel;
import org.alignkit.analysis.RuleSensitivity;
import org.alignkit.analysis.progress.Change;
import org.alignkit.analysis.progress.ChangeSensitivity;
import org.alignkit.analysis.progress.ProgressClass;
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
import org.alignkit.core.Provenance;
import org.alignkit.core.Rating;
import org.alignkit.core.RatingStatus;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.metrics.AlphaInterval;
import org.alignkit.metrics.IntervalMethod;
import org.alignkit.report.FollowUpRow;
import org.alignkit.report.GroupRating;
import org.alignkit.report.IndicatorRow;
import org.alignkit.report.NodeResult;
import org.alignkit.report.ProgressRow;
import org.alignkit.report.ReportModel;
import org.alignkit.report.ScoreCell;

/**
 * Turns a {@link ReportModel} into the data model of {@code report.ftlh}: plain maps, lists and
 * strings, texts already in the report's language and numbers already formatted, so the template
 * only lays out (and FreeMarker escapes every string it prints). The charts come as SVG markup
 * built by {@link Svg}, which escapes its own text.
 */
public final class HtmlData {
  private final ReportModel m;
  private final Locale locale;
  private final Messages msg;
  private final Framework fw;
  private final List<String> levelBg;
  private final int agendaInFull;
  private final DateTimeFormatter dates;

  private HtmlData(ReportModel model, Locale locale, int agendaInFull) {
    this.m = model;
    this.msg = Messages.of(locale);
    this.locale = msg.locale();
    this.fw = model.framework();
    this.levelBg = Palette.levelColours(fw.scale().max());
    this.agendaInFull = agendaInFull;
    this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", this.locale);
  }

  /** The template data for a model in a language, the first 10 agenda items in full. */
  public static Map<String, Object> build(ReportModel model, Locale locale) {
    return build(model, locale, 10);
  }

  /**
   * The template data for a model in a language: the first {@code agendaInFull} agenda items in
   * full, the others in a compact table.
   */
  public static Map<String, Object> build(ReportModel model, Locale locale, int agendaInFull) {
    return new HtmlData(model, locale, agendaInFull).build();
  }

  private String date(LocalDate d) {
    return dates.format(d);
  }

  private String number(BigDecimal v) {
    return Numbers.score(v, locale);
  }

  private String t(LocalizedText text) {
    return text.get(locale);
  }

  private Map<String, Object> build() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("lang", msg.get("lang"));
    Map<String, String> labels = new LinkedHashMap<>();
    msg.patterns()
        .keySet()
        .forEach(k -> labels.put(k.replace('.', '_').replace('-', '_'), msg.get(k)));
    d.put("msg", labels);
    d.put("title", t(m.title()));
    d.put("country", t(m.country()));
    d.put("round", m.round().id());
    d.put("roundDate", date(m.round().date()));
    d.put("workshopDate", m.consensus().map(c -> date(c.round().date())).orElse(""));
    d.put("baselineRound", m.baselineRound().map(r -> r.id()).orElse(""));
    d.put("overallLabel", msg.get(m.overallIsConsensus() ? "label.consensus" : "label.overall"));
    d.put("groups", groups());
    d.put("levels", levels());
    d.put("framework", framework());
    d.put("ruleSet", Map.of("id", m.ruleSet().id(), "description", t(m.ruleSet().description())));
    d.put("summaryRows", summaryRows());
    d.put("radar", markup(radar()));
    d.put("radarIntro", msg.get("section.radar.intro", fw.scale().max()));
    d.put("versionLabel", msg.get("label.version", fw.version()));
    d.put("heatRows", heatRows());
    List<Map<String, Object>> agenda = agenda();
    int full = Math.min(agendaInFull, agenda.size());
    d.put("agenda", agenda.subList(0, full));
    d.put("agendaRest", agenda.subList(full, agenda.size()));
    d.put(
        "agendaIntro",
        msg.get(
            agenda.size() > full ? "section.agenda.intro" : "section.agenda.introAll",
            full,
            agenda.size()));
    d.put(
        "agendaRestTitle",
        agenda.size() > full ? msg.get("section.agenda.rest", full + 1, agenda.size()) : "");
    d.put("hasConsensus", m.consensus().isPresent());
    d.put("outcome", outcome());
    d.put("hasFollowUp", !m.followUp().isEmpty());
    d.put("followUp", followUp());
    d.put("hasProgress", !m.progress().isEmpty());
    d.put(
        "progressIntro",
        msg.get(
            "section.progress.intro",
            m.baselineRound().map(r -> r.id()).orElse(""),
            m.round().id()));
    d.put("progressRows", progressRows());
    d.put("progressMatrix", m.progress().isEmpty() ? Map.of() : progressMatrix());
    d.put("progressChart", m.progress().isEmpty() ? "" : markup(progressChart()));
    d.put("progressShows", m.progress().isEmpty() ? "" : progressShows());
    d.put("hasAgreement", m.agreement().isPresent());
    d.put("agreement", agreement());
    d.put("hasDistances", !m.distances().isEmpty());
    d.put("distances", distances());
    d.put("hasSensitivity", m.ruleSensitivity().isPresent());
    d.put("sensitivity", sensitivity());
    return d;
  }

  private static Object markup(String svg) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(svg);
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  private String groupName(String id) {
    return m.group(id).map(g -> t(g.name())).orElse(id);
  }

  private List<Map<String, Object>> groups() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < m.groups().size(); i++) {
      StakeholderGroup g = m.groups().get(i);
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", g.id());
      e.put("name", t(g.name()));
      e.put("kinds", g.kinds().stream().map(k -> t(k.label())).collect(Collectors.joining(", ")));
      e.put("colour", Palette.groupColour(i));
      out.add(e);
    }
    return out;
  }

  private List<Map<String, Object>> levels() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Level l : fw.scale().levels()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("number", String.valueOf(l.number()));
      e.put("name", t(l.name()));
      e.put("descriptor", t(l.descriptor()));
      e.put("bg", levelBg.get(l.number() - 1));
      e.put("fg", Palette.textOn(levelBg.get(l.number() - 1)));
      out.add(e);
    }
    return out;
  }

  private Map<String, Object> framework() {
    Provenance p = fw.provenance();
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", fw.id());
    e.put("version", fw.version());
    e.put("title", t(fw.title()));
    e.put("description", t(fw.description()));
    e.put("notice", t(p.notice()));
    e.put("official", msg.get(p.official() ? "label.official" : "label.notOfficial"));
    e.put("sources", p.sources());
    e.put("licence", p.licence().orElse(""));
    return e;
  }

  private String levelName(int level) {
    return fw.scale().level(level).map(l -> t(l.name())).orElse("");
  }

  private Map<String, Object> scoreCell(Optional<ScoreCell> cell) {
    Map<String, Object> e = new LinkedHashMap<>();
    String score =
        cell.flatMap(ScoreCell::score).map(s -> Numbers.score(s, locale)).orElse("");
    e.put("score", score);
    e.put("raw", cell.flatMap(ScoreCell::score).map(Numbers::plain).orElse(""));
    Optional<Integer> level = cell.flatMap(ScoreCell::level);
    if (level.isPresent()) {
      int l = level.get();
      e.put("kind", "level");
      e.put("level", String.valueOf(l));
      e.put("text", msg.get("label.levelShort", l));
      e.put("bg", levelBg.get(l - 1));
      e.put("fg", Palette.textOn(levelBg.get(l - 1)));
      e.put(
          "title",
          msg.get("label.level", l) + " · " + levelName(l)
              + (score.isEmpty() ? "" : " · " + score));
      e.put("reason", "");
    } else {
      String reason = cell.flatMap(ScoreCell::reason).map(this::t).orElse(msg.get("label.noScore"));
      e.put("kind", "absent");
      e.put("level", "");
      e.put("text", msg.get("label.missingShort"));
      e.put("bg", "#ffffff");
      e.put("fg", "#000000");
      e.put("title", reason);
      e.put("reason", reason);
    }
    return e;
  }

  private List<Map<String, Object>> summaryRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (m.nodeResult(fw.id()).isPresent()) {
      rows.add(summaryRow(fw.id(), msg.get("label.wholeFramework"), "framework"));
    }
    for (Domain d : fw.domains()) {
      rows.add(summaryRow(d.id(), t(d.title()), "domain"));
      for (Component c : d.components()) {
        rows.add(summaryRow(c.id(), t(c.title()), "component"));
      }
    }
    return rows;
  }

  private Map<String, Object> summaryRow(String id, String title, String kind) {
    Optional<NodeResult> r = m.nodeResult(id);
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", id);
    e.put("title", title);
    e.put("kind", kind);
    List<Map<String, Object>> cells = new ArrayList<>();
    for (StakeholderGroup g : m.groups()) {
      Map<String, Object> c = scoreCell(r.map(n -> n.groups().get(g.id())));
      c.put("group", g.id());
      cells.add(c);
    }
    e.put("cells", cells);
    e.put("overall", scoreCell(r.flatMap(NodeResult::overall)));
    return e;
  }

  private String radar() {
    List<String> axes = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Component c : fw.components()) {
      axes.add(t(c.title()));
      ids.add(c.id());
    }
    List<RadarChart.Series> series = new ArrayList<>();
    for (int i = 0; i < m.groups().size(); i++) {
      StakeholderGroup g = m.groups().get(i);
      List<Optional<BigDecimal>> values = new ArrayList<>();
      for (String id : ids) {
        values.add(m.nodeResult(id).map(n -> n.groups().get(g.id())).flatMap(ScoreCell::score));
      }
      series.add(new RadarChart.Series(t(g.name()), i, values));
    }
    String names = m.groups().stream().map(g -> t(g.name())).collect(Collectors.joining(", "));
    return RadarChart.render(
        axes,
        series,
        fw.scale().max(),
        new RadarChart.Labels(
            msg.get("radar.title"),
            msg.get("radar.desc", names, axes.size(), fw.scale().max()),
            msg.get("label.noScore"),
            this::number));
  }

  private String descriptor(Indicator indicator, int level) {
    LocalizedText own = indicator.levelDescriptors().get(level);
    if (own != null) {
      return t(own);
    }
    return fw.scale().level(level).map(l -> t(l.descriptor())).orElse("");
  }

  private Map<String, Object> ratingCell(Optional<GroupRating> rating) {
    Map<String, Object> e = new LinkedHashMap<>();
    if (rating.isEmpty()) {
      e.put("kind", "missing");
      e.put("text", msg.get("label.missingShort"));
      e.put("title", msg.get("label.missing"));
      e.put("level", "");
      e.put("bg", "#ffffff");
      e.put("fg", "#000000");
      return e;
    }
    GroupRating r = rating.get();
    if (r.status() == RatingStatus.RATED) {
      int l = r.level().orElseThrow();
      e.put("kind", "rated");
      e.put("text", String.valueOf(l));
      e.put("title", msg.get("label.level", l) + " · " + levelName(l));
      e.put("level", String.valueOf(l));
      e.put("bg", levelBg.get(l - 1));
      e.put("fg", Palette.textOn(levelBg.get(l - 1)));
    } else if (r.status() == RatingStatus.NOT_APPLICABLE) {
      e.put("kind", "na");
      e.put("text", msg.get("label.notApplicableShort"));
      e.put("title", msg.get("label.notApplicable"));
      e.put("level", "");
      e.put("bg", "#ffffff");
      e.put("fg", "#000000");
    } else {
      e.put("kind", "ni");
      e.put("text", msg.get("label.noInformationShort"));
      e.put("title", msg.get("label.noInformation"));
      e.put("level", "");
      e.put("bg", "#d9d9d9");
      e.put("fg", "#000000");
    }
    return e;
  }

  private List<Map<String, Object>> heatRows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    String lastDomain = "";
    for (IndicatorRow row : m.indicators()) {
      Indicator ind = fw.indicator(row.indicatorId()).orElseThrow();
      Map<String, Object> e = new LinkedHashMap<>();
      String domain = fw.domainOf(ind.id()).map(d -> t(d.title())).orElse("");
      e.put("domainHeading", domain.equals(lastDomain) ? "" : domain);
      lastDomain = domain;
      e.put("id", ind.id());
      e.put("title", t(ind.title()));
      e.put("divergent", row.divergent());
      e.put("range", row.range().map(r -> Numbers.levels(r, locale)).orElse(""));
      e.put("rangeRaw", row.range().map(Numbers::plain).orElse(""));
      List<Map<String, Object>> cells = new ArrayList<>();
      for (StakeholderGroup g : m.groups()) {
        Map<String, Object> c = ratingCell(Optional.ofNullable(row.ratings().get(g.id())));
        c.put("group", g.id());
        Optional<Dissent> dissent = dissent(ind.id(), g.id());
        c.put("dissent", dissent.isPresent());
        c.put(
            "title",
            t(g.name()) + ": " + c.get("title")
                + dissent.map(x -> " · " + dissentNote(x)).orElse(""));
        cells.add(c);
      }
      e.put("cells", cells);
      e.put("overall", scoreCell(row.overall()));
      rows.add(e);
    }
    return rows;
  }

  private List<Map<String, Object>> agenda() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (AgendaItem item : m.agenda()) {
      Indicator ind = fw.indicator(item.indicatorId()).orElseThrow();
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("rank", String.valueOf(item.rank()));
      e.put("id", ind.id());
      e.put("title", t(ind.title()));
      e.put("domain", fw.domainOf(ind.id()).map(d -> t(d.title())).orElse(""));
      e.put("gap", msg.get("label.gapLevels", Numbers.levels(item.gap(), locale)));
      e.put("gapRaw", Numbers.plain(item.gap()));
      e.put("gapShort", Numbers.levels(item.gap(), locale));
      List<Map<String, Object>> positions = new ArrayList<>();
      GroupRating.byGroup(item.answers()).forEach((groupId, rating) -> {
        Map<String, Object> p = ratingCell(Optional.of(rating));
        p.put("group", groupName(groupId));
        p.put("groupId", groupId);
        p.put(
            "levelName",
            rating
                .level()
                .map(l -> msg.get("label.level", l) + " · " + levelName(l))
                .orElse(String.valueOf(p.get("title"))));
        p.put("descriptor", rating.level().map(l -> descriptor(ind, l)).orElse(""));
        p.put("evidence", rating.evidence().orElse(""));
        p.put("comment", rating.comment().orElse(""));
        p.put("dissent", dissent(ind.id(), groupId).map(this::dissentNote).orElse(""));
        positions.add(p);
      });
      e.put("positions", positions);
      e.put("lowest", item.lowestGroups().stream().map(this::groupName).collect(joining()));
      e.put("highest", item.highestGroups().stream().map(this::groupName).collect(joining()));
      e.put("cells", agendaCells(item));
      Map<String, Object> agreed = agreedCell(ind.id());
      e.put("agreed", agreed);
      out.add(e);
    }
    return out;
  }

  private String nodeTitle(String id) {
    if (id.equals(fw.id())) {
      return msg.get("label.wholeFramework");
    }
    return fw.node(id).map(n -> t(n.title())).orElse(id);
  }

  private List<Map<String, Object>> progressRows() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ProgressRow r : m.progress()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("node", nodeTitle(r.nodeId()));
      e.put("nodeId", r.nodeId());
      e.put(
          "series",
          r.groupId()
              .map(this::groupName)
              .orElse(msg.get(m.overallIsConsensus() ? "label.consensus" : "label.overall")));
      e.put("baseline", r.baseline().map(v -> Numbers.score(v, locale)).orElse(""));
      e.put("baselineRaw", r.baseline().map(Numbers::plain).orElse(""));
      e.put("current", r.current().map(v -> Numbers.score(v, locale)).orElse(""));
      e.put("currentRaw", r.current().map(Numbers::plain).orElse(""));
      e.put("change", r.difference().map(v -> Numbers.change(v, locale)).orElse(""));
      e.put("changeRaw", r.difference().map(Numbers::plain).orElse(""));
      e.put("cls", r.progressClass().id());
      e.put("clsLabel", msg.get("class." + r.progressClass().id()));
      e.put("colour", ProgressChart.colour(r.progressClass().id()));
      out.add(e);
    }
    return out;
  }

  /**
   * The progress rows as a matrix: one row per node (the framework, each domain and its
   * components), one column per group and one for the whole; each cell the change of that node for
   * that series.
   */
  private Map<String, Object> progressMatrix() {
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> nodeIds = new ArrayList<>();
    nodeIds.add(fw.id());
    for (Domain d : fw.domains()) {
      nodeIds.add(d.id());
      d.components().forEach(c -> nodeIds.add(c.id()));
    }
    m.progress().stream()
        .map(ProgressRow::nodeId)
        .filter(id -> !nodeIds.contains(id))
        .distinct()
        .forEach(nodeIds::add);
    List<Optional<String>> series = new ArrayList<>();
    List<Map<String, Object>> columns = new ArrayList<>();
    for (StakeholderGroup g : m.groups()) {
      if (m.progress().stream().anyMatch(r -> r.groupId().equals(Optional.of(g.id())))) {
        series.add(Optional.of(g.id()));
        columns.add(Map.of("id", g.id(), "name", t(g.name())));
      }
    }
    if (m.progress().stream().anyMatch(r -> r.groupId().isEmpty())) {
      series.add(Optional.empty());
      columns.add(Map.of(
          "id", "", "name", msg.get(m.overallIsConsensus() ? "label.consensus" : "label.overall")));
    }
    Map<String, ProgressRow> byKey = new LinkedHashMap<>();
    m.progress().forEach(r -> byKey.putIfAbsent(r.groupId().orElse("") + "\u0000" + r.nodeId(), r));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String id : nodeIds) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", id);
      row.put("title", nodeTitle(id));
      row.put(
          "kind",
          id.equals(fw.id())
              ? "framework"
              : fw.node(id)
                  .map(n -> n instanceof Domain ? "domain" : "component")
                  .orElse("component"));
      List<Map<String, Object>> cells = new ArrayList<>();
      boolean any = false;
      for (Optional<String> g : series) {
        ProgressRow r = byKey.get(g.orElse("") + "\u0000" + id);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("group", g.orElse(""));
        if (r == null) {
          c.put("cls", "");
          c.put("text", "");
          c.put("change", "");
          c.put("changeRaw", "");
          c.put("clsLabel", "");
          c.put("mark", "");
          c.put("colour", "#000000");
        } else {
          any = true;
          c.put("cls", r.progressClass().id());
          c.put(
              "text",
              r.baseline().map(this::number).orElse("—")
                  + " → "
                  + r.current().map(this::number).orElse("—"));
          c.put("change", r.difference().map(v -> Numbers.change(v, locale)).orElse(""));
          c.put("changeRaw", r.difference().map(Numbers::plain).orElse(""));
          c.put("clsLabel", msg.get("class." + r.progressClass().id()));
          c.put(
              "mark",
              r.progressClass() == ProgressClass.PROGRESS
                  ? "\u25B2"
                  : r.progressClass() == ProgressClass.DECLINE ? "\u25BC" : "");
          c.put("colour", ProgressChart.colour(r.progressClass().id()));
        }
        cells.add(c);
      }
      row.put("cells", cells);
      if (any) {
        rows.add(row);
      }
    }
    out.put("columns", columns);
    out.put("rows", rows);
    return out;
  }

  private String progressChart() {
    // Chart the whole's rows; without any, the rows of the first group that has some.
    List<ProgressRow> rows =
        m.progress().stream().filter(r -> r.groupId().isEmpty()).collect(Collectors.toList());
    String series = msg.get(m.overallIsConsensus() ? "label.consensus" : "label.overall");
    if (rows.isEmpty()) {
      String first = m.progress().get(0).groupId().orElseThrow();
      rows = m.progress().stream()
          .filter(r -> r.groupId().orElse("").equals(first))
          .collect(Collectors.toList());
      series = groupName(first);
    }
    List<ProgressChart.Row> chartRows = new ArrayList<>();
    for (ProgressRow r : rows) {
      Optional<FrameworkNode> node = fw.node(r.nodeId());
      boolean heading =
          r.nodeId().equals(fw.id()) || node.map(n -> n instanceof Domain).orElse(false);
      chartRows.add(new ProgressChart.Row(
          nodeTitle(r.nodeId()),
          heading,
          r.baseline(),
          r.current(),
          r.progressClass().id(),
          msg.get("class." + r.progressClass().id())));
    }
    return ProgressChart.render(
        chartRows,
        fw.scale().max(),
        msg.get("progress.title") + " (" + series + ")",
        msg.get("progress.desc"),
        progressShows(),
        msg.get("label.baselineDot"),
        msg.get("label.currentDot"),
        msg.get("class." + ProgressClass.NOT_COMPARABLE.id()),
        this::number);
  }

  /** Whose progress the chart shows, in words: the consensus, all groups, or one group. */
  private String progressShows() {
    boolean whole = m.progress().stream().anyMatch(r -> r.groupId().isEmpty());
    String who;
    if (whole) {
      who = msg.get(m.overallIsConsensus() ? "progress.ofConsensus" : "progress.ofAllGroups");
    } else {
      who = groupName(m.progress().get(0).groupId().orElseThrow());
    }
    return msg.get(
        "progress.shows",
        who,
        m.baselineRound().map(r -> r.id()).orElse(""),
        m.round().id());
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }

  private Optional<Dissent> dissent(String indicatorId, String groupId) {
    return m.consensus()
        .flatMap(c -> c.dissents(indicatorId).stream()
            .filter(d -> d.groupId().equals(groupId))
            .findFirst());
  }

  /** "Dissents: holds level 2 (Emerging)", for tooltips and agenda cards. */
  private String dissentNote(Dissent d) {
    return d.level().isPresent()
        ? msg.get("label.dissentsAt", d.level().getAsInt(), levelName(d.level().getAsInt()))
        : msg.get("label.dissents");
  }

  /** The agreed answer of an indicator as a cell, or an empty map without a consensus. */
  private Map<String, Object> agreedCell(String indicatorId) {
    if (m.consensus().isEmpty()) {
      return new LinkedHashMap<>();
    }
    Optional<Rating> r = m.consensus().get().agreed().rating(indicatorId);
    Map<String, Object> c = ratingCell(r.map(HtmlData::rating));
    c.put(
        "label",
        r.flatMap(x -> x.level().isPresent() ? Optional.of(x.level().getAsInt()) : Optional.empty())
            .map(l -> msg.get("label.level", l) + " · " + levelName(l))
            .orElse(String.valueOf(c.get("title"))));
    return c;
  }

  private static GroupRating rating(Rating r) {
    GroupRating.Builder b = GroupRating.builder().status(r.status());
    r.level().ifPresent(b::level);
    return b.build();
  }

  /** One cell per group for the compact agenda table. */
  private List<Map<String, Object>> agendaCells(AgendaItem item) {
    Map<String, GroupRating> byGroup = GroupRating.byGroup(item.answers());
    List<Map<String, Object>> cells = new ArrayList<>();
    for (StakeholderGroup g : m.groups()) {
      Map<String, Object> c = ratingCell(Optional.ofNullable(byGroup.get(g.id())));
      c.put("group", g.id());
      c.put("title", t(g.name()) + ": " + c.get("title"));
      cells.add(c);
    }
    return cells;
  }

  private String indicatorLabel(String id) {
    return fw.indicator(id).map(i -> id + " " + t(i.title())).orElse(id);
  }

  private String domainTitle(String id) {
    return fw.domain(id).map(d -> t(d.title())).orElse(id);
  }

  private List<Map<String, Object>> endorsements(List<Endorsement> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Endorsement e : list) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("body", e.body());
      x.put("date", date(e.date()));
      x.put("dateRaw", e.date().toString());
      x.put("reference", e.reference().orElse(""));
      out.add(x);
    }
    return out;
  }

  private Map<String, Object> action(ActionItem a) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", a.id());
    x.put("domainId", a.domainId());
    x.put("domain", domainTitle(a.domainId()));
    x.put("action", a.action());
    x.put("owner", a.owner().orElse(""));
    x.put("due", a.due().map(this::date).orElse(""));
    x.put("dueRaw", a.due().map(LocalDate::toString).orElse(""));
    List<Map<String, Object>> indicators = new ArrayList<>();
    for (String id : a.indicatorIds()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("id", id);
      i.put("title", fw.indicator(id).map(ind -> t(ind.title())).orElse(""));
      indicators.add(i);
    }
    x.put("indicators", indicators);
    x.put("indicatorIds", String.join(" ", a.indicatorIds()));
    return x;
  }

  /** The workshop's outcome: dissents, the action plan and its endorsements. */
  private Map<String, Object> outcome() {
    Map<String, Object> o = new LinkedHashMap<>();
    if (m.consensus().isEmpty()) {
      return o;
    }
    ConsensusRecord c = m.consensus().get();
    o.put(
        "intro",
        msg.get("section.outcome.intro", date(c.round().date()), msg.get("label.consensus")));
    List<Map<String, Object>> dissents = new ArrayList<>();
    for (Dissent d : c.dissents()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("indicatorId", d.indicatorId());
      x.put("indicator", fw.indicator(d.indicatorId()).map(i -> t(i.title())).orElse(""));
      x.put("groupId", d.groupId());
      x.put("group", groupName(d.groupId()));
      Map<String, Object> level = d.level().isPresent()
          ? ratingCell(Optional.of(GroupRating.rated(d.level().getAsInt())))
          : ratingCell(Optional.empty());
      level.put(
          "label", d.level().isPresent() ? msg.get("label.levelShort", d.level().getAsInt()) : "—");
      x.put("level", level);
      Map<String, Object> agreed = agreedCell(d.indicatorId());
      agreed.put(
          "label",
          c.agreed()
              .rating(d.indicatorId())
              .filter(Rating::isRated)
              .map(r -> msg.get("label.levelShort", r.level().getAsInt()))
              .orElse(String.valueOf(agreed.get("text"))));
      x.put("agreed", agreed);
      x.put("reason", d.reason().orElse(""));
      dissents.add(x);
    }
    o.put("dissents", dissents);
    List<Map<String, Object>> actions = new ArrayList<>();
    c.actions().forEach(a -> actions.add(action(a)));
    o.put("actions", actions);
    o.put("endorsements", endorsements(c.endorsements()));
    return o;
  }

  /** The follow-up of the baseline's plan. */
  private Map<String, Object> followUp() {
    Map<String, Object> o = new LinkedHashMap<>();
    if (m.followUp().isEmpty()) {
      return o;
    }
    ConsensusRecord plan = m.baselineConsensus().orElseThrow();
    String base = m.baselineRound().map(r -> r.id()).orElse("");
    o.put("title", msg.get("section.followUp", plan.round().id()));
    o.put(
        "intro",
        msg.get(
            "section.followUp.intro",
            plan.round().id(),
            m.round().id(),
            date(m.round().date()),
            msg.get(m.overallIsConsensus() ? "progress.ofConsensus" : "progress.ofAllGroups")));
    o.put("endorsements", endorsements(plan.endorsements()));
    o.put("indicatorHeader", msg.get("col.linkedIndicators", base, m.round().id()));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ActionStatus st : ActionStatus.values()) {
      counts.put(st.id(), 0);
    }
    counts.put("none", 0);
    int overdue = 0;
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FollowUpRow r : m.followUp()) {
      Map<String, Object> x = action(r.action());
      String status = r.actionStatus().map(ActionStatus::id).orElse("none");
      counts.merge(status, 1, Integer::sum);
      overdue += r.overdue() ? 1 : 0;
      x.put("status", status);
      x.put("statusLabel", msg.get("status." + status));
      x.put("statusDate", r.status().map(st -> date(st.date())).orElse(""));
      x.put("statusDateRaw", r.status().map(st -> st.date().toString()).orElse(""));
      x.put("evidence", r.status().flatMap(ActionFollowUp::evidence).orElse(""));
      x.put("overdue", r.overdue());
      List<Map<String, Object>> changes = new ArrayList<>();
      for (Change ch : r.indicators()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", ch.nodeId());
        c.put("title", fw.indicator(ch.nodeId()).map(i -> t(i.title())).orElse(""));
        c.put("baseline", ch.baseline().map(v -> Numbers.levels(v, locale)).orElse("—"));
        c.put("current", ch.current().map(v -> Numbers.levels(v, locale)).orElse("—"));
        c.put("baselineRaw", ch.baseline().map(Numbers::plain).orElse(""));
        c.put("currentRaw", ch.current().map(Numbers::plain).orElse(""));
        c.put("cls", ch.progressClass().id());
        c.put("clsLabel", msg.get("class." + ch.progressClass().id()));
        c.put("colour", ProgressChart.colour(ch.progressClass().id()));
        c.put(
            "mark",
            ch.progressClass() == ProgressClass.PROGRESS
                ? "\u25B2"
                : ch.progressClass() == ProgressClass.DECLINE ? "\u25BC" : "=");
        changes.add(c);
      }
      x.put("changes", changes);
      x.put("moved", msg.get("label.moved", r.progressed(), r.indicators().size()));
      rows.add(x);
    }
    o.put("rows", rows);
    List<Map<String, Object>> summary = new ArrayList<>();
    counts.forEach((st, n) -> {
      if (n > 0) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("status", st);
        x.put("label", msg.get("status." + st));
        x.put("count", String.valueOf(n));
        summary.add(x);
      }
    });
    o.put("summary", summary);
    o.put("overdue", String.valueOf(overdue));
    return o;
  }

  private Map<String, Object> agreement() {
    Map<String, Object> e = new LinkedHashMap<>();
    if (m.agreement().isEmpty()) {
      return e;
    }
    String metric = m.agreementMetric().name().toLowerCase(Locale.ROOT);
    e.put("metric", msg.get("metric." + metric));
    e.put("header", msg.get("col.alphaFor", msg.get("metric.for." + metric)));
    e.put("metricId", metric);
    e.put(
        "alpha",
        m.alpha().map(v -> Numbers.decimal(v, 3, locale)).orElse(msg.get("label.undefined")));
    e.put("alphaRaw", m.alpha().map(String::valueOf).orElse(""));
    List<Map<String, Object>> domains = new ArrayList<>();
    for (Domain d : fw.domains()) {
      Double v = m.alpha(d.id()).orElse(null);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", d.id());
      row.put("title", t(d.title()));
      row.put("alpha", v == null ? msg.get("label.undefined") : Numbers.decimal(v, 3, locale));
      row.put("raw", v == null ? "" : String.valueOf(v));
      row.put(
          "intervals", intervalCells(m.alphaIntervalsByDomain().getOrDefault(d.id(), List.of())));
      domains.add(row);
    }
    e.put("domains", domains);
    List<String> columns = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (AlphaInterval i : m.alphaIntervals()) {
      String method = "methodShort." + i.method().id();
      columns.add(msg.get("interval.column", percent(i.level()) + "\u00A0%", msg.get(method)));
      String how = i.method() == IntervalMethod.JACKKNIFE
          ? msg.get(
              "interval.note.jackknife",
              msg.get("method." + i.method().id()),
              String.valueOf(i.resamples()))
          : msg.get(
              "interval.note.bootstrap",
              msg.get("method." + i.method().id()),
              String.valueOf(i.resamples()),
              String.valueOf(i.seed().orElseThrow()));
      List<String> q = new ArrayList<>();
      i.probabilityBelow()
          .forEach((min, p) ->
              q.add(msg.get("interval.note.q", minimum(min), Numbers.decimal(p, 3, locale))));
      notes.add(how + " " + String.join(" ", q));
    }
    e.put("intervalColumns", columns);
    e.put("intervals", intervalCells(m.alphaIntervals()));
    e.put("intervalNotes", notes);
    return e;
  }

  /** A level as a percentage (0.95 → 95), exact, in the report's language. */
  private String percent(double level) {
    BigDecimal v = BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros();
    return Numbers.fixed(v, Math.max(0, v.scale()), locale);
  }

  /** A minimum alpha as given (0.667, 0.8), in the report's language. */
  private String minimum(double min) {
    BigDecimal v = BigDecimal.valueOf(min).stripTrailingZeros();
    return Numbers.fixed(v, Math.max(0, v.scale()), locale);
  }

  private List<Map<String, Object>> intervalCells(List<AlphaInterval> intervals) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (AlphaInterval i : intervals) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("method", i.method().id());
      c.put(
          "text",
          i.isDefined()
              ? msg.get(
                  "interval.range",
                  Numbers.decimal(i.lower(), 3, locale),
                  Numbers.decimal(i.upper(), 3, locale))
              : msg.get("label.undefined"));
      c.put("lower", i.isDefined() ? String.valueOf(i.lower()) : "");
      c.put("upper", i.isDefined() ? String.valueOf(i.upper()) : "");
      out.add(c);
    }
    return out;
  }

  /** The rule sensitivity section: the rule sets, the rule-dependent levels, agenda and changes. */
  private Map<String, Object> sensitivity() {
    Map<String, Object> e = new LinkedHashMap<>();
    if (m.ruleSensitivity().isEmpty()) {
      return e;
    }
    RuleSensitivity s = m.ruleSensitivity().get();
    List<String> ids = s.ruleSetIds();
    e.put("intro", msg.get("section.sensitivity.intro", String.valueOf(ids.size()), ids.get(0)));
    List<Map<String, Object>> ruleSets = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      ruleSets.add(Map.of("id", ids.get(i), "reference", i == 0));
    }
    e.put("ruleSets", ruleSets);
    List<NodeSensitivity> dependent = s.ruleDependentNodes();
    e.put(
        "levelsSummary",
        dependent.isEmpty()
            ? msg.get(
                "section.sensitivity.levelsRobust", String.valueOf(s.nodes().size()))
            : msg.get(
                "section.sensitivity.levels",
                String.valueOf(s.nodes().size() - dependent.size()),
                String.valueOf(s.nodes().size())));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (NodeSensitivity n : dependent) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("group", groupName(n.groupId()));
      row.put("groupId", n.groupId());
      row.put("nodeId", n.nodeId());
      row.put("node", nodeTitle(n.nodeId()));
      List<Map<String, Object>> cells = new ArrayList<>();
      n.levels().forEach((id, l) -> cells.add(levelCell(id, l)));
      row.put("cells", cells);
      row.put("disagree", String.join(", ", n.disagreeing()));
      rows.add(row);
    }
    e.put("levelRows", rows);
    List<AgendaSensitivity> moving = s.ruleDependentAgenda();
    e.put(
        "agendaSummary",
        moving.isEmpty()
            ? msg.get("section.sensitivity.agendaRobust")
            : msg.get(
                "section.sensitivity.agenda", String.valueOf(s.agenda().size() - moving.size())));
    List<Map<String, Object>> agendaRows = new ArrayList<>();
    for (AgendaSensitivity a : moving) {
      Map<String, Object> row = new LinkedHashMap<>();
      Indicator ind = fw.indicator(a.indicatorId()).orElseThrow();
      row.put("id", ind.id());
      row.put("title", t(ind.title()));
      List<String> ranks = new ArrayList<>();
      a.ranks()
          .values()
          .forEach(r -> ranks.add(
              r.isPresent()
                  ? msg.get("label.rank", String.valueOf(r.getAsInt()))
                  : msg.get("label.offAgenda")));
      row.put("ranks", ranks);
      row.put(
          "movement",
          msg.get(
              a.onReferenceAgenda() ? "label.leaves" : "label.enters",
              String.join(", ", a.disagreeing())));
      agendaRows.add(row);
    }
    e.put("agendaRows", agendaRows);
    e.put("hasProgress", m.progressSensitivity().isPresent());
    if (m.progressSensitivity().isPresent()) {
      ProgressSensitivity p = m.progressSensitivity().get();
      List<ChangeSensitivity> changing = p.ruleDependentChanges();
      e.put(
          "progressSummary",
          changing.isEmpty()
              ? msg.get("section.sensitivity.progressRobust")
              : msg.get(
                  "section.sensitivity.progress",
                  String.valueOf(p.changes().size() - changing.size()),
                  String.valueOf(p.changes().size())));
      List<Map<String, Object>> progressRows = new ArrayList<>();
      for (ChangeSensitivity c : changing) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("group", groupName(c.groupId()));
        row.put("node", nodeTitle(c.nodeId()));
        row.put("nodeId", c.nodeId());
        List<Map<String, Object>> cells = new ArrayList<>();
        c.classes()
            .forEach((id, k) -> cells.add(Map.of(
                "text",
                msg.get("class." + k.id()),
                "cls",
                k.id(),
                "colour",
                ProgressChart.colour(k.id()))));
        row.put("cells", cells);
        row.put("disagree", String.join(", ", c.disagreeing()));
        progressRows.add(row);
      }
      e.put("progressRows", progressRows);
    }
    return e;
  }

  private Map<String, Object> levelCell(String ruleSetId, RuleLevel l) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("ruleSet", ruleSetId);
    if (l.level().isPresent()) {
      int level = l.level().getAsInt();
      c.put("text", msg.get("label.levelShort", level));
      c.put("level", String.valueOf(level));
      c.put("bg", levelBg.get(level - 1));
      c.put("fg", Palette.textOn(levelBg.get(level - 1)));
      c.put("title", msg.get("label.level", level));
    } else {
      c.put("text", msg.get("label.missingShort"));
      c.put("level", "");
      c.put("bg", "#ffffff");
      c.put("fg", "#000000");
      c.put("title", l.toString());
    }
    return c;
  }

  private List<Map<String, Object>> distances() {
    double max = m.distances().stream().mapToDouble(x -> x.distance()).max().orElse(1.0);
    double span = Math.max(max, fw.scale().span());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StakeholderGroup a : m.groups()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", t(a.name()));
      row.put("id", a.id());
      List<Map<String, Object>> cells = new ArrayList<>();
      for (StakeholderGroup b : m.groups()) {
        Optional<Double> v = m.distance(a.id(), b.id());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("group", b.id());
        c.put("value", v.map(x -> Numbers.decimal(x, 2, locale)).orElse("—"));
        c.put("raw", v.map(String::valueOf).orElse(""));
        // Grey ramp: white for 0, darker for larger distances.
        int shade =
            v.map(x -> (int) Math.round(255 - 150 * Math.min(1, x / span))).orElse(255);
        String bg = String.format(Locale.ROOT, "#%02x%02x%02x", shade, shade, shade);
        c.put("bg", bg);
        c.put("fg", Palette.textOn(bg));
        cells.add(c);
      }
      row.put("cells", cells);
      rows.add(row);
    }
    return rows;
  }
}
