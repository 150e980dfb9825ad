package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One shape for every command: help wrapped by picocli, summaries that are whole sentences,
 * {@code --lang} validated everywhere and honoured, rounds as folders everywhere (CSV forms and
 * other files kept beside them included), no Java names in what the command line says.
 */
class CommandShapeTest {
  static final String ROUND = "../examples/kivara/2026";
  static final List<String> COMMANDS = List.of(
      "validate", "score", "compare", "progress", "agreement", "template", "report", "rules");

  @TempDir
  Path dir;

  @Test
  void helpIsWrappedAtEightyColumnsAndSummariesAreSentences() {
    CliRun root = CliRun.of("--help");
    assertThat(root.exitCode).isZero();
    for (String command : COMMANDS) {
      String summary = root.out
          .lines()
          .filter(l -> l.startsWith("  " + command + " "))
          .findFirst()
          .orElseThrow();
      // One line each, a whole sentence.
      assertThat(summary).as(command).endsWith(".").hasSizeLessThanOrEqualTo(80);
      CliRun help = CliRun.of(command, "--help");
      assertThat(help.exitCode).as(command).isZero();
      assertThat(help.out.lines())
          .as(command)
          .allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(80));
      // Paragraphs are wrapped by picocli: every paragraph of a description is a whole sentence
      // or more, not a line broken by hand in the middle of one ("...; YAML").
      CommandSpec spec = Main.commandLine().getSubcommands().get(command).getCommandSpec();
      assertThat(spec.usageMessage().description())
          .as(command)
          .allSatisfy(p -> assertThat(p).endsWith("."));
      for (OptionSpec o : spec.options()) {
        assertThat(o.description())
            .as(command + " " + o.longestName())
            .allSatisfy(p -> assertThat(p).matches("(?s).*[.)]$"));
      }
      // ... nor between a dot and the word it belongs to (".html", "e.g.").
      List<String> lines = help.out.lines().toList();
      for (int i = 0; i + 1 < lines.size(); i++) {
        String next = lines.get(i + 1).trim();
        assertThat(lines.get(i).endsWith(".")
                && !next.isEmpty()
                && Character.isLowerCase(next.charAt(0)))
            .as(command + ": " + lines.get(i) + " / " + next)
            .isFalse();
      }
    }
  }

  @Test
  void langIsValidatedInEveryCommandThatHasIt(@TempDir Path out) {
    String[][] runs = {
      {"score", ROUND},
      {"compare", ROUND},
      {"progress", "--example"},
      {"agreement", AgreementCommandTest.EXAMPLE, "--metric", "nominal"},
      {"report", ROUND, "-o", out.resolve("r.html").toString()},
      {"rules"}
    };
    for (String[] args : runs) {
      String[] de = java.util.Arrays.copyOf(args, args.length + 2);
      de[args.length] = "--lang";
      de[args.length + 1] = "de";
      CliRun run = CliRun.of(de);
      assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err).contains("Invalid value for option '--lang'").contains("[en, fr]");
    }
    assertThat(out.resolve("r.html")).doesNotExist();
  }

  @Test
  void frenchEverywhere() throws Exception {
    CliRun compare = CliRun.of("compare", ROUND, "--lang", "fr");
    assertThat(compare.out)
        .contains("Indicateurs divergents : ")
        .contains("Distances entre les groupes")
        .contains("Ordre du jour de l'harmonisation (")
        .doesNotContain("Divergent indicators")
        .doesNotContain("Harmonisation agenda");
    CliRun progress = CliRun.of("progress", "--example", "--lang", "fr");
    assertThat(progress.out)
        .startsWith("Progrès 2024 -> 2026 (règles default)")
        .containsPattern("(?m)^\\(ensemble\\)\\s+OB\\s")
        .containsPattern("(progrès|stagnation|recul)\\n");
    CliRun score = CliRun.of("score", ROUND + "/government.yaml", "--lang", "fr", "--explain");
    assertThat(score.out)
        .contains("la règle mean appliquée à")
        .contains("le classement floor donne le niveau")
        .doesNotContain(" banding gives level ");
    CliRun agreement =
        CliRun.of("agreement", AgreementCommandTest.EXAMPLE, "--metric", "ordinal", "--lang", "fr");
    assertThat(agreement.out).startsWith("Alpha de Krippendorff (ordinal) : 0,");
    CliRun rules = CliRun.of("rules", "--lang", "fr");
    assertThat(rules.out)
        .contains("Ensembles de règles fournis")
        .contains("PEFA 2016, méthode M1 (maillon le plus faible)");
    CliRun yaml = CliRun.of("template", "--group", "government", "--lang", "fr");
    assertThat(yaml.out).contains("# Remplissez chaque 'level:'").doesNotContain("# Fill in");
    CliRun csv = CliRun.of("template", "--group", "government", "--lang", "fr", "--format", "csv");
    assertThat(csv.out)
        .startsWith("\"alignkit\";\"assessment-csv/v1\"")
        .contains("# Remplissez la colonne 'level'");
    Path file = dir.resolve("t.yaml");
    CliRun wrote =
        CliRun.of("template", "--group", "government", "--lang", "fr", "-o", file.toString());
    assertThat(wrote.err).startsWith("alignkit : fichier écrit : " + file);
  }

  @Test
  void roundFoldersEverywhereWithFormsAndOtherFilesBesideThem() throws Exception {
    Path round = OutputSafetyTest.copy(Path.of(ROUND), dir.resolve("round"));
    Files.delete(round.resolve("exercise.yaml"));
    // The civil society's assessment as a CSV form; notes and a data table kept beside them.
    CliRun csv = CliRun.of(
        "template",
        "--group",
        "civil-society",
        "--country",
        "XKV",
        "--round",
        "2026",
        "--date",
        "2026-03-19",
        "-o",
        round.resolve("cso-extra.csv").toString(),
        "--group-id",
        "cso-north");
    assertThat(csv.exitCode).as(csv.toString()).isZero();
    Files.writeString(round.resolve("notes.yaml"), "workshop: 2026-04-02\nroom: B\n");
    Files.writeString(round.resolve("budget.csv"), "programme;amount\nmalaria;12,5\n");
    Snapshot inputs = Snapshot.of(round);
    CliRun validate = CliRun.of("validate", round.toString());
    assertThat(validate.exitCode).as(validate.toString()).isZero();
    CliRun score = CliRun.of("score", round.toString(), "--format", "csv");
    assertThat(score.exitCode).as(score.toString()).isZero();
    assertThat(score.out).contains("\ncso-north,default,").contains("\ngovernment,default,");
    CliRun compare = CliRun.of("compare", round.toString());
    assertThat(compare.exitCode).as(compare.toString()).isZero();
    assertThat(compare.out).contains(": 6 groups");
    inputs.assertUnchanged();
  }

  @Test
  void noJavaNamesInWhatTheCommandLineSays() {
    CliRun folderAsFile = CliRun.of("score", "--framework", ROUND, ROUND + "/government.yaml");
    assertThat(folderAsFile.exitCode).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(folderAsFile.err)
        .contains("this is a folder, not a file")
        .doesNotContain("loadExercise")
        .doesNotContain("Limits.");
    assertThat(Main.forCommandLine(
            "big.yaml:1:1: /: the file is larger than the limit of 8 MiB (split the file, or raise"
                + " Limits.maxDocumentBytes)"))
        .isEqualTo("big.yaml:1:1: /: the file is larger than the limit of 8 MiB (split the file)");
    assertThat(Main.forCommandLine(
            "a.yaml:3:1: /: too deep (AlignKit files nest about 10 levels deep; raise"
                + " Limits.maxNestingDepth if you need more)"))
        .isEqualTo("a.yaml:3:1: /: too deep (AlignKit files nest about 10 levels deep)");
  }

  @Test
  void agreementReadsSemicolonsAndDecimalCommas() throws Exception {
    Path comma = dir.resolve("comma.csv");
    Files.writeString(comma, "unit,a,b,c\nu1,1.5,2,2\nu2,3,3,NA\nu3,1,2.5,1\nu4,4,4,4\n");
    Path semicolon = dir.resolve("semicolon.csv");
    Files.writeString(
        semicolon,
        "unit;a;b;c\nu1;1,5;2;2\nu2;3;3;NA\nu3;1;2,5;1\nu4;4;4;4\n",
        StandardCharsets.UTF_8);
    CliRun a = CliRun.of("agreement", comma.toString(), "--metric", "interval", "--format", "json");
    CliRun b =
        CliRun.of("agreement", semicolon.toString(), "--metric", "interval", "--format", "json");
    assertThat(a.exitCode).as(a.toString()).isZero();
    assertThat(b.exitCode).as(b.toString()).isZero();
    assertThat(b.out).isEqualTo(a.out).contains("\"coders\" : 3");
  }
}
