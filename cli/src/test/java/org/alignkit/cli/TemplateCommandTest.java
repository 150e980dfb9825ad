package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.Rating;
import org.alignkit.core.RatingStatus;
import org.alignkit.core.Round;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.spec.AssessmentCsv;
import org.alignkit.spec.SpecException;
import org.alignkit.spec.SpecLoader;
import org.alignkit.spec.SpecWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alignkit template}: YAML and CSV forms, French guidance, round trips and bad input. */
class TemplateCommandTest {
  static final Framework BUNDLED = SpecLoader.defaults().bundledFramework();

  @TempDir
  Path dir;

  static List<String> applicableIds(StakeholderKind kind) {
    return BUNDLED.indicators().stream()
        .filter(i -> i.appliesTo(kind))
        .map(Indicator::id)
        .collect(Collectors.toList());
  }

  static String descriptor(String indicator, int level, String lang) {
    return BUNDLED
        .indicator(indicator)
        .orElseThrow()
        .descriptor(level, BUNDLED.scale())
        .get(lang);
  }

  @Test
  void yamlTemplateHasOneRatingPerApplicableIndicatorWithDescriptorsAsComments() {
    CliRun run = CliRun.of("template", "--group", "civil-society", "--date", "2024-03-14");
    assertThat(run.exitCode).as(run.toString()).isZero();
    List<String> ids = applicableIds(StakeholderKind.CIVIL_SOCIETY);
    assertThat(ids).hasSizeLessThan(BUNDLED.indicators().size());
    List<String> rated = run.out
        .lines()
        .filter(l -> l.startsWith("  - indicator: "))
        .map(l -> l.substring("  - indicator: ".length()).replace("\"", ""))
        .collect(Collectors.toList());
    assertThat(rated).containsExactlyElementsOf(ids);
    assertThat(run.out.lines().filter(l -> l.equals("    level:"))).hasSize(ids.size());
    assertThat(run.out)
        .contains("country: XXX\n")
        .contains("  id: \"2024\"\n  date: 2024-03-14\n")
        .contains(
            "  # OP-1.1: " + BUNDLED.indicator("OP-1.1").orElseThrow().title().get("en") + "\n")
        .contains("  #   1 Fragmented: " + descriptor("OP-1.1", 1, "en") + "\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void aFilledYamlTemplateLoadsAsTheAssessment() throws Exception {
    CliRun run = CliRun.of(
        "template",
        "--group",
        "partner-off-budget",
        "--country",
        "RWA",
        "--round",
        "baseline",
        "--date",
        "2023-11-02");
    assertThat(run.exitCode).as(run.toString()).isZero();
    // Left blank, the file reads as the blank CSV form does: a level left empty is not rated, so
    // the blank forms of both formats give the same assessment, without ratings.
    Path blank = dir.resolve("blank.yaml");
    Files.writeString(blank, run.out, StandardCharsets.UTF_8);
    Assessment unfilled = SpecLoader.defaults().loadAssessment(blank);
    assertThat(unfilled.ratings()).isEmpty();
    CliRun csvForm = CliRun.of(
        "template",
        "--group",
        "partner-off-budget",
        "--country",
        "RWA",
        "--round",
        "baseline",
        "--date",
        "2023-11-02",
        "--format",
        "csv");
    Path blankCsv = Files.writeString(dir.resolve("blank.csv"), csvForm.out);
    assertThat(SpecLoader.defaults().loadAssessment(blankCsv)).isEqualTo(unfilled);
    List<String> ids = applicableIds(StakeholderKind.PARTNER_OFF_BUDGET);
    // Evidence without a level is a located problem, in YAML as in CSV.
    Path half = dir.resolve("half.yaml");
    Files.writeString(
        half,
        run.out.replaceFirst("    level:\n", "    level:\n    evidence: \"JAR 2023\"\n"),
        StandardCharsets.UTF_8);
    SpecException unfinished =
        catchThrowableOfType(SpecException.class, () -> SpecLoader.defaults().loadAssessment(half));
    assertThat(unfinished.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().pointer()).isEqualTo("/ratings/0/level");
      assertThat(p.location().line()).isPositive();
      assertThat(p.message())
          .isEqualTo("the rating of " + ids.get(0) + " has evidence or a comment but no level");
    });
    // Filled in: first indicator not applicable, the others level 4.
    String filled = run.out
        .replaceFirst("    level:\n", "    status: not-applicable\n")
        .replace("    level:\n", "    level: 4\n");
    Path file = dir.resolve("dp.yaml");
    Files.writeString(file, filled, StandardCharsets.UTF_8);
    Assessment a = SpecLoader.defaults().loadAssessment(file);
    assertThat(a.country()).isEqualTo("RWA");
    assertThat(a.round()).isEqualTo(Round.of("baseline", LocalDate.of(2023, 11, 2)));
    assertThat(a.group())
        .isEqualTo(StakeholderGroup.of("partner-off-budget", StakeholderKind.PARTNER_OFF_BUDGET));
    assertThat(a.ratings()).hasSize(ids.size());
    assertThat(a.ratings().get(0)).isEqualTo(Rating.notApplicable(ids.get(0)));
    assertThat(a.ratings().subList(1, ids.size()))
        .allSatisfy(r -> assertThat(r.level()).hasValue(4));
  }

  @Test
  void frenchGuidanceWithLangFr() throws Exception {
    CliRun yaml =
        CliRun.of("template", "--group", "government", "--lang", "fr", "--date", "2024-03-14");
    assertThat(yaml.exitCode).as(yaml.toString()).isZero();
    assertThat(yaml.out)
        .contains(
            "  # OP-1.1: " + BUNDLED.indicator("OP-1.1").orElseThrow().title().get("fr"))
        .contains("  #   1 " + BUNDLED.scale().level(1).orElseThrow().name().get("fr") + ": "
            + descriptor("OP-1.1", 1, "fr"))
        .doesNotContain(descriptor("OP-1.1", 1, "en"));
    CliRun csv = CliRun.of(
        "template",
        "--group",
        "government",
        "--lang",
        "fr",
        "--format",
        "csv",
        "--date",
        "2024-03-14");
    assertThat(csv.exitCode).as(csv.toString()).isZero();
    // The French form is separated by semicolons, as spreadsheets in French locales expect.
    assertThat(csv.out).startsWith("\"alignkit\";\"assessment-csv/v1\"");
    List<List<String>> rows = rows(csv.out, ';');
    List<String> op11 = rows.stream()
        .filter(r -> r.size() > 2 && r.get(2).equals("OP-1.1"))
        .findFirst()
        .orElseThrow();
    assertThat(op11.get(3))
        .isEqualTo(BUNDLED.indicator("OP-1.1").orElseThrow().title().get("fr"));
    assertThat(op11.subList(4, 9))
        .containsExactly(
            descriptor("OP-1.1", 1, "fr"),
            descriptor("OP-1.1", 2, "fr"),
            descriptor("OP-1.1", 3, "fr"),
            descriptor("OP-1.1", 4, "fr"),
            descriptor("OP-1.1", 5, "fr"));
    assertThat(rows).contains(List.of("language", "fr"));
  }

  @Test
  void aFilledCsvTemplateReadsBackAsTheExpectedAssessment() throws Exception {
    Path out = dir.resolve("gov.csv");
    CliRun run = CliRun.of(
        "template",
        "--group",
        "government",
        "--format",
        "csv",
        "--country",
        "BFA",
        "--round",
        "2024",
        "--date",
        "2024-03-14",
        "-o",
        out.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("wrote " + out);
    List<List<String>> rows = rows(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(rows.get(0)).containsExactly("alignkit", "assessment-csv/v1");
    int header = 0;
    while (!rows.get(header).contains("indicator")) {
      header++;
    }
    int level = rows.get(header).indexOf("level");
    int evidence = rows.get(header).indexOf("evidence");
    List<String> ids = applicableIds(StakeholderKind.GOVERNMENT);
    assertThat(rows.subList(header + 1, rows.size()).stream().map(r -> r.get(2)))
        .containsExactlyElementsOf(ids);
    // Fill in: the first indicator 3 with evidence that needs quoting, the second NI, the rest
    // unrated.
    rows.get(header + 1).set(level, "3");
    rows.get(header + 1).set(evidence, "Revue annuelle conjointe, \"RAC\" 2023\np. 12");
    rows.get(header + 2).set(level, "NI");
    Assessment a = AssessmentCsv.of(BUNDLED)
        .read(new ByteArrayInputStream(csv(rows).getBytes(StandardCharsets.UTF_8)), "gov.csv");
    Assessment expected = Assessment.builder()
        .frameworkId(BUNDLED.id())
        .frameworkVersion(BUNDLED.version())
        .country("BFA")
        .round(Round.of("2024", LocalDate.of(2024, 3, 14)))
        .group(StakeholderGroup.of("government", StakeholderKind.GOVERNMENT))
        .addRatings(
            Rating.builder()
                .indicatorId(ids.get(0))
                .status(RatingStatus.RATED)
                .level(3)
                .evidence("Revue annuelle conjointe, \"RAC\" 2023\np. 12")
                .build(),
            Rating.noInformation(ids.get(1)))
        .build();
    assertThat(a).isEqualTo(expected);
  }

  @Test
  void aFrameworkFileAndAGroupId() throws Exception {
    Path f = dir.resolve("framework.yaml");
    SpecWriter.yaml().write(BUNDLED, f);
    CliRun run = CliRun.of(
        "template",
        "--group",
        "PRIVATE_SECTOR",
        "--group-id",
        "providers",
        "--framework",
        f.toString(),
        "--date",
        "2024-03-14");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("group:\n  id: providers\n  kinds:\n    - private-sector\n");
    assertThat(run.out.lines().filter(l -> l.equals("    level:")))
        .hasSize(applicableIds(StakeholderKind.PRIVATE_SECTOR).size());
  }

  @Test
  void badInput() {
    CliRun kind = CliRun.of("template", "--group", "donors");
    assertThat(kind.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(kind.err)
        .contains(
            "'donors' is not a group kind; use one of government, partner-on-budget, partner-off-budget, civil-society, private-sector");
    assertThat(kind.out).isEmpty();

    Path missing = dir.resolve("no-such-framework.yaml");
    CliRun framework =
        CliRun.of("template", "--group", "government", "--framework", missing.toString());
    assertThat(framework.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(framework.err).startsWith(missing + ": /: no such file");
    assertThat(framework.err).doesNotContain("Exception").doesNotContain("\tat ");

    CliRun noGroup = CliRun.of("template");
    assertThat(noGroup.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(noGroup.err).contains("--group");

    CliRun lang = CliRun.of("template", "--group", "government", "--lang", "de");
    assertThat(lang.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(lang.err)
        .contains("--lang de: framework alignkit-reference")
        .contains("has texts in en, fr only");

    CliRun date = CliRun.of("template", "--group", "government", "--date", "14/03/2024");
    assertThat(date.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(date.err).contains("--date 14/03/2024: not a date; write it as YYYY-MM-DD");

    CliRun country = CliRun.of("template", "--group", "government", "--country", "Kivara");
    assertThat(country.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(country.err).contains("Kivara");

    CliRun format = CliRun.of("template", "--group", "government", "--format", "xlsx");
    assertThat(format.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err).contains("yaml").contains("csv");
  }

  static List<List<String>> rows(String text) throws Exception {
    return rows(text, ',');
  }

  static List<List<String>> rows(String text, char separator) throws Exception {
    CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = m.readerForListOf(String.class)
        .with(CsvSchema.emptySchema().withColumnSeparator(separator))
        .readValues(text)) {
      List<List<String>> rows = new ArrayList<>();
      it.forEachRemaining(r -> rows.add(new ArrayList<>(r)));
      return rows;
    }
  }

  static String csv(List<List<String>> rows) throws Exception {
    CsvMapper m = new CsvMapper();
    StringBuilder sb = new StringBuilder();
    for (List<String> r : rows) {
      sb.append(m.writer(CsvSchema.emptySchema().withLineSeparator("\n"))
          .writeValueAsString(r.toArray(new String[0])));
    }
    return sb.toString();
  }
}
