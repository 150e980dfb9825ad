package org.alignkit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.Rating;
import org.alignkit.core.RatingStatus;
import org.alignkit.core.Round;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.spec.SpecProblem.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV form of an assessment: the template's layout, filling it in, and located problems. In a
 * government template of the test framework, lines 1-12 are the marker, a comment and the
 * metadata, line 13 the header, lines 14-17 the indicators OP-1.1, OP-1.2, OB-2.1 and OB-2.2;
 * column 3 is the indicator, 5-9 the descriptors, 10 the level, 11 the evidence, 12 the comment.
 */
class AssessmentCsvTest {
  static final Framework FRAMEWORK = TestFiles.framework();
  static final AssessmentCsv CSV = AssessmentCsv.of(FRAMEWORK);
  static final Round ROUND = Round.of("2024", LocalDate.of(2024, 3, 14));
  static final StakeholderGroup GOVERNMENT =
      StakeholderGroup.of("government", StakeholderKind.GOVERNMENT);

  @TempDir
  Path dir;

  static Sheet government() {
    return Sheet.parse(CSV.template(GOVERNMENT, "XKV", ROUND));
  }

  private List<String> problems(String text) {
    SpecException e = catchThrowableOfType(SpecException.class, () -> CSV.read(in(text), "g.csv"));
    assertThat(e).as("expected problems").isNotNull();
    return e.problems().stream().map(SpecProblem::toString).collect(Collectors.toList());
  }

  static ByteArrayInputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theTemplateHasMetadataAHeaderAndOneRowPerApplicableIndicator() {
    Sheet civil = Sheet.parse(
        CSV.template(StakeholderGroup.of("cso", StakeholderKind.CIVIL_SOCIETY), "XKV", ROUND));
    assertThat(civil.rows.get(0)).containsExactly("alignkit", "assessment-csv/v1");
    assertThat(civil.rows.get(civil.headerRow()))
        .containsExactly(
            "domain",
            "component",
            "indicator",
            "title",
            "level_1",
            "level_2",
            "level_3",
            "level_4",
            "level_5",
            "level",
            "evidence",
            "comment");
    List<String> ids = civil.rows.subList(civil.headerRow() + 1, civil.rows.size()).stream()
        .map(r -> r.get(2))
        .collect(Collectors.toList());
    // OB-2.1 applies to government and partners only: left out of a civil-society form.
    assertThat(ids).containsExactly("OP-1.1", "OP-1.2", "OB-2.2");
    assertThat(civil.rows)
        .contains(
            List.of("group.kinds", "civil-society"),
            List.of("country", "XKV"),
            List.of("round.date", "2024-03-14"),
            List.of("framework.version", "1.0"));
    // The indicator's own descriptor where it has one, the scale's otherwise.
    assertThat(civil.get("OP-1.1", "level_1")).isEqualTo("No joint plan.");
    assertThat(civil.get("OP-1.1", "level_2")).isEqualTo("Some joint work.");
    assertThat(civil.get("OP-1.2", "title")).isEqualTo("Plans follow national priorities");
    assertThat(civil.get("OP-1.1", "domain")).isEqualTo("OP");
    assertThat(civil.get("OB-2.2", "component")).isEqualTo("OB-2");
    assertThat(civil.get("OP-1.1", "level")).isEmpty();
  }

  @Test
  void frenchTemplateHasFrenchTitlesAndDescriptors() {
    Sheet fr = Sheet.parse(CSV.withLanguage("fr").template(GOVERNMENT, "XKV", ROUND));
    assertThat(fr.get("OP-1.1", "title")).isEqualTo("Les partenaires planifient avec le ministère");
    assertThat(fr.get("OP-1.1", "level_1")).isEqualTo("Aucun plan commun.");
    assertThat(fr.get("OB-2.2", "level_5")).isEqualTo("Un plan, un budget, un rapport.");
    assertThat(fr.rows).contains(List.of("language", "fr"));
  }

  @Test
  void aBlankTemplateReadsBackAsAnAssessmentWithoutRatings() {
    Assessment a = CSV.read(in(CSV.template(GOVERNMENT, "XKV", ROUND)), "g.csv");
    assertThat(a.ratings()).isEmpty();
    assertThat(a.group()).isEqualTo(GOVERNMENT);
    assertThat(a.round()).isEqualTo(ROUND);
    assertThat(a.country()).isEqualTo("XKV");
    assertThat(a.frameworkId()).isEqualTo("test-framework");
  }

  @Test
  void aFilledTemplateReadsBackAsTheExpectedAssessment() {
    String evidence = "JAR 2023, p. 4: \"aligned\"\nsee annex – Côte d'Ivoire";
    String text = government()
        .set("OP-1.1", "level", "3")
        .set("OP-1.1", "evidence", evidence)
        .set("OP-1.2", "level", "na")
        .set("OB-2.1", "level", "NI")
        .set("OB-2.1", "comment", "  no budget data, yet  ")
        .setKey("respondents", "Ministère de la Santé", "DPS, Nord")
        .save();
    Assessment a = CSV.read(in(text), "g.csv");
    Assessment expected = Assessment.builder()
        .frameworkId("test-framework")
        .frameworkVersion("1.0")
        .country("XKV")
        .round(ROUND)
        .group(GOVERNMENT)
        .addRespondents("Ministère de la Santé", "DPS, Nord")
        .addRatings(
            Rating.builder()
                .indicatorId("OP-1.1")
                .status(RatingStatus.RATED)
                .level(3)
                .evidence(evidence)
                .build(),
            Rating.notApplicable("OP-1.2"),
            Rating.builder()
                .indicatorId("OB-2.1")
                .status(RatingStatus.NO_INFORMATION)
                .comment("  no budget data, yet  ")
                .build())
        .build();
    assertThat(a).isEqualTo(expected);
    // The same through a file, saved with semicolons and a byte order mark as spreadsheets do.
    String semicolons = "\uFEFF" + Sheet.parse(text).save(';');
    assertThat(semicolons).startsWith("\uFEFFalignkit;");
    Path file = TestFiles.write(dir, "g.csv", semicolons);
    assertThat(CSV.read(file)).isEqualTo(expected);
  }

  @Test
  void writingAFilledAssessmentAndReadingItGivesItBack() {
    Assessment a = Assessment.builder()
        .frameworkId("test-framework")
        .frameworkVersion("1.0")
        .country("XKV")
        .subnationalUnit(org.alignkit.core.AdministrativeUnit.of("XKV-N", "Région du Nord"))
        .round(ROUND)
        .group(StakeholderGroup.builder()
            .id("dp")
            .name(org.alignkit.core.LocalizedText.of("Partners, on and off", "Partenaires"))
            .addKinds(StakeholderKind.PARTNER_ON_BUDGET, StakeholderKind.PARTNER_OFF_BUDGET)
            .addFundingChannels(
                org.alignkit.core.FundingChannel.CHANNEL_1,
                org.alignkit.core.FundingChannel.CHANNEL_3)
            .build())
        .addRatings(Rating.of("OB-2.2", 5), Rating.of("OP-1.1", 1), Rating.noInformation("OP-1.2"))
        .build();
    String text = CSV.write(a);
    assertThat(CSV.read(in(text), "a.csv")).isEqualTo(a);
    Path file = dir.resolve("a.csv");
    CSV.write(a, file);
    assertThat(CSV.read(file)).isEqualTo(a);
    // Rated rows first, in order; then the applicable indicator left to rate.
    Sheet s = Sheet.parse(text);
    assertThat(s.rowOf("OB-2.2")).isLessThan(s.rowOf("OP-1.1"));
    assertThat(s.get("OB-2.1", "level")).isEmpty();
    assertThat(s.rows).contains(List.of("group.fundingChannels", "1", "3"));
  }

  @Test
  void badCellsAreAllReportedWithLineFieldPointerAndFix() {
    String text = government()
        .set("OP-1.1", "level", "three")
        .set("OP-1.2", "level", "7")
        .set("OB-2.1", "level", "2")
        .set("OB-2.1", "indicator", "OB-21")
        .set("OB-2.2", "evidence", "minutes of the JAR")
        .setKey("round.date", "14/03/2024")
        .setKey("group.kinds", "govermnent")
        .save();
    assertThat(problems(text))
        .containsExactly(
            "g.csv:7:2: /round/date: '14/03/2024' is not a date (write the date as YYYY-MM-DD, e.g. 2024-03-14 (format the cell as text))",
            "g.csv:11:2: /group/kinds/0: unknown stakeholder kind 'govermnent' (did you mean government?)",
            "g.csv:14:10: /ratings/0/level: 'three' is not a level (write a level from 1 to 5, NA (not applicable) or NI (no information))",
            "g.csv:15:10: /ratings/1/level: level 7 of OP-1.2 is not on the scale (use a level from 1 to 5, or not-applicable / no-information)",
            "g.csv:16:3: /ratings/2/indicator: framework test-framework 1.0 has no indicator 'OB-21' (did you mean OB-2.1?)",
            "g.csv:17:10: /ratings/3/level: the row of OB-2.2 has evidence or a comment but no level (write a level from 1 to 5, NA (not applicable) or NI (no information))");
  }

  @Test
  void meaningProblemsOfTheMetadataPointAtTheirRow() {
    Sheet civil = Sheet.parse(
        CSV.template(StakeholderGroup.of("cso", StakeholderKind.CIVIL_SOCIETY), "XKV", ROUND));
    List<String> row = new java.util.ArrayList<>(civil.rows.get(civil.rowOf("OB-2.2")));
    row.set(2, "OB-2.1");
    row.set(9, "4");
    civil.rows.add(row);
    civil.setKey("framework.version", "2.0").setKey("country", "xx");
    List<String> p = problems(civil.save());
    // Like a YAML file, the CSV form reports every problem of the metadata at once: the version
    // mismatch too, not only once the country is fixed.
    assertThat(p)
        .hasSize(3)
        .anySatisfy(s -> assertThat(s).startsWith("g.csv:5:2: /country: "))
        .anySatisfy(s -> assertThat(s).startsWith("g.csv:4:2: /framework/version: "))
        .anySatisfy(
            s -> assertThat(s)
                .isEqualTo(
                    "g.csv:17:10: /ratings/0/level: indicator OB-2.1 does not apply to group 'cso' (civil-society) (rate it not-applicable, or remove the rating)"));
    civil.setKey("country", "XKV");
    assertThat(problems(civil.save()))
        .contains(
            "g.csv:4:2: /framework/version: the assessment answers version 2.0 of test-framework, not version 1.0 (load version 2.0 of the framework, or update the assessment)");
  }

  @Test
  void anIndicatorRatedOnTwoRowsIsReportedAtTheSecond() {
    Sheet s = government().set("OP-1.1", "level", "2").set("OP-1.2", "level", "4");
    List<String> copy = new java.util.ArrayList<>(s.rows.get(s.rowOf("OP-1.1")));
    copy.set(9, "5");
    s.rows.add(copy);
    assertThat(problems(s.save()))
        .containsExactly(
            "g.csv:18:3: /ratings/2/indicator: indicator OP-1.1 is rated twice (also at /ratings/0) (keep one rating per indicator)");
  }

  @Test
  void missingRowsUnknownKeysAndDuplicates() {
    Sheet s = government();
    s.rows.removeIf(r -> r.get(0).equals("round.id"));
    s.rows.add(3, List.of("contry", "XKV"));
    s.rows.add(3, List.of("group.id", "again"));
    List<String> p = problems(s.save());
    assertThat(p)
        .containsExactly(
            "g.csv:1:1: /round/id: the row 'round.id' is missing (add a row 'round.id,VALUE' above the header row)",
            "g.csv:5:1: /: unknown key 'contry' (did you mean country?)",
            "g.csv:9:1: /group/id: 'group.id' is given twice (also on line 4) (keep one row for 'group.id')");
  }

  @Test
  void notATemplateBrokenQuotesBadBytesAndMissingFiles() throws Exception {
    assertThat(problems("indicator,level\nOP-1.1,3\n"))
        .containsExactly(
            "g.csv:1:1: /: this is not an AlignKit assessment CSV: its first row must be 'alignkit,assessment-csv/v1' (start from a template: alignkit template --group KIND --format csv)");
    SpecException syntax = catchThrowableOfType(
        SpecException.class,
        () -> CSV.read(in(government().save() + "OP,OP-1,\"OP-1.1,3\n"), "g.csv"));
    assertThat(syntax.problems()).singleElement().satisfies(p -> {
      assertThat(p.layer()).isEqualTo(Layer.SYNTAX);
      assertThat(p.location().line()).isGreaterThanOrEqualTo(18);
      assertThat(p.message()).doesNotContain("Exception").doesNotContain("\tat ");
    });
    byte[] latin1 =
        government().save().replace("XKV", "Côte").getBytes(StandardCharsets.ISO_8859_1);
    SpecException enc = catchThrowableOfType(
        SpecException.class, () -> CSV.read(new ByteArrayInputStream(latin1), "g.csv"));
    assertThat(enc.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.toString())
            .startsWith("g.csv:5:0: /: the file is not UTF-8 (byte ")
            .endsWith(") (save the spreadsheet as \"CSV UTF-8\")"));
    SpecException missing =
        catchThrowableOfType(SpecException.class, () -> CSV.read(dir.resolve("none.csv")));
    assertThat(missing.problems()).singleElement().satisfies(p -> {
      assertThat(p.layer()).isEqualTo(Layer.IO);
      assertThat(p.toString())
          .isEqualTo(dir.resolve("none.csv") + ": /: no such file (check the path)");
    });
    Files.writeString(dir.resolve("big.csv"), government().save());
    SpecException big = catchThrowableOfType(
        SpecException.class,
        () -> CSV.withLimits(Limits.builder().maxDocumentBytes(100).build())
            .read(dir.resolve("big.csv")));
    assertThat(big.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.layer()).isEqualTo(Layer.LIMIT));
  }

  @Test
  void commentsBlankRowsAndReorderedColumnsAreAccepted() {
    Sheet s = government().set("OP-1.1", "level", "2").set("OP-1.1", "comment", "ok");
    // A user deletes the guidance columns and adds notes and blank rows.
    int header = s.headerRow();
    for (int i = header; i < s.rows.size(); i++) {
      List<String> r = s.rows.get(i);
      s.rows.set(i, new java.util.ArrayList<>(List.of(r.get(11), r.get(9), r.get(2))));
    }
    s.rows.add(header, List.of("# notes from the workshop, day 1"));
    s.rows.add(List.of("", "", ""));
    Assessment a = CSV.read(in(s.save()), "g.csv");
    assertThat(a.ratings())
        .containsExactly(Rating.builder()
            .indicatorId("OP-1.1")
            .status(RatingStatus.RATED)
            .level(2)
            .comment("ok")
            .build());
    // With the comment column first, a comment starting with '#' is still read as a comment.
    s.rows.get(s.rowOf("OP-1.2")).set(0, "#1 priority");
    s.rows.get(s.rowOf("OP-1.2")).set(1, "4");
    assertThat(CSV.read(in(s.save()), "g.csv").rating("OP-1.2").orElseThrow().comment())
        .hasValue("#1 priority");
  }
}
