package org.alignkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;

/**
 * Input handling shared by the commands that read rounds: a round from a file or folder, and the
 * choice between a path and {@code --example}. Their shared options are mixins: {@link
 * FrameworkOption}, {@link RulesOption}, {@link LangOption}, {@link TextOrJsonOption}.
 */
final class RoundOptions {
  private static final Pattern ASSESSMENT_KIND =
      Pattern.compile("(?m)^kind:\\s*['\"]?Assessment['\"]?\\s*(#.*)?$");

  private RoundOptions() {}

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
