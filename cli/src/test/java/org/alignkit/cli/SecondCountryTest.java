package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second country built from scratch through the command line only, as a new user would: a blank
 * form for each of five groups, some YAML, some CSV (one in French, with semicolons), filled in,
 * two rounds read from their folders with both formats mixed, then {@code validate}, {@code
 * score}, {@code compare}, {@code progress} and {@code report} on them, each seeing the five
 * groups, and every input file byte-identical afterwards.
 */
class SecondCountryTest {
  static final String COUNTRY = "XNA";
  static final List<String> GROUPS = List.of(
      "government", "partner-on-budget", "partner-off-budget", "civil-society", "private-sector");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** The form of each group: file name, and the extra template arguments. */
  static final String[][] FORMS = {
    {"government.yaml"},
    {"partner-on-budget.csv"},
    {"partner-off-budget.yaml", "--lang", "fr"},
    {"civil-society.csv", "--lang", "fr"},
    {"private-sector.yaml"}
  };

  @Test
  void aSecondCountryFromBlankFormsToTheReport() throws Exception {
    Path r2025 = round("2025", "2025-05-10", 0);
    Path r2027 = round("2027", "2027-05-12", 1);
    // The second round also has an exercise file, listing the forms of both formats.
    Files.writeString(
        r2027.resolve("exercise.yaml"),
        "apiVersion: alignkit/v1\nkind: Exercise\nid: xna-2027\nassessments: ["
            + String.join(", ", List.of(FORMS).stream().map(f -> f[0]).toList())
            + "]\n");
    Snapshot inputs = Snapshot.of(r2025, r2027);

    CliRun validate = run("validate", r2025.toString(), r2027.toString());
    assertThat(validate.out).contains(r2025 + ": ok").contains(r2027 + ": ok");

    CliRun score = run("score", r2025.toString(), "--format", "json");
    JsonNode cards = JSON.readTree(score.out);
    assertThat(groups(cards, "group")).isEqualTo(new TreeSet<>(GROUPS));
    for (JsonNode card : cards) {
      assertThat(card.path("country").asText()).isEqualTo(COUNTRY);
      assertThat(card.path("nodes")
              .get(0)
              .path("results")
              .path("default")
              .path("level")
              .isInt())
          .as(card.path("group").asText())
          .isTrue();
    }

    CliRun compare = run("compare", r2027.toString(), "--format", "json");
    JsonNode analysis = JSON.readTree(compare.out);
    assertThat(analysis.path("country").asText()).isEqualTo(COUNTRY);
    assertThat(texts(analysis.path("groups"))).isEqualTo(new TreeSet<>(GROUPS));
    assertThat(analysis.path("agenda").size()).isPositive();
    CliRun compareText = run("compare", r2027.toString());
    assertThat(compareText.out).startsWith(COUNTRY + ", round 2027: 5 groups");

    CliRun progress = run("progress", r2025.toString(), r2027.toString(), "--format", "json");
    JsonNode rows = JSON.readTree(progress.out);
    assertThat(rows.path("onlyInBaseline")).isEmpty();
    assertThat(rows.path("onlyInCurrent")).isEmpty();
    assertThat(rows.path("wholeCompared").asBoolean()).isTrue();
    Set<String> progressGroups = new TreeSet<>();
    for (JsonNode row : rows.path("rows")) {
      if (!row.path("group").isNull()) {
        progressGroups.add(row.path("group").asText());
      }
      if (row.path("node").asText().equals("alignkit-reference")) {
        assertThat(row.path("class").asText()).isEqualTo("progress");
      }
    }
    assertThat(progressGroups).isEqualTo(new TreeSet<>(GROUPS));

    Path html = dir.resolve("out/report.html");
    CliRun report =
        run("report", r2027.toString(), "--baseline", r2025.toString(), "-o", html.toString());
    assertThat(report.err).contains("wrote " + html);
    Document doc = Jsoup.parse(Files.readString(html));
    assertThat(doc.select("svg#radar polygon")).hasSize(GROUPS.size());
    assertThat(doc.select("#progress")).isNotEmpty();
    Path json = dir.resolve("out/report.json");
    run("report", r2027.toString(), "--baseline", r2025.toString(), "-o", json.toString());
    assertThat(Files.readString(json)).contains(GROUPS.toArray(new String[0]));
    Path csv = dir.resolve("out/report.csv");
    run("report", r2027.toString(), "-o", csv.toString(), "--lang", "fr");
    assertThat(Files.readString(csv)).contains(GROUPS.toArray(new String[0]));

    inputs.assertUnchanged();
  }

  /** A round folder of five filled forms; {@code step} raises every level of the later round. */
  private Path round(String id, String date, int step) throws Exception {
    Path folder = dir.resolve("xna-" + id);
    for (int g = 0; g < GROUPS.size(); g++) {
      String[] form = FORMS[g];
      Path file = folder.resolve(form[0]);
      List<String> args = new ArrayList<>(List.of(
          "template",
          "--group",
          GROUPS.get(g),
          "--country",
          COUNTRY,
          "--round",
          id,
          "--date",
          date,
          "-o",
          file.toString()));
      args.addAll(List.of(form).subList(1, form.length));
      CliRun template = run(args.toArray(new String[0]));
      assertThat(template.out).isEmpty();
      assertThat(template.err).startsWith("alignkit");
      if (form[0].endsWith(".csv")) {
        fillCsv(file, g, step, form.length > 1);
      } else {
        fillYaml(file, g, step);
      }
    }
    return folder;
  }

  private static int level(int indicator, int group, int step) {
    return Math.min(5, 1 + (indicator * 3 + group) % 4 + step);
  }

  private static void fillYaml(Path file, int group, int step) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (String line : text.split("\n", -1)) {
      if (line.equals("    level:")) {
        line = i == 1 ? "    status: no-information" : "    level: " + level(i, group, step);
        i++;
      }
      sb.append(line).append('\n');
    }
    Files.writeString(file, sb.substring(0, sb.length() - 1), StandardCharsets.UTF_8);
  }

  /** Fills the column 'level' as a spreadsheet would, saving with the form's separator. */
  private static void fillCsv(Path file, int group, int step, boolean french) throws Exception {
    char separator = french ? ';' : ',';
    List<List<String>> rows = TemplateCommandTest.rows(Files.readString(file), separator);
    int header = 0;
    while (!rows.get(header).contains("level")) {
      header++;
    }
    int level = rows.get(header).indexOf("level");
    int evidence = rows.get(header).indexOf("evidence");
    for (int r = header + 1; r < rows.size(); r++) {
      int i = r - header - 1;
      rows.get(r).set(level, i == 2 ? "NA" : Integer.toString(level(i, group, step)));
    }
    rows.get(header + 1).set(evidence, "Revue annuelle conjointe ; p. 4, \"RAC\"");
    StringBuilder sb = new StringBuilder(french ? "\uFEFF" : "");
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String cell : row) {
        boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n");
        cells.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      sb.append(String.join(String.valueOf(separator), cells)).append("\r\n");
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  private static CliRun run(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode).as(run.toString()).isZero();
    return run;
  }

  private static Set<String> groups(JsonNode array, String field) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
