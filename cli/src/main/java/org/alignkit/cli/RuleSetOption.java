package org.alignkit.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a {@code --rules} value: the id of a bundled rule set, or a rule-set file (loaded and
 * checked against the rules found through the SPI).
 */
final class RuleSetOption implements ITypeConverter<RuleSet> {
  static String names() {
    return RuleSets.bundled().stream().map(RuleSet::id).collect(Collectors.joining(", "));
  }

  /**
   * Resolves a value inside a command: a bad file is invalid input (exit 1, located problems), an
   * unknown name a usage error (exit 2).
   */
  static RuleSet resolve(String value, picocli.CommandLine.Model.CommandSpec spec) {
    java.nio.file.Path file = java.nio.file.Path.of(value);
    if (java.nio.file.Files.isRegularFile(file) || value.endsWith(".yaml") || value.endsWith(".yml") || value.endsWith(".json")) {
      return Inputs.loader().loadRuleSet(file);
    }
    try {
      return new RuleSetOption().convert(value);
    } catch (TypeConversionException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Override
  public RuleSet convert(String value) {
    if (java.nio.file.Files.isRegularFile(java.nio.file.Path.of(value))) {
      return Inputs.loader().loadRuleSet(java.nio.file.Path.of(value));
    }
    List<RuleSet> bundled = RuleSets.bundled();
    for (RuleSet r : bundled) {
      if (r.id().equals(value)) {
        return r;
      }
    }
    throw new TypeConversionException("unknown rule set '" + value + "'; use one of " + names() + ", or a rule-set file");
  }
}
