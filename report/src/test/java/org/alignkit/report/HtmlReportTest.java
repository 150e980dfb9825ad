package org.alignkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.alignkit.analysis.AgendaItem;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final String XSS = "<script>alert(1)</script>";
  private static final String XSS_EVIDENCE = "<img src=x onerror=alert(2)>\"'&";
  private final HtmlReport html = HtmlReport.create();

  @Test
  void groupNamesAndEvidenceAreEscaped() {
    ReportModel model = SampleReports.sample(true, XSS, XSS_EVIDENCE);
    for (Locale l : HtmlReport.languages()) {
      String out = html.render(model, l);
      assertThat(out.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img");
      assertThat(out).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      Document doc = Jsoup.parse(out);
      assertThat(doc.select("script, img, iframe, object, embed")).isEmpty();
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          assertThat(a.getKey()).doesNotStartWith("on");
        }
      }
      // The name is shown as text: in the tables, and on the radar polygon.
      assertThat(doc.select("table.summary thead th").eachText()).contains(XSS);
      assertThat(doc.select("svg#radar polygon").eachAttr("data-group")).contains(XSS);
      assertThat(doc.select(".position p").eachText()).anyMatch(t -> t.contains(XSS_EVIDENCE));
    }
  }

  @Test
  void selfContainedNoExternalReferences() {
    String out = html.render(SampleReports.sample(true), Locale.ENGLISH);
    Document doc = Jsoup.parse(out);
    assertThat(doc.select("link, script, img, iframe")).isEmpty();
    assertThat(doc.select("[src]")).isEmpty();
    assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    assertThat(out).doesNotContain("@import").doesNotContain("url(");
    assertThat(doc.select("style").html()).contains("@media print");
  }

  @Test
  void radarHeatMapAgendaAndProgressArePresent() {
    ReportModel model = SampleReports.sample(true);
    Document doc = Jsoup.parse(html.render(model, Locale.ENGLISH));
    assertThat(doc.select("svg#radar polygon")).hasSize(5);
    assertThat(doc.select("svg#radar > title").text()).isNotBlank();
    assertThat(doc.select("svg#radar text.axis-label")).hasSize(12);
    assertThat(doc.select("table.heatmap tr.indicator")).hasSize(40);
    long divergent = model.indicators().stream().filter(IndicatorRow::divergent).count();
    assertThat(divergent).isPositive();
    assertThat(doc.select("table.heatmap tr.divergent")).hasSize((int) divergent);
    assertThat(doc.select("table.heatmap td[data-status=na]").text()).contains("N/A");
    assertThat(doc.select("table.heatmap td[data-status=ni]")).isNotEmpty();
    assertThat(doc.select("table.summary tr[data-node]")).hasSize(1 + 3 + 12);
    assertThat(doc.select("ol.agenda > li").eachAttr("data-rank"))
        .isEqualTo(model.agenda().stream()
            .map(a -> String.valueOf(a.rank()))
            .collect(java.util.stream.Collectors.toList()));
    assertThat(doc.select("svg#progress-chart")).hasSize(1);
    assertThat(doc.select("table.progress tbody tr")).hasSize(model.progress().size());
    assertThat(doc.select("#provenance").text())
        .contains("not the official AWG instrument", "gdhi-mean-ceiling");
  }

  @Test
  void agendaShowsEachGroupsLevelDescriptor() {
    ReportModel model = SampleReports.sample(true);
    Framework fw = model.framework();
    Document doc = Jsoup.parse(html.render(model, Locale.FRENCH));
    AgendaItem first = model.agenda().get(0);
    Indicator ind = fw.indicator(first.indicatorId()).orElseThrow();
    Element li = doc.selectFirst("ol.agenda > li[data-indicator=" + first.indicatorId() + "]");
    GroupRating.byGroup(first.answers()).forEach((group, rating) -> {
      Element pos = li.selectFirst(".position[data-group=" + group + "]");
      assertThat(pos).isNotNull();
      rating.level().ifPresent(l -> {
        String expected = ind.levelDescriptors().containsKey(l)
            ? ind.levelDescriptors().get(l).get("fr")
            : fw.scale().level(l).orElseThrow().descriptor().get("fr");
        assertThat(pos.select("p.descriptor").text()).isEqualTo(expected.replace('\u00A0', ' '));
      });
    });
  }

  @Test
  void withoutBaselineThereIsNoProgressSection() {
    Document doc = Jsoup.parse(html.render(SampleReports.sample(false), Locale.ENGLISH));
    assertThat(doc.select("#progress")).isEmpty();
    assertThat(doc.select("svg#radar polygon")).hasSize(5);
  }

  @Test
  void frenchAndEnglishLabels() {
    ReportModel model = SampleReports.sample(true);
    Document fr = Jsoup.parse(html.render(model, Locale.FRENCH));
    Document en = Jsoup.parse(html.render(model, Locale.ENGLISH));
    assertThat(fr.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(fr.select("h2").eachText())
        .contains("Carte de chaleur des divergences", "Ordre du jour de l'harmonisation");
    assertThat(en.select("h2").eachText()).contains("Divergence heat map", "Harmonisation agenda");
    assertThat(fr.text()).doesNotContain("Divergence heat map");
    // French decimal comma in displayed scores, dot in the machine value.
    Element cell = fr.selectFirst("table.summary td.level[data-value]");
    assertThat(cell.selectFirst("small").text()).contains(",");
    assertThat(cell.attr("data-value")).contains(".");
  }
}
