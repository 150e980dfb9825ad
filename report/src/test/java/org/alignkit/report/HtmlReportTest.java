package org.alignkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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

  // ---- the agenda a half-day can hold ----

  @Test
  void theFirstTenAgendaItemsAreInFullAndTheRestInBrief() {
    ReportModel model = KivaraReports.full();
    int n = model.agenda().size();
    assertThat(n).isGreaterThan(10);
    Document doc = Jsoup.parse(html.render(model, Locale.ENGLISH));
    assertThat(doc.select("ol.agenda:not(.brief) > li").eachAttr("data-rank"))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(doc.select("ol.agenda:not(.brief) > li .positions")).hasSize(10);
    List<String> rest = doc.select("ol.agenda.brief > li").eachAttr("data-rank");
    assertThat(rest).hasSize(n - 10).startsWith("11").endsWith(String.valueOf(n));
    assertThat(doc.selectFirst("#agenda-rest").text())
        .isEqualTo("Further divergent indicators (11 to " + n + ")");
    // Each brief row: the gap and each group's level.
    Element row = doc.selectFirst("ol.agenda.brief > li[data-rank=11]");
    assertThat(row.select(".positions")).isEmpty();
    assertThat(row.select("[data-group]")).hasSize(model.groups().size());
    assertThat(row.select("[data-agreed]")).hasSize(1);
    assertThat(new java.math.BigDecimal(row.selectFirst(".gap").attr("data-value")))
        .isEqualByComparingTo(model.agenda().get(10).gap());

    Document three = Jsoup.parse(html.withAgendaInFull(3).render(model, Locale.FRENCH));
    assertThat(three.select("ol.agenda:not(.brief) > li")).hasSize(3);
    assertThat(three.select("ol.agenda.brief > li")).hasSize(n - 3);
    assertThat(three.selectFirst("#agenda-rest").text())
        .isEqualTo("Autres indicateurs divergents (4 à " + n + ")");
    Document none = Jsoup.parse(html.withAgendaInFull(0).render(model, Locale.ENGLISH));
    assertThat(none.select("ol.agenda:not(.brief) > li")).isEmpty();
    assertThat(none.select("ol.agenda.brief > li")).hasSize(n);
    Document all = Jsoup.parse(html.withAgendaInFull(n + 5).render(model, Locale.ENGLISH));
    assertThat(all.select("ol.agenda:not(.brief) > li")).hasSize(n);
    assertThat(all.select("ol.agenda.brief")).isEmpty();
    // Every item is on the agenda list, in order, in full or in brief.
    assertThat(doc.select("ol.agenda > li")).hasSize(n);
    assertThat(html.agendaInFull()).isEqualTo(HtmlReport.DEFAULT_AGENDA_IN_FULL).isEqualTo(10);
    assertThatThrownBy(() -> html.withAgendaInFull(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  // ---- the workshop's outcome ----

  @Test
  void theOutcomeShowsDissentsAndThePlanInEnglishAndFrench() {
    ReportModel model = KivaraReports.full();
    Document en = Jsoup.parse(html.render(model, Locale.ENGLISH));
    Document fr = Jsoup.parse(html.render(model, Locale.FRENCH));
    assertThat(en.select("h2").eachText())
        .contains("Outcome of the harmonisation workshop", "Follow-up of the 2024 action plan");
    assertThat(fr.select("h2").eachText())
        .contains("Résultats de l'atelier d'harmonisation", "Suivi du plan d'action 2024");
    assertThat(en.select("#outcome h3").eachText()).containsExactly("Dissents", "Action plan");
    assertThat(fr.select("#outcome h3").eachText())
        .containsExactly("Désaccords consignés", "Plan d'action");
    Element dissent = en.selectFirst("table.dissents tr[data-indicator=OB-4.3]");
    assertThat(dissent.attr("data-group")).isEqualTo("dp-off-budget");
    assertThat(dissent.select("td.cell").eachAttr("data-level")).containsExactly("1", "2");
    assertThat(dissent.text()).contains("Development partners off budget", "international agents");
    assertThat(fr.selectFirst("table.dissents").text())
        .contains("Partenaires au développement hors budget");
    assertThat(en.select("table.plan tbody tr")).hasSize(6);
    assertThat(en.selectFirst("table.plan tr[data-action=2026-OB-1]").text())
        .contains("One Budget", "fiduciary assessment", "OB-4.3", "31 Oct 2026");
    assertThat(fr.selectFirst("table.plan tr[data-action=2026-OB-1]").text())
        .contains("Budget unique", "31 oct. 2026");
    assertThat(en.selectFirst("#outcome p.endorsed").text())
        .startsWith("Endorsed by: Alignment Technical Working Group (ATWG) (16 Apr 2026");
    assertThat(fr.selectFirst("#outcome p.endorsed").text()).startsWith("Approuvé par");
    // A dissent is marked in the heat map and on the agenda card.
    Element cell =
        en.selectFirst("table.heatmap tr[data-indicator=OB-4.3] td[data-group=dp-off-budget]");
    assertThat(cell.attr("data-dissent")).isEqualTo("true");
    assertThat(cell.attr("title")).contains("Dissents: holds level 1 (Fragmented)");
    Element card = en.selectFirst("ol.agenda > li[data-indicator=OR-2.2]");
    assertThat(card.selectFirst(".agreed").text()).isEqualTo("Agreed: Level 3 · Coordinated");
    assertThat(card.selectFirst(".position[data-group=civil-society] p.dissent").text())
        .isEqualTo("Dissents: holds level 1 (Fragmented)");
    assertThat(fr.selectFirst("ol.agenda > li[data-indicator=OR-2.2] .agreed").text())
        .startsWith("Convenu");
  }

  @Test
  void theFollowUpShowsStatusesOverdueActionsAndTheirIndicators() {
    ReportModel model = KivaraReports.full();
    Document en = Jsoup.parse(html.render(model, Locale.ENGLISH));
    Document fr = Jsoup.parse(html.render(model, Locale.FRENCH));
    assertThat(en.select("table.followup tbody tr").eachAttr("data-action"))
        .containsExactly(
            "2024-OP-1",
            "2024-OP-2",
            "2024-OP-3",
            "2024-OB-1",
            "2024-OB-2",
            "2024-OB-3",
            "2024-OR-1",
            "2024-OR-2");
    Element procurement = en.selectFirst("table.followup tr[data-action=2024-OB-3]");
    assertThat(procurement.attr("data-status")).isEqualTo("not-started");
    assertThat(procurement.attr("data-overdue")).isEqualTo("true");
    assertThat(procurement.text()).contains("Not started", "Overdue", "postponed twice");
    assertThat(procurement.select("li[data-indicator]").eachAttr("data-class"))
        .containsOnly("stagnation");
    Element reports = en.selectFirst("table.followup tr[data-action=2024-OB-1]");
    assertThat(reports.text()).contains("Done", "OB-3.1 2 → 3", "Progress", "2 of 2 progressed");
    assertThat(reports.hasAttr("data-overdue")).isFalse();
    assertThat(en.select("table.followup tr[data-overdue]")).hasSize(2);
    assertThat(en.selectFirst("#follow-up .summary-chips").text())
        .isEqualTo("Status of the actions: Not started 1 In progress 1 Done 5 Dropped 1 Overdue 2");
    Element fprocurement = fr.selectFirst("table.followup tr[data-action=2024-OB-3]");
    assertThat(fprocurement.text()).contains("Non commencée", "En retard", "Stagnation");
    assertThat(fr.selectFirst("table.followup tr[data-action=2024-OP-3]").text())
        .contains("Abandonnée");
    assertThat(fr.selectFirst("table.followup tr[data-action=2024-OR-2]").text())
        .contains("En cours");
    assertThat(fr.selectFirst("table.followup tr[data-action=2024-OB-1]").text())
        .contains("Réalisée", "Progrès", "2 sur 2 en progrès");
    assertThat(fr.selectFirst("#follow-up p.endorsed").text())
        .contains("Joint Consultative Forum (JCF) (20 juin 2024)");
  }

  // ---- charts that do not mislead ----

  @Test
  void aComponentWithoutAScoreIsAGapNotAPointAtTheCentre() {
    ReportModel model = KivaraReports.full();
    Document doc = Jsoup.parse(html.render(model, Locale.ENGLISH));
    Element polygon =
        doc.selectFirst("svg#radar polygon[data-group=Private-sector health providers]");
    // Private-sector providers have no score for OB-1 and OB-4: 11 vertices, not 13.
    assertThat(polygon.attr("points").split(" ")).hasSize(11);
    assertThat(polygon.attr("data-gaps")).isEqualTo("2");
    assertThat(polygon.attr("stroke")).isEqualTo("none");
    Element group = polygon.parent();
    assertThat(group.select("polyline")).hasSize(2);
    assertThat(group.select("g.markers > *")).hasSize(11);
    // No vertex of any group at the centre.
    for (Element p : doc.select("svg#radar polygon, svg#radar polyline")) {
      assertThat(p.attr("points").split(" ")).doesNotContain("470,0");
    }
    assertThat(doc.select("svg#radar text.legend-note > title").text())
        .isEqualTo("no score: Resources on budget and in line with priorities, Use of country"
            + " financial management and procurement systems");
    // Complete groups keep one stroked polygon.
    assertThat(
            doc.selectFirst("svg#radar polygon[data-group=Ministry of Health]").attr("stroke"))
        .isEqualTo("#0072B2");
    assertThat(doc.select("svg#radar polygon")).hasSize(5);
  }

  @Test
  void tooltipsShowRoundedNumbersInTheReportsLanguage() {
    ReportModel model = KivaraReports.full();
    Pattern longNumber = Pattern.compile("\\d[.,]\\d{3,}");
    for (Locale l : HtmlReport.languages()) {
      Document doc = Jsoup.parse(html.render(model, l));
      List<String> tips = new java.util.ArrayList<>(doc.select("[title]").eachAttr("title"));
      doc.select("svg title").forEach(t -> tips.add(t.text()));
      assertThat(tips).hasSizeGreaterThan(300);
      assertThat(tips).noneMatch(t -> longNumber.matcher(t).find());
      String sep = l.getLanguage().equals("fr") ? "," : ".";
      String other = l.getLanguage().equals("fr") ? "." : ",";
      List<String> radar = doc.select("svg#radar g.markers > * > title").eachText();
      assertThat(radar).isNotEmpty().allMatch(t -> t.matches(".*: \\d\\" + sep + "\\d\\d"));
      assertThat(radar).noneMatch(t -> t.matches(".*\\d\\" + other + "\\d\\d$"));
      assertThat(doc.select("svg#progress-chart g.row > title").eachText())
          .anyMatch(t -> t.matches(".*\\d\\" + sep + "\\d\\d → \\d\\" + sep + "\\d\\d.*"));
    }
    // The machine values keep every digit.
    Document en = Jsoup.parse(html.render(model, Locale.ENGLISH));
    assertThat(en.select("table.summary td[data-value]").eachAttr("data-value"))
        .anyMatch(v -> v.matches("\\d\\.\\d{3,}"));
  }

  @Test
  void theProgressChartSaysWhoseProgressItShows() {
    Document en = Jsoup.parse(html.render(KivaraReports.full(), Locale.ENGLISH));
    assertThat(en.selectFirst("svg#progress-chart text.chart-caption").text())
        .isEqualTo("Shown: the progress of the consensus (the levels agreed at each round's"
            + " workshop), from 2024 to 2026.");
    Document fr = Jsoup.parse(html.render(KivaraReports.full(), Locale.FRENCH));
    assertThat(fr.selectFirst("svg#progress-chart text.chart-caption").text())
        .startsWith("Progrès représentés : le consensus");
    ReportModel median = RoundReports.builder(KivaraReports.FW, KivaraReports.Y2026)
        .baseline(KivaraReports.Y2024)
        .build()
        .model();
    assertThat(Jsoup.parse(html.render(median, Locale.ENGLISH))
            .selectFirst("svg#progress-chart text.chart-caption")
            .text())
        .contains("all groups (their median answer");
  }

  @Test
  void theAgreementTableReadsAsWords() {
    Document en = Jsoup.parse(html.render(KivaraReports.full(), Locale.ENGLISH));
    Document fr = Jsoup.parse(html.render(KivaraReports.full(), Locale.FRENCH));
    assertThat(en.select("table.agreement thead th").eachText())
        .containsExactly("Domain", "Agreement: Krippendorff's alpha for ordered levels");
    assertThat(fr.select("table.agreement thead th").eachText())
        .containsExactly("Domaine", "Accord : alpha de Krippendorff pour des niveaux ordonnés");
    assertThat(en.select("table.agreement").text()).doesNotContain("Metric").doesNotContain("(");
  }
}
