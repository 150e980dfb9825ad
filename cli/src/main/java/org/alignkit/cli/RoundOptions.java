package org.alignkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Options shared by the commands that read rounds: rule set names, languages, round inputs. */
final class RoundOptions {
  private static final Pattern ASSESSMENT_KIND =
      Pattern.compile("(?m)^kind:\\s*['\"]?Assessment['\"]?\\s*(#.*)?$");

  private RoundOptions() {}

  /** The report languages. */
  enum Lang {
    en,
    fr;

    Locale locale() {
      return this == fr ? Locale.FRENCH : Locale.ENGLISH;
    }
  }

  /** The names {@code --rules} accepts: the ids of the bundled rule sets. */
  static List<String> ruleNames() {
    return RuleSets.bundled().stream().map(RuleSet::id).collect(Collectors.toList());
  }

  /** Converts a {@code --rules} name to a bundled rule set; an unknown name is a usage error. */
  static final class RuleSetConverter implements ITypeConverter<RuleSet> {
    @Override
    public RuleSet convert(String value) {
      Path file = Path.of(value);
      if (Files.isRegularFile(file)) {
        return Inputs.loader().loadRuleSet(file);
      }
      return RuleSets.bundled().stream()
          .filter(r -> r.id().equals(value))
          .findFirst()
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown rule set '" + value + "'; use one of: " + String.join(", ", ruleNames()) + ", or a rule-set file"));
    }
  }

  /**
   * A round from a file or folder: an exercise, or a single assessment file ({@code kind:
   * Assessment}) read as a round of one group.
   */
  static Exercise round(Path fileOrFolder, Framework framework) {
    if (Files.isRegularFile(fileOrFolder) && isAssessment(fileOrFolder)) {
      return Exercise.of(
          List.of(Inputs.loaderWith(framework).loadAssessment(fileOrFolder, framework)));
    }
    return Inputs.exercise(fileOrFolder, framework);
  }

  private static boolean isAssessment(Path file) {
    try {
      return ASSESSMENT_KIND.matcher(Files.readString(file)).find();
    } catch (IOException | RuntimeException e) {
      return false; // the loader reports the real problem
    }
  }

  /** Exactly one of a path and {@code --example}; a usage error otherwise. */
  static void requireOneSource(
      picocli.CommandLine.Model.CommandSpec spec, boolean hasPath, boolean example, String what) {
    if (hasPath == example) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          hasPath
              ? "give either " + what + " or --example, not both"
              : "give " + what + " or --example");
    }
  }
}
