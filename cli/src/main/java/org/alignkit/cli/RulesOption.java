package org.alignkit.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --rules} option, a picocli mixin: the scoring rules of a command, given as the id of a
 * bundled rule set or as a rule-set file (loaded and checked against the rules found through the
 * SPI). This class takes one rule set, {@code default} unless given ({@code progress}, {@code
 * report}); {@link Repeatable} takes any number, to compare them ({@code score}).
 *
 * <p>Both resolve their values inside the command, with {@link #resolve()}: a value that is a file,
 * or ends in {@code .yaml}, {@code .yml} or {@code .json}, is loaded as a rule set, and a bad or
 * missing file is invalid input (exit 1, with the located problems); any other value must be the
 * id of a bundled rule set, or it is a usage error (exit 2).
 */
final class RulesOption {
  /** The description of both forms, up to the default. */
  private static final String DESCRIPTION =
      "The scoring rules: default, pefa-m1, pefa-m2, gdhi, staged, or a rule-set file";

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--rules",
      paramLabel = "NAME",
      defaultValue = "default",
      description = DESCRIPTION + " (default: ${DEFAULT-VALUE}).")
  String value;

  /** The rule set given, or the bundled {@code default}. */
  RuleSet resolve() {
    return resolve(value, mixee);
  }

  /** The rule-set file given, or {@code null} for a bundled rule set (an input of the run). */
  Path file() {
    return fileOf(value);
  }

  /** The rule-set file a value of {@code --rules} names, or {@code null} for a bundled name. */
  static Path fileOf(String value) {
    try {
      return value != null && isFile(value) ? Path.of(value) : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** The ids of the bundled rule sets, comma-separated. */
  private static String names() {
    return RuleSets.bundled().stream().map(RuleSet::id).collect(Collectors.joining(", "));
  }

  /**
   * Resolves one value of {@code --rules} inside the command {@code spec}: a rule-set file, or the
   * id of a bundled rule set.
   *
   * @throws org.alignkit.spec.SpecException when the file is missing or has problems (exit 1)
   * @throws ParameterException when the value names no bundled rule set (exit 2)
   */
  static RuleSet resolve(String value, CommandSpec spec) {
    if (isFile(value)) {
      return Inputs.loader().loadRuleSet(Path.of(value));
    }
    for (RuleSet r : RuleSets.bundled()) {
      if (r.id().equals(value)) {
        return r;
      }
    }
    throw new ParameterException(
        spec.commandLine(),
        "Invalid value for option '--rules': unknown rule set '"
            + value
            + "'; use one of "
            + names()
            + ", or a rule-set file");
  }

  private static boolean isFile(String value) {
    if (value.endsWith(".yaml") || value.endsWith(".yml") || value.endsWith(".json")) {
      return true;
    }
    try {
      return Files.isRegularFile(Path.of(value));
    } catch (InvalidPathException e) {
      return false; // not a path: a name, unknown unless bundled
    }
  }

  /**
   * The repeatable form of {@code --rules}, a picocli mixin: every occurrence adds a rule set, to
   * score under them side by side; the bundled {@code default} when none is given.
   */
  static final class Repeatable {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
        names = "--rules",
        paramLabel = "NAME",
        description = DESCRIPTION + "; repeat to compare (default: default).")
    List<String> values = new ArrayList<>();

    /** The rule-set files given (inputs of the run). */
    List<Path> files() {
      List<Path> files = new ArrayList<>();
      for (String v : values) {
        Path p = fileOf(v);
        if (p != null) {
          files.add(p);
        }
      }
      return files;
    }

    /** The rule sets given, in order, or the bundled {@code default} alone. */
    List<RuleSet> resolve() {
      List<RuleSet> rules = new ArrayList<>();
      for (String v : values) {
        rules.add(RulesOption.resolve(v, mixee));
      }
      if (rules.isEmpty()) {
        rules.add(RuleSets.defaultRules());
      }
      return rules;
    }
  }
}
