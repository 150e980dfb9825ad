package org.alignkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.alignkit.core.AdministrativeUnit;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Rating;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.testing.AlignKitArbitraries;

/**
 * The CSV form over the test kit's generated frameworks and assessments: evidence, comments,
 * respondents and names with commas, quotes, line breaks, leading spaces, '#' and accents.
 */
class AssessmentCsvProperties {
  @Property(tries = 300)
  void writingAndReadingGivesAnEqualAssessment(@ForAll("pairs") Tuple2<Framework, Assessment> p) {
    AssessmentCsv csv = AssessmentCsv.of(p.get1());
    String text = csv.write(p.get2());
    assertThat(csv.read(in(text), "a.csv")).isEqualTo(p.get2());
    // In every language of the framework, and saved again by a spreadsheet (minimal quoting, ';').
    for (String language : p.get1().languages()) {
      String resaved = Sheet.parse(csv.withLanguage(language).write(p.get2())).save(';');
      assertThat(csv.read(in(resaved), "a.csv")).isEqualTo(p.get2());
    }
  }

  @Property(tries = 200)
  void fillingATemplateGivesTheRatingsOfTheApplicableIndicators(
      @ForAll("pairs") Tuple2<Framework, Assessment> p) {
    Framework f = p.get1();
    Assessment a = p.get2();
    AssessmentCsv csv = AssessmentCsv.of(f);
    Sheet sheet = Sheet.parse(csv.template(a.group(), a.country(), a.round()));
    sheet.setKey("respondents", a.respondents().toArray(new String[0]));
    a.subnationalUnit()
        .ifPresent(u -> sheet
            .setKey("subnationalUnit.code", u.code())
            .setKey("subnationalUnit.name", u.name()));
    List<Rating> applicable = a.ratings().stream()
        .filter(r -> f.indicator(r.indicatorId()).orElseThrow().appliesTo(a.group()))
        .collect(Collectors.toList());
    for (Rating r : applicable) {
      sheet.set(
          r.indicatorId(),
          "level",
          r.isRated()
              ? Integer.toString(r.level().getAsInt())
              : r.status() == org.alignkit.core.RatingStatus.NOT_APPLICABLE ? "NA" : "NI");
      sheet.set(r.indicatorId(), "evidence", r.evidence().orElse(""));
      sheet.set(r.indicatorId(), "comment", r.comment().orElse(""));
    }
    Assessment read = csv.read(in(sheet.save()), "t.csv");
    Map<String, Rating> expected =
        applicable.stream().collect(Collectors.toMap(Rating::indicatorId, r -> r));
    assertThat(read.ratingsByIndicator()).isEqualTo(expected);
    // Rows come in framework order.
    List<String> order = f.indicators().stream()
        .map(i -> i.id())
        .filter(expected::containsKey)
        .collect(Collectors.toList());
    assertThat(read.ratings().stream().map(Rating::indicatorId)).containsExactlyElementsOf(order);
    assertThat(read.group()).isEqualTo(a.group());
    assertThat(read.round()).isEqualTo(a.round());
    assertThat(read.respondents()).isEqualTo(a.respondents());
    assertThat(read.subnationalUnit()).isEqualTo(a.subnationalUnit());
  }

  @Provide
  Arbitrary<Tuple2<Framework, Assessment>> pairs() {
    Arbitrary<List<String>> respondents = AlignKitArbitraries.texts().list().ofMaxSize(3);
    Arbitrary<java.util.Optional<AdministrativeUnit>> units = Combinators.combine(
            AlignKitArbitraries.texts(), AlignKitArbitraries.texts())
        .as(AdministrativeUnit::of)
        .optional(0.3);
    Arbitrary<java.util.Optional<LocalizedText>> names =
        AlignKitArbitraries.localizedTexts(List.of("en", "fr")).optional(0.3);
    return Combinators.combine(
            AlignKitArbitraries.frameworksWithAssessments(), respondents, units, names)
        .as((p, who, unit, name) -> {
          Assessment a = p.get2();
          StakeholderGroup o = a.group();
          StakeholderGroup.Builder gb = StakeholderGroup.builder()
              .id(o.id())
              .addAllKinds(o.kinds())
              .subnationalUnit(o.subnationalUnit())
              .addAllFundingChannels(o.fundingChannels());
          name.ifPresent(gb::name);
          return Tuple.of(
              p.get1(),
              Assessment.builder()
                  .frameworkId(a.frameworkId())
                  .frameworkVersion(a.frameworkVersion())
                  .country(a.country())
                  .round(a.round())
                  .group(gb.build())
                  .addAllRatings(a.ratings())
                  .addAllRespondents(who)
                  .subnationalUnit(unit)
                  .build());
        });
  }

  private static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
