package org.alignkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alignkit.core.Assessment;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.ModelException;
import org.alignkit.core.ModelProblem;

/**
 * Input handling shared by the commands that read rounds: a round from files or a folder, and the
 * choice between paths and {@code --example}. Every command takes the same forms: a round folder,
 * an exercise file, or assessment files (YAML, JSON or CSV). Their shared options are mixins:
 * {@link FrameworkOption}, {@link RulesOption}, {@link LangOption}, {@link FormatOption}, {@link
 * OutputOption}.
 */
final class RoundOptions {
  private static final Pattern ASSESSMENT_KIND =
      Pattern.compile("(?m)^[\\s{]*[\"']?kind[\"']?\\s*:\\s*[\"']?Assessment\\b");
  private static final Pattern ASSESSMENT_POINTER = Pattern.compile("^/assessments/(\\d+)(.*)$");

  private RoundOptions() {}

  /** A round from a file or folder; see {@link #round(List, Framework)}. */
  static Exercise round(Path fileOrFolder, Framework framework) {
    return round(List.of(fileOrFolder), framework);
  }

  /**
   * A round from paths: a round folder or exercise file gives its assessments, an assessment file
   * (YAML, JSON or CSV) itself; the assessments of every path make one round, which must have one
   * assessment per group, all of one country, round and framework.
   */
  static Exercise round(List<Path> paths, Framework framework) {
    if (paths.size() == 1 && !isAssessment(paths.get(0))) {
      return Inputs.exercise(paths.get(0), framework);
    }
    List<Path> from = new ArrayList<>();
    List<Assessment> all = new ArrayList<>();
    for (Path p : paths) {
      for (Assessment a : assessments(p, framework)) {
        all.add(a);
        from.add(p);
      }
    }
    List<String> problems = new ArrayList<>();
    Map<String, List<Path>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      byGroup.computeIfAbsent(all.get(i).group().id(), g -> new ArrayList<>()).add(from.get(i));
    }
    byGroup.forEach((group, files) -> {
      if (files.size() > 1) {
        problems.add(CliMessages.of(Locale.ENGLISH).get("round.duplicateGroup", group, files));
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(String.join("\n", problems));
    }
    try {
      return Exercise.of(all);
    } catch (ModelException e) {
      for (ModelProblem mp : e.problems()) {
        Matcher m = ASSESSMENT_POINTER.matcher(mp.pointer());
        String where = m.matches() && Integer.parseInt(m.group(1)) < all.size()
            ? from.get(Integer.parseInt(m.group(1))) + ": "
                + (m.group(2).isEmpty() ? "/" : m.group(2)) + ": "
            : "";
        problems.add(where + mp.message() + mp.fix().map(f -> " (" + f + ")").orElse(""));
      }
      throw new InvalidInputException(String.join("\n", problems));
    }
  }

  /**
   * The assessments of a path: an assessment file gives itself, a round folder or exercise file
   * its assessments.
   */
  static List<Assessment> assessments(Path fileOrFolder, Framework framework) {
    if (isAssessment(fileOrFolder)) {
      return List.of(Inputs.loaderWith(framework).loadAssessment(fileOrFolder, framework));
    }
    return Inputs.exercise(fileOrFolder, framework).assessments();
  }

  /** The assessments of several paths, in order; see {@link #assessments(Path, Framework)}. */
  static List<Assessment> assessments(List<Path> paths, Framework framework) {
    List<Assessment> out = new ArrayList<>();
    for (Path p : paths) {
      out.addAll(assessments(p, framework));
    }
    return out;
  }

  /**
   * Whether a path is an assessment file: a CSV form (by extension or first row), or a YAML or
   * JSON file with {@code kind: Assessment}. Anything else is read as a round (and a file that
   * cannot be read gets its problem from the loader).
   */
  static boolean isAssessment(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    if (OutputFormats.extension(file).equals("csv")) {
      return true;
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.replace("\uFEFF", "").replace("\"", "").startsWith("alignkit,")
          || text.replace("\uFEFF", "").replace("\"", "").startsWith("alignkit;")
          || ASSESSMENT_KIND.matcher(text).find();
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
