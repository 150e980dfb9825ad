package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options several commands share are picocli mixins: declared, described and resolved once,
 * so they behave the same in every command that has them.
 */
class SharedOptionsTest {
  static final String GOV = ScoreCommandTest.GOV;
  static final String RULE_SET_FILE =
      "../model-spec/src/main/resources/org/alignkit/spec/bundled/rulesets/gdhi.yaml";

  /** The commands of each shared option, and the mixin that declares it. */
  static final Map<Class<?>, List<String>> MIXINS = Map.of(
      FrameworkOption.class,
          List.of("validate", "score", "compare", "progress", "template", "report"),
      RulesOption.class, List.of("report"),
      RulesOption.Repeatable.class, List.of("score", "compare", "progress"),
      IntervalOption.class, List.of("agreement", "compare", "report"),
      SweepOption.class, List.of("compare", "progress", "report"),
      LangOption.class, List.of("score", "compare", "progress", "agreement", "report"),
      FormatOption.class, List.of("score", "compare", "progress", "agreement"),
      OutputOption.class, List.of("score", "compare", "progress", "agreement", "template"));

  static CommandSpec command(String name) {
    return Main.commandLine().getSubcommands().get(name).getCommandSpec();
  }

  @Test
  void everySharedOptionComesFromItsMixin() {
    MIXINS.forEach((mixin, commands) -> {
      for (String name : commands) {
        assertThat(command(name).mixins().values())
            .as(name + " uses " + mixin.getSimpleName())
            .anyMatch(m -> mixin.isInstance(m.userObject()));
      }
    });
  }

  @Test
  void aSharedOptionIsTheSameInEveryCommand() {
    assertSame("--framework", "validate", "score", "compare", "progress", "template", "report");
    assertSame("--rules", "score", "compare", "progress");
    assertSame("--interval", "agreement", "compare", "report");
    assertSame("--seed", "agreement", "compare", "report");
    assertSame("--sweep", "compare", "progress", "report");
    assertSame("--lang", "score", "compare", "progress", "agreement", "report");
    assertSame("--format", "score", "compare", "progress", "agreement");
    assertSame("--output", "score", "compare", "progress", "agreement", "template");
    OptionSpec framework = command("template").findOption("--framework");
    assertThat(framework.paramLabel()).isEqualTo("F");
    assertThat(framework.defaultValue()).isNull();
    OptionSpec rules = command("report").findOption("--rules");
    assertThat(rules.defaultValue()).isEqualTo("default");
    assertThat(rules.isMultiValue()).isFalse();
    assertThat(command("score").findOption("--rules").isMultiValue()).isTrue();
    assertThat(rules.description()[0]).startsWith("The scoring rules: default, pefa-m1,");
    assertThat(command("score").findOption("--rules").description()[0])
        .startsWith("The scoring rules: default, pefa-m1,")
        .contains("repeat to compare");
    assertThat(command("score").findOption("-o").names()).containsExactly("-o", "--output");
  }

  private static void assertSame(String option, String... commands) {
    OptionSpec first = command(commands[0]).findOption(option);
    for (String name : commands) {
      OptionSpec o = command(name).findOption(option);
      assertThat(o).as(name + " " + option).isNotNull();
      assertThat(o.names()).as(name).containsExactly(first.names());
      assertThat(o.paramLabel()).as(name).isEqualTo(first.paramLabel());
      assertThat(o.arity()).as(name).isEqualTo(first.arity());
      assertThat(o.defaultValue()).as(name).isEqualTo(first.defaultValue());
      assertThat(o.description()).as(name).containsExactly(first.description());
      assertThat(o.type()).as(name).isEqualTo(first.type());
    }
  }

  @Test
  void aRuleSetFileWithProblemsIsInvalidInputInEveryCommand(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad-rules.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of(RULE_SET_FILE))
            .replaceFirst("aggregation: mean", "aggregation: meen"));
    Path out = dir.resolve("r.html");
    for (String[] args : new String[][] {
      {"score", GOV, "--rules", bad.toString()},
      {"progress", "--example", "--rules", bad.toString()},
      {"report", "--example", "--rules", bad.toString(), "-o", out.toString()}
    }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(run.err)
          .as(args[0])
          .contains(bad + ":")
          .contains("did you mean mean?")
          .doesNotContain("Exception");
    }
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aMissingRuleSetFileIsInvalidInputInEveryCommand(@TempDir Path dir) {
    String missing = dir.resolve("missing.yaml").toString();
    for (String[] args : new String[][] {
      {"score", GOV, "--rules", missing},
      {"progress", "--example", "--rules", missing},
      {"report", "--example", "--rules", missing, "-o", dir.resolve("r.html").toString()}
    }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(run.err).as(args[0]).contains(missing).contains("no such file");
    }
  }

  @Test
  void anUnknownRuleSetIsTheSameUsageErrorInEveryCommand(@TempDir Path dir) {
    for (String[] args : new String[][] {
      {"score", GOV, "--rules", "nope"},
      {"progress", "--example", "--rules", "nope"},
      {"report", "--example", "--rules", "nope", "-o", dir.resolve("r.html").toString()}
    }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err)
          .as(args[0])
          .contains("Invalid value for option '--rules': unknown rule set 'nope'; use one of "
              + "default, pefa-m1, pefa-m2, gdhi, staged, or a rule-set file")
          .contains("Run 'alignkit " + args[0] + " --help' for usage.");
    }
  }

  @Test
  void aRuleSetFileWorksInEveryCommand(@TempDir Path dir) {
    assertThat(CliRun.of("progress", "--example", "--rules", RULE_SET_FILE).out)
        .startsWith("Progress 2024 -> 2026 (rules gdhi)");
    CliRun report = CliRun.of(
        "report",
        "--example",
        "--rules",
        RULE_SET_FILE,
        "-o",
        dir.resolve("r.json").toString());
    assertThat(report.exitCode).as(report.toString()).isZero();
  }

  /**
   * Score, compare and progress repeat {@code --rules} to compare rule sets (issue #21: {@code
   * compare --rules A --rules B}, progress likewise); the report is scored under one rule set and
   * compares others with {@code --compare-rules}.
   */
  @Test
  void scoreCompareAndProgressRepeatRulesTheReportDoesNot(@TempDir Path dir) {
    CliRun report = CliRun.of(
        "report",
        "--example",
        "--rules",
        "gdhi",
        "--rules",
        "staged",
        "-o",
        dir.resolve("r.html").toString());
    assertThat(report.exitCode).as(report.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(report.err).contains("option '--rules' (NAME) should be specified only once");
    CliRun score = CliRun.of("score", GOV, "--rules", "gdhi", "--rules", "staged");
    assertThat(score.exitCode).as(score.toString()).isZero();
    assertThat(score.out).contains("gdhi").contains("staged");
    for (String command : new String[] {"compare", "progress"}) {
      CliRun run = CliRun.of(command, "--example", "--rules", "gdhi", "--rules", "staged");
      assertThat(run.exitCode).as(run.toString()).isZero();
      assertThat(run.out).contains("Rule sensitivity").contains("[1] gdhi (reference)");
    }
  }

  @Test
  void aMissingFrameworkFileIsInvalidInputInEveryCommand(@TempDir Path dir) {
    String missing = dir.resolve("no-framework.yaml").toString();
    for (String[] args : new String[][] {
      {"validate", GOV, "--framework", missing},
      {"score", GOV, "--framework", missing},
      {"compare", "--example", "--framework", missing},
      {"progress", "--example", "--framework", missing},
      {"template", "--group", "government", "--framework", missing},
      {
        "report",
        "--example",
        "--framework",
        missing,
        "-o",
        dir.resolve("r.html").toString()
      }
    }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(run.err).as(args[0]).startsWith(missing + ": /: no such file");
    }
  }

  @Test
  void aFrameworkFileIsReadLikeTheBundledOne(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("framework.yaml");
    Files.copy(
        Path.of(
            "../model-spec/src/main/resources/org/alignkit/spec/bundled/alignkit-reference.yaml"),
        copy);
    String[][] runs = {
      {"score", GOV},
      {"compare", "--example"},
      {"progress", "--example"},
      {"template", "--group", "government", "--date", "2024-03-14"},
      {"validate", GOV}
    };
    for (String[] args : runs) {
      CliRun bundled = CliRun.of(args);
      String[] withFile = java.util.Arrays.copyOf(args, args.length + 2);
      withFile[args.length] = "--framework";
      withFile[args.length + 1] = copy.toString();
      CliRun fromFile = CliRun.of(withFile);
      assertThat(bundled.exitCode).as(bundled.toString()).isZero();
      assertThat(fromFile.exitCode).as(fromFile.toString()).isZero();
      assertThat(fromFile.out).as(args[0]).isEqualTo(bundled.out);
    }
  }

  @Test
  void langIsEnOrFrInCompareAndReport(@TempDir Path dir) {
    assertThat(CliRun.of("compare", "--example", "--lang", "FR").exitCode).isZero();
    for (String[] args : new String[][] {
      {"compare", "--example", "--lang", "de"},
      {"report", "--example", "--lang", "de", "-o", dir.resolve("r.html").toString()}
    }) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err).contains("Invalid value for option '--lang'").contains("[en, fr]");
    }
  }

  @Test
  void formatIsTextJsonOrCsvInScoreCompareProgressAndAgreement() {
    String[][] commands = {
      {"score", GOV},
      {"compare", "--example"},
      {"progress", "--example"},
      {"agreement", AgreementCommandTest.EXAMPLE, "--metric", "ordinal"}
    };
    for (String[] args : commands) {
      String[] json = java.util.Arrays.copyOf(args, args.length + 2);
      json[args.length] = "--format";
      json[args.length + 1] = "JSON";
      CliRun run = CliRun.of(json);
      assertThat(run.exitCode).as(run.toString()).isZero();
      assertThat(run.out).as(args[0]).startsWith(args[0].equals("score") ? "[" : "{");
      json[args.length + 1] = "csv";
      CliRun csv = CliRun.of(json);
      assertThat(csv.exitCode).as(csv.toString()).isZero();
      assertThat(csv.out.lines().findFirst().orElseThrow()).as(args[0]).contains(",");
      json[args.length + 1] = "xml";
      CliRun xml = CliRun.of(json);
      assertThat(xml.exitCode).as(xml.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(xml.err)
          .contains("Invalid value for option '--format'")
          .contains("[text, json, csv]");
    }
  }

  @Test
  void outputWritesWhatStandardOutputWouldShow(@TempDir Path dir) throws Exception {
    // The file is named for its format: an extension that names no format is a usage error.
    String[][] commands = {
      {"score", GOV, "--format", "csv"},
      {"template", "--group", "government", "--date", "2024-03-14"}
    };
    String[] extensions = {".csv", ".yaml"};
    for (int i = 0; i < commands.length; i++) {
      String[] args = commands[i];
      CliRun toStdout = CliRun.of(args);
      Path file = dir.resolve(args[0] + extensions[i]);
      String[] toFile = java.util.Arrays.copyOf(args, args.length + 2);
      toFile[args.length] = "--output";
      toFile[args.length + 1] = file.toString();
      CliRun written = CliRun.of(toFile);
      assertThat(toStdout.exitCode).as(toStdout.toString()).isZero();
      assertThat(written.exitCode).as(written.toString()).isZero();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(args[0])
          .isEqualTo(toStdout.out);
      assertThat(written.out + written.err).as(args[0]).contains("wrote " + file);
    }
  }
}
