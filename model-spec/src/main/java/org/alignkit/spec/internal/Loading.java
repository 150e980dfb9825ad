package org.alignkit.spec.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.ModelException;
import org.alignkit.core.ModelProblem;
import org.alignkit.core.SourceLocation;
import org.alignkit.core.internal.Ids;
import org.alignkit.spec.Limits;
import org.alignkit.spec.SpecFormat;
import org.alignkit.spec.SpecProblem;
import org.alignkit.spec.SpecProblem.Layer;

/**
 * The loading pipeline behind {@code SpecLoader}: read bytes within limits, parse, check the
 * header ({@code apiVersion}, {@code kind}), validate against the kind's schema, then read the
 * value and check its meaning, collecting every problem. Thread-safe.
 */
public final class Loading {
  /** The format version this module reads and writes. */
  public static final String API_VERSION = "alignkit/v1";

  private static final Pattern ASSESSMENT_POINTER = Pattern.compile("^/assessments/(\\d+)(.*)$");
  private static final List<String> EXERCISE_FILES =
      List.of("exercise.yaml", "exercise.yml", "exercise.json");

  private final Limits limits;
  private final DocumentParser parser;
  private final Frameworks frameworks;
  private final RuleProviders rules;

  /** A pipeline with limits, the frameworks given to the loader, and the bundled framework. */
  public Loading(Limits limits, List<Framework> known, Supplier<Optional<Framework>> bundled) {
    this(limits, known, bundled, new RuleProviders(List.of()));
  }

  /**
   * A pipeline with limits, the frameworks given to the loader, the bundled framework, and the
   * scoring rules that rule-set files may name.
   */
  public Loading(
      Limits limits,
      List<Framework> known,
      Supplier<Optional<Framework>> bundled,
      RuleProviders rules) {
    this.limits = limits;
    this.parser = new DocumentParser(limits);
    this.frameworks = new Frameworks(known, bundled);
    this.rules = rules;
    Schemas.get();
  }

  RuleProviders rules() {
    return rules;
  }

  Frameworks frameworks() {
    return frameworks;
  }

  Limits limits() {
    return limits;
  }

  /** Loads a framework. */
  public Framework framework(Source s) {
    return load(s, Kinds.FRAMEWORK, null);
  }

  /**
   * Loads an assessment (YAML, JSON or CSV, by extension and content), checked against {@code f}
   * or the framework it names.
   */
  public Assessment assessment(Source s, Framework f) {
    return load(s, Kinds.ASSESSMENT, f);
  }

  /** Loads an assessment CSV, whatever its name, checked against {@code f}. */
  public Assessment csvAssessment(Source s, Framework f) {
    Problems p = new Problems(limits.maxProblems());
    byte[] bytes = s.read(limits, p);
    Assessment value = null;
    if (bytes != null) {
      Document d = CsvAssessments.parse(s, bytes, limits, p, frameworkOf(f));
      if (d != null && header(d, "", Kinds.ASSESSMENT, p) != null) {
        value = readChecked(d, "", Kinds.ASSESSMENT, f, p);
      }
    }
    p.throwIfAny();
    if (value == null) {
      throw new IllegalStateException("no value and no problem reading " + s.name());
    }
    return value;
  }

  /** Loads a consensus record, checked against {@code f} or the framework it names. */
  public ConsensusRecord consensus(Source s, Framework f) {
    return load(s, Kinds.CONSENSUS, f);
  }

  /**
   * Loads a consensus record, checked against {@code f} or the framework it names, and then by
   * {@code context} (checks against the round and the previous record it is used with): their
   * problems are located in the file like the others.
   */
  public ConsensusRecord consensus(
      Source s, Framework f, Function<ConsensusRecord, List<ModelProblem>> context) {
    Problems p = new Problems(limits.maxProblems());
    ConsensusRecord value = null;
    Document d = document(s, p);
    if (d != null && header(d, "", Kinds.CONSENSUS, p) != null) {
      value = readChecked(d, "", Kinds.CONSENSUS, f, p);
      if (value != null && p.list().isEmpty()) {
        p.addAll(d, "", context.apply(value));
      }
    }
    p.throwIfAny();
    if (value == null) {
      throw new IllegalStateException("no value and no problem reading " + s.name());
    }
    return value;
  }

  /** Loads a rule set; node overrides are checked against {@code f} when it is given. */
  public org.alignkit.scoring.RuleSet ruleSet(Source s, Framework f) {
    return load(s, Kinds.RULE_SET, f);
  }

  /** Loads an exercise file. */
  public Exercise exercise(Source s, Framework f) {
    return load(s, Kinds.EXERCISE, f);
  }

  /** Loads an exercise from a folder. */
  public Exercise exerciseFolder(Path folder, Framework f) {
    Problems p = new Problems(limits.maxProblems());
    Exercise e = folder(folder, f, p);
    p.throwIfAny();
    return e;
  }

  /** Every problem of a file of any kind (or of a folder, read as an exercise). */
  public List<SpecProblem> validate(Source s, Framework f) {
    Problems p = new Problems(limits.maxProblems());
    Optional<Path> path = s.path();
    if (path.isPresent() && Files.isDirectory(path.get())) {
      folder(path.get(), f, p);
      return p.list();
    }
    Document d = document(s, p, f);
    if (d != null) {
      KindReader<?> kind = header(d, "", null, p);
      if (kind != null) {
        readChecked(d, "", kind, f, p);
      }
    }
    return p.list();
  }

  private <T> T load(Source s, KindReader<T> kind, Framework f) {
    Problems p = new Problems(limits.maxProblems());
    T value = null;
    Document d = document(s, p, f);
    if (d != null && header(d, "", kind, p) != null) {
      value = readChecked(d, "", kind, f, p);
    }
    p.throwIfAny();
    if (value == null) {
      throw new IllegalStateException("no value and no problem reading " + s.name());
    }
    return value;
  }

  /** Reads and parses a source; {@code null} after adding problems. */
  Document document(Source s, Problems p) {
    return document(s, p, null);
  }

  /**
   * Reads and parses a source: an assessment CSV (by its {@code .csv} extension, or by its first
   * row whatever the name) or YAML or JSON; {@code null} after adding problems.
   *
   * @param f the framework the document will be checked against, or {@code null}
   */
  Document document(Source s, Problems p, Framework f) {
    byte[] bytes = s.read(limits, p);
    if (bytes == null) {
      return null;
    }
    if (s.format() == SpecFormat.CSV || CsvAssessments.looksLikeCsv(bytes)) {
      return CsvAssessments.parse(s, bytes, limits, p, frameworkOf(f));
    }
    return parser.parse(s, bytes, p);
  }

  private java.util.function.BiFunction<String, String, Framework> frameworkOf(Framework f) {
    return (id, version) -> f != null ? f : frameworks.find(id, version);
  }

  /** Schema, then meaning. */
  <T> T readChecked(Document d, String base, KindReader<T> kind, Framework f, Problems p) {
    if (kind == Kinds.ASSESSMENT || kind == Kinds.CONSENSUS) {
      AssessmentReader.hideUnfilled(d, base + "/ratings", p);
    } else if (kind == Kinds.EXERCISE) {
      var list = d.at(base + "/assessments");
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).isObject()) {
          AssessmentReader.hideUnfilled(d, base + "/assessments/" + i + "/ratings", p);
        }
      }
    }
    Schemas.get().validate(kind.schema(), d, base, p);
    p.nextPhase();
    T value = kind.read(new Ctx(this, d, p), base, f);
    p.nextPhase();
    return value;
  }

  /**
   * Checks {@code apiVersion} and {@code kind}; returns the reader of the document's kind, or
   * {@code null} after adding problems.
   */
  KindReader<?> header(Document d, String base, KindReader<?> expected, Problems p) {
    var root = d.at(base);
    String want = expected == null ? "Framework" : expected.kind();
    if (!root.isObject()) {
      p.add(
          d,
          Layer.SCHEMA,
          base,
          "an AlignKit file is a mapping that starts with apiVersion and kind",
          "start the file with 'apiVersion: " + API_VERSION + "' and 'kind: " + want + "'");
      return null;
    }
    boolean ok = true;
    var api = root.get("apiVersion");
    if (api == null) {
      p.add(
          d,
          Layer.SCHEMA,
          base + "/apiVersion",
          "the required field 'apiVersion' is missing",
          "add 'apiVersion: " + API_VERSION + "'");
      ok = false;
    } else if (!api.isTextual() || !API_VERSION.equals(api.asText())) {
      p.add(
          d,
          Layer.SCHEMA,
          base + "/apiVersion",
          "unsupported format version " + Texts.quote(api.asText()),
          "this version of AlignKit reads apiVersion: " + API_VERSION);
      ok = false;
    }
    var kindNode = root.get("kind");
    KindReader<?> kind = null;
    if (kindNode == null) {
      p.add(
          d,
          Layer.SCHEMA,
          base + "/kind",
          "the required field 'kind' is missing",
          "add 'kind: " + want + "' (one of " + Texts.or(new ArrayList<>(Kinds.names())) + ")");
      return null;
    }
    kind = kindNode.isTextual() ? Kinds.byName(kindNode.asText()).orElse(null) : null;
    if (kind == null) {
      String fix = Ids.closest(kindNode.asText(), Kinds.names())
          .map(c -> "did you mean " + c + "?")
          .orElse("use one of " + Texts.or(new ArrayList<>(Kinds.names())));
      p.add(d, Layer.SCHEMA, base + "/kind", "unknown kind " + Texts.quote(kindNode.asText()), fix);
      return null;
    }
    if (expected != null && kind != expected) {
      p.add(
          d,
          Layer.SCHEMA,
          base + "/kind",
          "this is " + article(kind.kind()) + " file, not " + article(expected.kind()),
          "give the path of " + article(expected.kind()) + " file, or load this one as "
              + article(kind.kind()));
      return null;
    }
    return ok ? kind : null;
  }

  private static String article(String kind) {
    return ("AEIOU".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  // ---- exercises ----

  /** An exercise read from a folder, or {@code null} after adding problems. */
  Exercise folder(Path folder, Framework f, Problems p) {
    for (String name : EXERCISE_FILES) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file)) {
        Source s = Source.of(file);
        Document d = document(s, p, f);
        if (d == null || header(d, "", Kinds.EXERCISE, p) == null) {
          return null;
        }
        return readChecked(d, "", Kinds.EXERCISE, f, p);
      }
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
      for (Path file : dir) {
        if (Files.isRegularFile(file) && SpecFormat.of(file).isPresent()) {
          files.add(file);
        }
      }
    } catch (IOException e) {
      p.add(SpecProblem.of(
          SourceLocation.of(folder.toString(), 0, 0, ""),
          Layer.IO,
          Files.exists(folder) ? "the folder cannot be read" : "no such folder",
          "check the path"));
      return null;
    }
    files.sort(null);
    Assembly assembly = new Assembly();
    for (Path file : files) {
      if (!isAlignKitFile(file)) {
        continue; // notes, data and other files kept beside the assessments
      }
      Document d = document(Source.of(file), p, f);
      if (d == null) {
        assembly.add(null, null, "");
        continue;
      }
      var kindNode = d.root().path("kind");
      Optional<KindReader<?>> kind =
          kindNode.isTextual() ? Kinds.byName(kindNode.asText()) : Optional.empty();
      if (kind.isPresent() && kind.get() != Kinds.ASSESSMENT) {
        continue; // a framework, consensus record or other file kept beside the assessments
      }
      if (header(d, "", Kinds.ASSESSMENT, p) == null) {
        assembly.add(null, d, "");
        continue;
      }
      assembly.add(readChecked(d, "", Kinds.ASSESSMENT, f, p), d, "");
    }
    if (assembly.size() > limits.maxFilesPerExercise()) {
      p.add(SpecProblem.of(
          SourceLocation.of(folder.toString(), 0, 0, ""),
          Layer.LIMIT,
          "the folder holds " + assembly.size() + " assessments, more than the limit of "
              + limits.maxFilesPerExercise(),
          "split the exercise, or raise Limits.maxFilesPerExercise"));
      return null;
    }
    if (assembly.size() == 0) {
      p.add(
          SpecProblem.of(
              SourceLocation.of(folder.toString(), 0, 0, ""),
              Layer.MEANING,
              "the folder holds no assessment file",
              "add one Assessment file (*.yaml, *.json or *.csv) per stakeholder group, or an exercise.yaml listing them"));
      return null;
    }
    return assembly.build(p, null, "");
  }

  /** The files that loading a file or folder reads; see {@code SpecLoader.filesOf}. */
  public List<Path> filesOf(Path fileOrFolder) {
    List<Path> out = new ArrayList<>();
    if (Files.isDirectory(fileOrFolder)) {
      for (String name : EXERCISE_FILES) {
        Path file = fileOrFolder.resolve(name);
        if (Files.isRegularFile(file)) {
          out.add(file);
          out.addAll(listed(file));
          return out;
        }
      }
      try (DirectoryStream<Path> dir = Files.newDirectoryStream(fileOrFolder)) {
        for (Path file : dir) {
          if (Files.isRegularFile(file)
              && SpecFormat.of(file).isPresent()
              && isAlignKitFile(file)) {
            out.add(file);
          }
        }
      } catch (IOException e) {
        // nothing readable in it
      }
      out.sort(null);
      return out;
    }
    out.add(fileOrFolder);
    out.addAll(listed(fileOrFolder));
    return out;
  }

  /** The assessment files an exercise file lists, resolved against it; empty for other files. */
  private List<Path> listed(Path file) {
    List<Path> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    Problems ignored = new Problems(1);
    Document d = document(Source.of(file), ignored);
    if (d == null || !"Exercise".equals(d.root().path("kind").asText())) {
      return out;
    }
    for (var entry : d.root().path("assessments")) {
      if (entry.isTextual()) {
        try {
          out.add(file.resolveSibling(entry.asText()));
        } catch (java.nio.file.InvalidPathException e) {
          // not a path: loading reports it
        }
      }
    }
    return out;
  }

  /**
   * Whether a file of a round folder is an AlignKit file, to be read: a CSV whose first cell is
   * {@code alignkit}, or a YAML or JSON file with an {@code apiVersion} or {@code kind} key at the
   * top. Other files (notes, data tables) are skipped; a file that cannot be read is read, for its
   * problem to be reported.
   */
  private boolean isAlignKitFile(Path file) {
    byte[] head;
    try (var in = Files.newInputStream(file)) {
      head = in.readNBytes(64 * 1024);
    } catch (IOException e) {
      return true;
    }
    if (SpecFormat.of(file).orElse(SpecFormat.YAML) == SpecFormat.CSV) {
      String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return text.replace("\"", "").startsWith(CsvAssessments.MARKER);
    }
    if (CsvAssessments.looksLikeCsv(head)) {
      return true;
    }
    String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
    return TOP_LEVEL_HEADER.matcher(text).find() || head.length == 64 * 1024;
  }

  private static final Pattern TOP_LEVEL_HEADER =
      Pattern.compile("(?m)^[\\s{]*[\"']?(apiVersion|kind)[\"']?\\s*:");

  /** The assessments of an exercise, with the document and pointer each came from. */
  final class Assembly {
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<String> bases = new ArrayList<>();

    void add(Assessment a, Document d, String base) {
      assessments.add(a);
      documents.add(d);
      bases.add(base);
    }

    int size() {
      return assessments.size();
    }

    /** Where the assessments of a group come from: their files (and pointers, when inline). */
    private String filesOf(String groupId) {
      List<String> where = new ArrayList<>();
      for (int i = 0; i < assessments.size(); i++) {
        if (assessments.get(i).group().id().equals(groupId)) {
          where.add(documents.get(i).file() + (bases.get(i).isEmpty() ? "" : " " + bases.get(i)));
        }
      }
      return Texts.and(where);
    }

    /** The exercise, or {@code null} after adding problems; mismatches land in the right file. */
    Exercise build(Problems p, Document exerciseDoc, String exerciseBase) {
      if (assessments.contains(null)) {
        return null;
      }
      try {
        return Exercise.of(assessments);
      } catch (ModelException e) {
        for (ModelProblem mp : e.problems()) {
          Matcher m = ASSESSMENT_POINTER.matcher(mp.pointer());
          if (m.matches() && Integer.parseInt(m.group(1)) < documents.size()) {
            int i = Integer.parseInt(m.group(1));
            String fix = mp.fix().orElse(null);
            if (mp.code() == org.alignkit.core.ProblemCode.DUPLICATE_ID
                && m.group(2).equals("/group/id")) {
              fix = "its assessments are " + filesOf(assessments.get(i).group().id())
                  + "; keep one, or give the groups different ids";
            }
            p.add(documents.get(i), Layer.MEANING, bases.get(i) + m.group(2), mp.message(), fix);
          } else if (exerciseDoc != null) {
            p.add(exerciseDoc, exerciseBase, mp);
          } else if (!documents.isEmpty()) {
            p.add(documents.get(0), "", mp);
          }
        }
        return null;
      }
    }
  }
}
