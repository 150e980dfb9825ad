package org.alignkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.alignkit.analysis.RoundAnalyser;
import org.alignkit.analysis.RuleSensitivity;
import org.alignkit.metrics.AlphaInterval;
import org.alignkit.metrics.IntervalMethod;
import org.alignkit.metrics.IntervalSpec;
import org.alignkit.metrics.Metric;
import org.alignkit.scoring.RuleSets;
import org.junit.jupiter.api.Test;

/**
 * The report's interval estimates for alpha and its rule-sensitivity section, on the Kivara example
 * (2026, with 2024 as baseline), in every format.
 */
class UncertaintyAndRulesReportTest {
  static final ReportModel MODEL = RoundReports.builder(RoundReportsTest.FW, RoundReportsTest.Y2026)
      .baseline(RoundReportsTest.Y2024)
      .interval(IntervalSpec.of(IntervalMethod.JACKKNIFE))
      .interval(
          IntervalSpec.builder().method(IntervalMethod.UNIT_BOOTSTRAP).seed(21).build())
      .compareRules(List.of(RuleSets.pefaM1(), RuleSets.gdhi()))
      .build()
      .model();

  @Test
  void theIntervalsAreThoseOfTheAnalysisAlpha() {
    assertThat(MODEL.alphaIntervals()).hasSize(2);
    AlphaInterval jackknife = MODEL.alphaIntervals().get(0);
    assertThat(jackknife.metric()).isEqualTo(Metric.ORDINAL);
    assertThat(jackknife.alpha()).isEqualTo(MODEL.alpha().orElseThrow());
    assertThat(jackknife.contains(jackknife.alpha())).isTrue();
    assertThat(MODEL.alphaIntervals().get(1).seed()).hasValue(21);
    assertThat(MODEL.alphaIntervalsByDomain().keySet()).containsExactly("OP", "OB", "OR");
    assertThat(MODEL.alphaIntervalsByDomain().get("OB").get(0).alpha())
        .isEqualTo(MODEL.alpha("OB").orElseThrow());
  }

  @Test
  void theRuleSensitivityHasTheReportsRuleSetAsReference() {
    RuleSensitivity s = MODEL.ruleSensitivity().orElseThrow();
    assertThat(s.ruleSetIds()).containsExactly("default", "pefa-m1", "gdhi");
    assertThat(s)
        .isEqualTo(RoundAnalyser.withDefaults()
            .sensitivity(
                RoundReportsTest.FW,
                RoundReportsTest.Y2026,
                List.of(RuleSets.defaultRules(), RuleSets.pefaM1(), RuleSets.gdhi())));
    assertThat(MODEL.progressSensitivity().orElseThrow().ruleSetIds())
        .containsExactlyElementsOf(s.ruleSetIds());
    // Without compared rule sets, and without intervals, nothing is added.
    ReportModel plain = RoundReports.of(RoundReportsTest.FW, RoundReportsTest.Y2026);
    assertThat(plain.ruleSensitivity()).isEmpty();
    assertThat(plain.progressSensitivity()).isEmpty();
    assertThat(plain.alphaIntervals()).isEmpty();
  }

  @Test
  void aModelWhoseSensitivityHasAnotherReferenceIsRefused() {
    RuleSensitivity other = RoundAnalyser.withDefaults()
        .sensitivity(
            RoundReportsTest.FW,
            RoundReportsTest.Y2026,
            List.of(RuleSets.gdhi(), RuleSets.staged()));
    assertThatThrownBy(() -> ReportModel.builder()
            .title(org.alignkit.core.LocalizedText.en("Kivara"))
            .round(RoundReportsTest.Y2026.round())
            .framework(RoundReportsTest.FW)
            .ruleSet(RuleSetInfo.of("default", org.alignkit.core.LocalizedText.en("default")))
            .addAllGroups(RoundReportsTest.Y2026.groups())
            .ruleSensitivity(other)
            .build())
        .hasMessageContaining(
            "rule sensitivity: the reference rule set is 'gdhi', not the report's" + " 'default'");
  }

  @Test
  void theHtmlShowsTheIntervalsAndTheRuleDependentLevels() {
    String html = HtmlReport.create().render(MODEL, Locale.ENGLISH);
    assertThat(html)
        .contains("<section id=\"sensitivity\">")
        .contains("How much the findings depend on the rules")
        .contains("<a href=\"#sensitivity\">")
        .contains("95\u00A0% interval, jackknife")
        .contains("data-method=\"unit-bootstrap\"")
        .contains("unit bootstrap (Efron and Tibshirani): 10000 resamples, seed 21.")
        .contains("jackknife (Hughes 2022): 41 units left out in turn.")
        .contains("<code>pefa-m1</code>")
        .containsPattern("\\d+ of 85 levels hold under every rule set; these depend on the rules:");
    String fr = HtmlReport.create().render(MODEL, Locale.FRENCH);
    assertThat(fr)
        .contains("Dans quelle mesure les constats dépendent des règles")
        .contains("Intervalle à 95\u00A0%, jackknife");
  }

  @Test
  void theJsonAndCsvCarryTheSameNumbers() throws Exception {
    var json = JsonReport.create().tree(MODEL, Locale.ENGLISH);
    assertThat(json.get("agreement").get("intervals").get(0).get("lower").asDouble())
        .isEqualTo(MODEL.alphaIntervals().get(0).lower());
    assertThat(json.get("ruleSensitivity").get("nodes")).hasSize(5 * 17);
    assertThat(json.get("progressSensitivity").get("changes")).isNotEmpty();

    String csv = CsvReport.create().render(MODEL, Locale.ENGLISH);
    assertThat(csv.lines().findFirst().orElseThrow())
        .endsWith(",method,confidence,lower,upper,standard_error,resamples,seed,rule_set,robust");
    assertThat(csv.lines().filter(l -> l.startsWith("alpha-interval,"))).hasSize(2 * 4);
    assertThat(csv.lines().filter(l -> l.startsWith("rule-level,"))).hasSize(5 * 17 * 3);
    assertThat(csv.lines().filter(l -> l.startsWith("rule-agenda,"))).isNotEmpty();
    assertThat(csv.lines().filter(l -> l.startsWith("rule-progress,"))).isNotEmpty();
    assertThat(csv)
        .contains(String.valueOf(MODEL.alphaIntervals().get(0).lower()))
        .contains(",jackknife,0.95,");
  }
}
