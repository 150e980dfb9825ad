package org.alignkit.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSets;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts a {@code --rules} value: the id of a bundled rule set. */
final class RuleSetOption implements ITypeConverter<RuleSet> {
  static String names() {
    return RuleSets.bundled().stream().map(RuleSet::id).collect(Collectors.joining(", "));
  }

  @Override
  public RuleSet convert(String value) {
    List<RuleSet> bundled = RuleSets.bundled();
    for (RuleSet r : bundled) {
      if (r.id().equals(value)) {
        return r;
      }
    }
    throw new TypeConversionException("unknown rule set '" + value + "'; use one of " + names());
  }
}
