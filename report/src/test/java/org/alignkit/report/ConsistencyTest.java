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
}
