package org.alignkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML, JSON and CSV outputs carry the same numbers. */
class ConsistencyTest {
  private final ReportModel model = SampleReports.sample(true);

  private List<Map<String, String>> csv() throws Exception {
    String text = CsvReport.create().render(model, Locale.FRENCH);
    MappingIterator<Map<String, String>> it = new CsvMapper()
        .readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(text);
    List<Map<String, String>> rows = new ArrayList<>();
    it.forEachRemaining(rows::add);
    return rows;
  }

  @Test
  void scoresAndLevelsAgree() throws Exception {
    Document html = Jsoup.parse(HtmlReport.create().render(model, Locale.FRENCH));
    JsonNode json = new ObjectMapper().readTree(JsonReport.create().render(model, Locale.FRENCH));
    List<Map<String, String>> csv = csv();
    int compared = 0;
    for (JsonNode node : json.get("nodes")) {
      String id = node.get("id").asText();
      Element row = html.selectFirst("table.summary tr[data-node=" + id + "]");
      List<Element> cells = row.select("td.cell");
      for (int g = 0; g < model.groups().size(); g++) {
        String group = model.groups().get(g).id();
        JsonNode cell = node.get("groups").get(group);
        Element td = cells.get(g);
        Map<String, String> c = csv.stream()
            .filter(r -> r.get("section").equals("score")
                && r.get("node").equals(id)
                && r.get("group").equals(group))
            .findFirst()
            .orElseThrow();
        if (cell.get("score").isNull()) {
          assertThat(td.attr("data-value")).isEmpty();
          assertThat(c.get("score")).isEmpty();
          continue;
        }
        BigDecimal j = cell.get("score").decimalValue();
        assertThat(new BigDecimal(td.attr("data-value"))).isEqualByComparingTo(j);
        assertThat(new BigDecimal(c.get("score"))).isEqualByComparingTo(j);
        // Displayed: two decimals, half-even, French comma.
        assertThat(td.selectFirst("small").text())
            .isEqualTo(j.setScale(2, RoundingMode.HALF_EVEN).toPlainString().replace('.', ','));
        assertThat(td.attr("data-level"))
            .isEqualTo(cell.get("level").asText())
            .isEqualTo(c.get("level"));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(60);
  }

  @Test
  void ratingsAgendaProgressAlphaAndDistancesAgree() throws Exception {
    Document html = Jsoup.parse(HtmlReport.create().render(model, Locale.ENGLISH));
    JsonNode json = new ObjectMapper().readTree(JsonReport.create().render(model, Locale.ENGLISH));
    List<Map<String, String>> csv = csv();
    for (JsonNode ind : json.get("indicators")) {
      String id = ind.get("id").asText();
      Element tr = html.selectFirst("table.heatmap tr[data-indicator=" + id + "]");
      assertThat(tr.hasClass("divergent")).isEqualTo(ind.get("divergent").asBoolean());
      for (var g : model.groups()) {
        JsonNode r = ind.get("ratings").get(g.id());
        Element td = tr.selectFirst("td[data-group=" + g.id() + "]");
        Map<String, String> c = csv.stream()
            .filter(x -> x.get("section").equals("rating")
                && x.get("node").equals(id)
                && x.get("group").equals(g.id()))
            .findFirst()
            .orElseThrow();
        assertThat(c.get("status")).isEqualTo(r.get("status").asText());
        String level = r.get("level").isNull() ? "" : r.get("level").asText();
        assertThat(td.attr("data-level")).isEqualTo(level).isEqualTo(c.get("level"));
      }
    }
    JsonNode agenda = json.get("agenda");
    assertThat(html.select("ol.agenda > li")).hasSize(agenda.size());
    for (JsonNode item : agenda) {
      Element li =
          html.selectFirst("ol.agenda > li[data-rank=" + item.get("rank").asText() + "]");
      assertThat(li.attr("data-indicator")).isEqualTo(item.get("indicator").asText());
      assertThat(new BigDecimal(li.selectFirst(".gap").attr("data-value")))
          .isEqualByComparingTo(item.get("gap").decimalValue());
    }
    List<Element> progress = html.select("table.progress tbody tr");
    JsonNode jp = json.get("progress");
    List<Map<String, String>> cp = csv.stream()
        .filter(r -> r.get("section").equals("progress"))
        .collect(java.util.stream.Collectors.toList());
    assertThat(progress).hasSize(jp.size()).hasSize(cp.size());
    for (int i = 0; i < jp.size(); i++) {
      List<Element> tds = progress.get(i).select("td.num");
      assertThat(tds.get(2).attr("data-value")).isEqualTo(cp.get(i).get("change"));
      if (jp.get(i).get("change").isNull()) {
        assertThat(tds.get(2).attr("data-value")).isEmpty();
      } else {
        assertThat(new BigDecimal(tds.get(2).attr("data-value")))
            .isEqualByComparingTo(jp.get(i).get("change").decimalValue());
      }
      assertThat(progress.get(i).attr("data-class"))
          .isEqualTo(jp.get(i).get("class").asText())
          .isEqualTo(cp.get(i).get("class"));
    }
    double alpha = json.get("agreement").get("alpha").asDouble();
    assertThat(Double.parseDouble(
            html.selectFirst("table.agreement tr.overall td").attr("data-value")))
        .isEqualTo(alpha);
    assertThat(csv.stream()
            .filter(r -> r.get("section").equals("alpha")
                && r.get("node").equals(model.framework().id()))
            .map(r -> Double.parseDouble(r.get("value")))
            .findFirst())
        .contains(alpha);
    for (JsonNode d : json.get("distances")) {
      Element td = html.selectFirst("table.distances tr[data-group="
          + d.get("first").asText() + "] td[data-group=" + d.get("second").asText() + "]");
      Element back = html.selectFirst("table.distances tr[data-group="
          + d.get("second").asText() + "] td[data-group=" + d.get("first").asText() + "]");
      assertThat(Double.parseDouble(td.attr("data-value")))
          .isEqualTo(d.get("distance").asDouble());
      assertThat(back.attr("data-value")).isEqualTo(td.attr("data-value"));
    }
  }

  /**
   * The workshop's outcome (agreed levels, dissents, the action plan, endorsements) and the
   * follow-up of the baseline's plan are the same in HTML, JSON and CSV, in both languages.
   */
  @Test
  void consensusDissentsActionsAndFollowUpAgree() throws Exception {
    ReportModel kivara = KivaraReports.full();
    for (Locale l : HtmlReport.languages()) {
      Document html = Jsoup.parse(HtmlReport.create().render(kivara, l));
      JsonNode json = new ObjectMapper().readTree(JsonReport.create().render(kivara, l));
      List<Map<String, String>> csv = csv(kivara, l);
      JsonNode consensus = json.get("consensus");
      assertThat(consensus.get("round").get("date").asText()).isEqualTo("2026-03-26");

      // Agreed levels: the whole's column of the heat map.
      for (JsonNode ind : json.get("indicators")) {
        String id = ind.get("id").asText();
        Element agreed = html.selectFirst(
            "table.heatmap tr[data-indicator=" + id + "] td.cell:not([data-group])");
        String level = ind.get("overall").get("level").isNull()
            ? ""
            : ind.get("overall").get("level").asText();
        assertThat(agreed.attr("data-level")).as(id).isEqualTo(level);
        assertThat(only(
                    csv,
                    "score",
                    r -> r.get("node").equals(id) && r.get("group").isEmpty())
                .get("level"))
            .isEqualTo(level);
      }

      // Dissents.
      JsonNode dissents = consensus.get("dissents");
      List<Element> rows = html.select("table.dissents tbody tr");
      List<Map<String, String>> cd = section(csv, "dissent");
      assertThat(dissents).hasSize(5);
      assertThat(rows).hasSize(dissents.size());
      assertThat(cd).hasSize(dissents.size());
      for (int i = 0; i < dissents.size(); i++) {
        JsonNode d = dissents.get(i);
        Element tr = rows.get(i);
        Map<String, String> c = cd.get(i);
        assertThat(tr.attr("data-indicator"))
            .isEqualTo(d.get("indicator").asText())
            .isEqualTo(c.get("node"));
        assertThat(tr.attr("data-group"))
            .isEqualTo(d.get("group").asText())
            .isEqualTo(c.get("group"));
        List<String> levels = tr.select("td.cell").eachAttr("data-level");
        assertThat(levels.get(0)).isEqualTo(d.get("level").asText()).isEqualTo(c.get("level"));
        assertThat(levels.get(1))
            .isEqualTo(d.get("agreedLevel").asText())
            .isEqualTo(c.get("agreed_level"));
        assertThat(tr.selectFirst("td.reason").text())
            .isEqualTo(d.get("reason").asText())
            .isEqualTo(c.get("reason"));
      }

      // The round's action plan and its endorsements.
      JsonNode actions = consensus.get("actions");
      List<Element> plan = html.select("table.plan tbody tr");
      List<Map<String, String>> ca = section(csv, "action");
      assertThat(actions).hasSize(6);
      assertThat(plan).hasSize(actions.size());
      assertThat(ca).hasSize(actions.size());
      for (int i = 0; i < actions.size(); i++) {
        sameAction(actions.get(i), plan.get(i), ca.get(i));
        assertThat(ca.get(i).get("round")).isEqualTo("2026");
      }
      List<Map<String, String>> ce = section(csv, "endorsement");
      sameEndorsements(
          consensus.get("endorsements"),
          html.select("#outcome span.endorsement"),
          ce.stream().filter(r -> r.get("round").equals("2026")).toList());

      // The follow-up of the baseline's plan.
      JsonNode followUp = json.get("followUp");
      assertThat(followUp.get("planRound").get("id").asText()).isEqualTo("2024");
      sameEndorsements(
          followUp.get("endorsements"),
          html.select("#follow-up span.endorsement"),
          ce.stream().filter(r -> r.get("round").equals("2024")).toList());
      JsonNode followed = followUp.get("actions");
      List<Element> trs = html.select("table.followup tbody tr");
      List<Map<String, String>> cf = section(csv, "follow_up");
      assertThat(followed).hasSize(8);
      assertThat(trs).hasSize(followed.size());
      assertThat(cf).hasSize(followed.size());
      int changes = 0;
      for (int i = 0; i < followed.size(); i++) {
        JsonNode a = followed.get(i);
        Element tr = trs.get(i);
        Map<String, String> c = cf.get(i);
        sameAction(a, tr, c);
        String status = a.get("status").isNull() ? "" : a.get("status").asText();
        assertThat(tr.attr("data-status")).isEqualTo(status.isEmpty() ? "none" : status);
        assertThat(c.get("status")).isEqualTo(status);
        assertThat(tr.hasAttr("data-overdue"))
            .isEqualTo(a.get("overdue").asBoolean())
            .isEqualTo(Boolean.parseBoolean(c.get("overdue")));
        assertThat(tr.selectFirst("td.evidence").text())
            .isEqualTo(a.get("evidence").asText())
            .isEqualTo(c.get("evidence"));
        assertThat(tr.select("small[data-date]").attr("data-date"))
            .isEqualTo(a.get("statusDate").asText())
            .isEqualTo(c.get("date"));
        JsonNode ch = a.get("indicatorChanges");
        List<Element> lis = tr.select("li[data-indicator]");
        List<Map<String, String>> ci = section(csv, "follow_up_indicator").stream()
            .filter(r -> r.get("action_id").equals(a.get("id").asText()))
            .toList();
        assertThat(lis).hasSize(ch.size());
        assertThat(ci).hasSize(ch.size());
        for (int k = 0; k < ch.size(); k++) {
          JsonNode x = ch.get(k);
          assertThat(lis.get(k).attr("data-indicator"))
              .isEqualTo(x.get("indicator").asText())
              .isEqualTo(ci.get(k).get("node"));
          assertThat(lis.get(k).attr("data-class"))
              .isEqualTo(x.get("class").asText())
              .isEqualTo(ci.get(k).get("class"));
          assertThat(new BigDecimal(lis.get(k).attr("data-baseline")))
              .isEqualByComparingTo(x.get("baseline").decimalValue())
              .isEqualByComparingTo(new BigDecimal(ci.get(k).get("baseline")));
          assertThat(new BigDecimal(lis.get(k).attr("data-current")))
              .isEqualByComparingTo(x.get("current").decimalValue())
              .isEqualByComparingTo(new BigDecimal(ci.get(k).get("current")));
          changes++;
        }
      }
      assertThat(changes).isEqualTo(14);
    }
  }

  private static void sameAction(JsonNode a, Element tr, Map<String, String> c) {
    assertThat(tr.attr("data-action"))
        .isEqualTo(a.get("id").asText())
        .isEqualTo(c.get("action_id"));
    assertThat(tr.selectFirst("td.action").text())
        .isEqualTo(a.get("action").asText())
        .isEqualTo(c.get("text"));
    assertThat(tr.selectFirst("td.owner").text())
        .isEqualTo(a.get("owner").asText())
        .isEqualTo(c.get("owner"));
    assertThat(tr.selectFirst("td.due").attr("data-date"))
        .isEqualTo(a.get("due").asText())
        .isEqualTo(c.get("due"));
    List<String> ids = new ArrayList<>();
    a.get("indicators").forEach(i -> ids.add(i.asText()));
    assertThat(String.join(" ", ids)).isEqualTo(c.get("indicators"));
    assertThat(tr.attr("data-indicators")).isEqualTo(String.join(" ", ids));
    assertThat(tr.attr("data-domain")).isEqualTo(a.get("domain").asText()).isEqualTo(c.get("node"));
  }

  private static void sameEndorsements(
      JsonNode json, List<Element> html, List<Map<String, String>> csv) {
    assertThat(json).isNotEmpty();
    assertThat(html).hasSize(json.size());
    assertThat(csv).hasSize(json.size());
    for (int i = 0; i < json.size(); i++) {
      JsonNode e = json.get(i);
      assertThat(html.get(i).text()).startsWith(e.get("body").asText() + " (");
      assertThat(csv.get(i).get("text")).isEqualTo(e.get("body").asText());
      assertThat(html.get(i).attr("data-date"))
          .isEqualTo(e.get("date").asText())
          .isEqualTo(csv.get(i).get("date"));
    }
  }

  private static List<Map<String, String>> section(List<Map<String, String>> csv, String name) {
    return csv.stream().filter(r -> r.get("section").equals(name)).toList();
  }

  private static Map<String, String> only(
      List<Map<String, String>> csv,
      String name,
      java.util.function.Predicate<Map<String, String>> p) {
    List<Map<String, String>> rows = section(csv, name).stream().filter(p).toList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private static List<Map<String, String>> csv(ReportModel m, Locale l) throws Exception {
    String text = CsvReport.create().render(m, l);
    MappingIterator<Map<String, String>> it = new CsvMapper()
        .readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(text);
    List<Map<String, String>> rows = new ArrayList<>();
    it.forEachRemaining(rows::add);
    return rows;
  }
}
