package org.alignkit.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.Optional;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.spec.SpecProblem.Layer;

/**
 * Reads {@code kind: Exercise} documents: each entry of {@code assessments} is a path relative to
 * the exercise (read as its own file, with its own problems) or an inline Assessment document.
 */
final class ExerciseReader implements KindReader<Exercise> {
  @Override
  public String kind() {
    return "Exercise";
  }

  @Override
  public String schema() {
    return "exercise";
  }

  @Override
  public Exercise read(Ctx c, String base, Framework framework) {
    Loading loading = c.loading;
    String list = base + "/assessments";
    int n = c.size(list);
    if (n > loading.limits().maxFilesPerExercise()) {
      c.problems.add(
          c.doc,
          Layer.LIMIT,
          list,
          "the exercise lists " + n + " assessments, more than the limit of "
              + loading.limits().maxFilesPerExercise(),
          "split the exercise, or raise Limits.maxFilesPerExercise");
      return null;
    }
    Loading.Assembly assembly = loading.new Assembly();
    for (int i = 0; i < n; i++) {
      String ep = list + "/" + i;
      JsonNode entry = c.node(ep);
      if (entry.isTextual()) {
        Optional<Source> source = c.doc.source().resolve(entry.asText());
        if (source.isEmpty()) {
          c.meaning(
              ep,
              "the path " + Texts.quote(entry.asText()) + " cannot be followed from "
                  + c.doc.file(),
              "inline the assessment, or load the exercise from a file");
          assembly.add(null, null, "");
          continue;
        }
        Source s = source.get();
        if (s.path().isPresent() && !Files.exists(s.path().get())) {
          c.meaning(
              ep,
              "the assessment file " + s.name() + " does not exist",
              "check the path; it is relative to the exercise file");
          assembly.add(null, null, "");
          continue;
        }
        if (s.path().isPresent() && Files.isDirectory(s.path().get())) {
          c.meaning(
              ep,
              s.name() + " is a folder, not an assessment file",
              "list the assessment files themselves");
          assembly.add(null, null, "");
          continue;
        }
        Document d = loading.document(s, c.problems);
        if (d == null || loading.header(d, "", Kinds.ASSESSMENT, c.problems) == null) {
          assembly.add(null, d, "");
          continue;
        }
        assembly.add(loading.readChecked(d, "", Kinds.ASSESSMENT, framework, c.problems), d, "");
      } else if (entry.isObject()) {
        assembly.add(Kinds.ASSESSMENT.read(c, ep, framework), c.doc, ep);
      } else {
        c.placeholder(ep);
        assembly.add(null, c.doc, ep);
      }
    }
    return assembly.build(c.problems, c.doc, base);
  }
}
