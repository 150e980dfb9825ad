package org.alignkit.spec;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.internal.Ids;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.spi.ScoringRuleProvider;
import org.alignkit.spec.internal.Loading;
import org.alignkit.spec.internal.RuleProviders;
import org.alignkit.spec.internal.Source;
import org.apiguardian.api.API;

/**
 * Loads AlignKit files (YAML or JSON, format {@code alignkit/v1}) into core values and scoring rule
 * sets, checking them in three layers and reporting every problem of a file at once:
 *
 * <ol>
 *   <li>syntax: UTF-8, well-formed YAML or JSON, one document, no anchors, aliases, tags or
 *       duplicate keys, within the {@link Limits};
 *   <li>schema: the JSON Schema of the file's kind (fields, types, ranges; unknown fields are
 *       errors);
 *   <li>meaning: the core model's checks and references between files (indicator ids exist in the
 *       framework, levels lie on its scale, the framework id and version match, rule ids, roles and
 *       parameters are those of the registered scoring rules, ...).
 * </ol>
 *
 * <p>Every failure is a {@link SpecException} listing {@link SpecProblem}s with file, line, column,
 * JSON Pointer and fix. The syntax of a file follows its extension ({@code .json} is JSON, {@code
 * .csv} the CSV form of an assessment, anything else YAML), except that a file whose first row is
 * that of the CSV form ({@code alignkit,assessment-csv/v1}) is read as one whatever its name: see
 * {@link AssessmentCsv}. A CSV form becomes the tree of its YAML form and goes through the same
 * schema and meaning checks.
 *
 * <p>Assessments, exercises and consensus records are checked against a framework: the one passed
 * to the method, else one the loader knows ({@link Builder#addFramework}, {@link #withFramework})
 * with the id and version the file names, else the {@linkplain #bundledFramework() bundled
 * framework} when id and version match; otherwise the file is rejected as naming an unknown
 * framework.
 *
 * <p>Rule sets ({@code kind: RuleSet}, see {@code docs/rules.md}) become {@link RuleSet}s. Each rule
 * is checked against the {@link ScoringRuleProvider}s found through {@link java.util.ServiceLoader}
 * (as the scoring engine finds them) and those given to {@link Builder#addRuleProvider}: its id is
 * known and of the role it is used in, its parameters are declared, the required ones given, of the
 * declared type, and accepted by the rule. Given a framework, parameters are checked on its scale
 * and node overrides must name its domains or components; without one, parameters are checked on
 * every scale of 2 to 10 levels starting at 0 or 1 and reported when no such scale accepts them.
 *
 * <p>Loaders are immutable and thread-safe; the schemas are compiled once and shared.
 *
 * <pre>{@code
 * SpecLoader loader = SpecLoader.defaults();
 * Framework framework = loader.bundledFramework();
 * Exercise round = loader.loadExercise(Path.of("examples/kivara/2024"), framework);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SpecLoader {
  /** The classpath resource of the bundled framework. */
  public static final String BUNDLED_FRAMEWORK =
      "org/alignkit/spec/bundled/alignkit-reference.yaml";

  /** The classpath folder of the bundled rule sets, one {@code <id>.yaml} each. */
  public static final String BUNDLED_RULE_SETS = "org/alignkit/spec/bundled/rulesets/";

  private static final List<String> RULE_SET_IDS =
      List.of("default", "pefa-m1", "pefa-m2", "gdhi", "staged");

  private static final Map<String, RuleSet> BUNDLED_RULES = new ConcurrentHashMap<>();

  private static final Supplier<Framework> BUNDLED =
      Suppliers.memoize(SpecLoader::readBundledFramework);

  private static final SpecLoader DEFAULTS = new Builder().build();

  private final Limits limits;
  private final List<Framework> frameworks;
  private final RuleProviders rules;
  private final Loading loading;

  private SpecLoader(Limits limits, List<Framework> frameworks, RuleProviders rules) {
    this.limits = limits;
    this.frameworks = List.copyOf(frameworks);
    this.rules = rules;
    this.loading = new Loading(limits, this.frameworks, SpecLoader::bundledIfPresent, rules);
  }

  /** A loader with the default {@link Limits} that knows only the bundled framework. */
  public static SpecLoader defaults() {
    return DEFAULTS;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits this loader enforces. */
  public Limits limits() {
    return limits;
  }

  /** The frameworks this loader resolves assessments against, besides the bundled one. */
  public List<Framework> frameworks() {
    return frameworks;
  }

  /** A loader like this one that also knows {@code framework} (ahead of those it knew). */
  public SpecLoader withFramework(Framework framework) {
    requireNonNull(framework, "framework");
    List<Framework> all = new ArrayList<>();
    all.add(framework);
    all.addAll(frameworks);
    return new SpecLoader(limits, all, rules);
  }

  // ---- frameworks ----

  /**
   * AlignKit's reference framework, shipped in this jar at {@value #BUNDLED_FRAMEWORK}; read once.
   *
   * @throws SpecException if the resource is missing or invalid (a packaging error)
   */
  public Framework bundledFramework() {
    return BUNDLED.get();
  }

  /**
   * Loads a framework file.
   *
   * @throws SpecException listing every problem of the file
   */
  public Framework loadFramework(Path file) {
    return loading.framework(Source.of(file));
  }

  /**
   * Loads a framework from a URL, e.g. a classpath resource.
   *
   * @throws SpecException listing every problem of the document
   */
  public Framework loadFramework(URL url) {
    return loading.framework(Source.of(url));
  }

  /**
   * Loads a framework from a stream, which is read but not closed.
   *
   * @param name the name used in problems; its extension ({@code .json}) gives the syntax
   * @throws SpecException listing every problem of the document
   */
  public Framework loadFramework(InputStream in, String name) {
    return loading.framework(Source.of(in, name));
  }

  // ---- assessments ----

  /**
   * Loads an assessment file and checks it against the framework it names.
   *
   * @throws SpecException listing every problem of the file
   */
  public Assessment loadAssessment(Path file) {
    return loading.assessment(Source.of(file), null);
  }

  /**
   * Loads an assessment file and checks it against {@code framework}.
   *
   * @throws SpecException listing every problem, including a framework id or version mismatch
   */
  public Assessment loadAssessment(Path file, Framework framework) {
    return loading.assessment(Source.of(file), requireNonNull(framework, "framework"));
  }

  /**
   * Loads an assessment from a URL and checks it against the framework it names.
   *
   * @throws SpecException listing every problem of the document
   */
  public Assessment loadAssessment(URL url) {
    return loading.assessment(Source.of(url), null);
  }

  /**
   * Loads an assessment from a stream (read, not closed) and checks it against the framework it
   * names.
   *
   * @param name the name used in problems; its extension gives the syntax
   * @throws SpecException listing every problem of the document
   */
  public Assessment loadAssessment(InputStream in, String name) {
    return loading.assessment(Source.of(in, name), null);
  }

  // ---- exercises ----

  /**
   * Loads an exercise: an exercise file (listing assessment files relative to it, YAML, JSON or
   * CSV, or inline assessments), or a folder (its {@code exercise.yaml}, else every assessment in
   * it, {@code *.yaml}, {@code *.yml}, {@code *.json} and {@code *.csv}, in file-name order; other
   * kinds of AlignKit file, and files that are not AlignKit files, are skipped). Each assessment is
   * checked against the framework it names.
   *
   * @throws SpecException listing every problem of every file
   */
  public Exercise loadExercise(Path fileOrFolder) {
    return exercise(fileOrFolder, null);
  }

  /**
   * Loads an exercise like {@link #loadExercise(Path)}, checking every assessment against
   * {@code framework}.
   *
   * @throws SpecException listing every problem of every file
   */
  public Exercise loadExercise(Path fileOrFolder, Framework framework) {
    return exercise(fileOrFolder, requireNonNull(framework, "framework"));
  }

  /**
   * Loads an exercise file from a URL; assessment paths are resolved against the URL.
   *
   * @throws SpecException listing every problem of every document
   */
  public Exercise loadExercise(URL url) {
    return loading.exercise(Source.of(url), null);
  }

  /**
   * Loads an exercise from a stream (read, not closed); its assessments must be inline.
   *
   * @param name the name used in problems; its extension gives the syntax
   * @throws SpecException listing every problem of the document
   */
  public Exercise loadExercise(InputStream in, String name) {
    return loading.exercise(Source.of(in, name), null);
  }

  private Exercise exercise(Path fileOrFolder, Framework framework) {
    requireNonNull(fileOrFolder, "fileOrFolder");
    if (Files.isDirectory(fileOrFolder)) {
      return loading.exerciseFolder(fileOrFolder, framework);
    }
    return loading.exercise(Source.of(fileOrFolder), framework);
  }

  /**
   * The files that loading {@code fileOrFolder} reads: for a folder, its exercise file and the
   * assessment files it lists, or else the AlignKit files in it (those a folder is read from); for
   * an exercise file, itself and the files it lists; for any other file, itself. For tools that
   * must not write over an input (the command line refuses an output file that is one of them).
   * Never throws for bad input: a file that cannot be read is listed as it is named.
   */
  public List<Path> filesOf(Path fileOrFolder) {
    return loading.filesOf(requireNonNull(fileOrFolder, "fileOrFolder"));
  }

  // ---- consensus records ----

  /**
   * Loads a consensus record and checks it against the framework it names.
   *
   * @throws SpecException listing every problem of the file
   */
  public ConsensusRecord loadConsensus(Path file) {
    return loading.consensus(Source.of(file), null);
  }

  /**
   * Loads a consensus record and checks it against {@code framework}.
   *
   * @throws SpecException listing every problem of the file
   */
  public ConsensusRecord loadConsensus(Path file, Framework framework) {
    return loading.consensus(Source.of(file), requireNonNull(framework, "framework"));
  }

  /**
   * Loads a consensus record from a URL and checks it against the framework it names.
   *
   * @throws SpecException listing every problem of the document
   */
  public ConsensusRecord loadConsensus(URL url) {
    return loading.consensus(Source.of(url), null);
  }

  /**
   * Loads a consensus record from a stream (read, not closed).
   *
   * @param name the name used in problems; its extension gives the syntax
   * @throws SpecException listing every problem of the document
   */
  public ConsensusRecord loadConsensus(InputStream in, String name) {
    return loading.consensus(Source.of(in, name), null);
  }

  /**
   * Loads the consensus record of a round and checks it against {@code framework} and the round:
   * the record must be of the exercise's round and country, and its dissents must name the
   * exercise's groups ({@link ConsensusRecord#check(Exercise)}).
   *
   * @throws SpecException listing every problem of the file, located in it
   */
  public ConsensusRecord loadConsensus(Path file, Framework framework, Exercise round) {
    requireNonNull(round, "round");
    return loading.consensus(
        Source.of(file), requireNonNull(framework, "framework"), r -> r.check(round));
  }

  /**
   * Loads the consensus record of a round that follows up the plan of {@code previous}, the
   * previous round's record: checked like {@link #loadConsensus(Path, Framework, Exercise)}, and its
   * follow-up must be of {@code previous}'s round and name only actions of its plan ({@link
   * ConsensusRecord#checkFollowUp(ConsensusRecord)}).
   *
   * @throws SpecException listing every problem of the file, located in it
   */
  public ConsensusRecord loadConsensus(
      Path file, Framework framework, Exercise round, ConsensusRecord previous) {
    requireNonNull(round, "round");
    requireNonNull(previous, "previous");
    return loading.consensus(Source.of(file), requireNonNull(framework, "framework"), r -> {
      List<org.alignkit.core.ModelProblem> problems = new ArrayList<>(r.check(round));
      problems.addAll(r.checkFollowUp(previous));
      return problems;
    });
  }

  // ---- rule sets ----

  /**
   * Loads a rule-set file, checking its rules against the registered scoring rules. A failure to
   * load the scoring rule plug-ins is reported as a problem of the file.
   *
   * @throws SpecException listing every problem of the file
   */
  public RuleSet loadRuleSet(Path file) {
    return loading.ruleSet(Source.of(file), null);
  }

  /**
   * Loads a rule-set file for {@code framework}: parameters are checked on its scale, and node
   * overrides must name its domains or components.
   *
   * @throws SpecException listing every problem of the file
   */
  public RuleSet loadRuleSet(Path file, Framework framework) {
    return loading.ruleSet(Source.of(file), requireNonNull(framework, "framework"));
  }

  /**
   * Loads a rule set from a URL, e.g. a classpath resource.
   *
   * @throws SpecException listing every problem of the document
   */
  public RuleSet loadRuleSet(URL url) {
    return loading.ruleSet(Source.of(url), null);
  }

  /**
   * Loads a rule set from a stream, which is read but not closed.
   *
   * @param name the name used in problems; its extension ({@code .json}) gives the syntax
   * @throws SpecException listing every problem of the document
   */
  public RuleSet loadRuleSet(InputStream in, String name) {
    return loading.ruleSet(Source.of(in, name), null);
  }

  /**
   * The ids of the rule sets shipped in this jar under {@value #BUNDLED_RULE_SETS}: {@code default},
   * {@code pefa-m1}, {@code pefa-m2}, {@code gdhi} and {@code staged}. They equal the values of
   * {@link org.alignkit.scoring.RuleSets}.
   */
  public List<String> bundledRuleSetIds() {
    return RULE_SET_IDS;
  }

  /**
   * A bundled rule set, read once from {@value #BUNDLED_RULE_SETS}{@code <id>.yaml}.
   *
   * @throws IllegalArgumentException if there is no bundled rule set with that id (the message
   *     names the closest id)
   * @throws SpecException if the resource is missing or invalid (a packaging error)
   */
  public RuleSet bundledRuleSet(String id) {
    requireNonNull(id, "id");
    if (!RULE_SET_IDS.contains(id)) {
      throw new IllegalArgumentException("no bundled rule set '" + id + "'; "
          + Ids.didYouMean(id, RULE_SET_IDS)
              .orElse("the bundled ones are " + String.join(", ", RULE_SET_IDS)));
    }
    return BUNDLED_RULES.computeIfAbsent(id, SpecLoader::readBundledRuleSet);
  }

  private static RuleSet readBundledRuleSet(String id) {
    String resource = BUNDLED_RULE_SETS + id + ".yaml";
    URL url = SpecLoader.class.getResource("/" + resource);
    if (url == null) {
      throw new SpecException(List.of(SpecProblem.of(
          org.alignkit.core.SourceLocation.of(resource, 0, 0, ""),
          SpecProblem.Layer.IO,
          "the bundled rule set " + id + " is missing from the jar",
          "use the alignkit-model-spec jar as published")));
    }
    return new Loading(Limits.defaults(), List.of(), Optional::empty, new RuleProviders(List.of()))
        .ruleSet(Source.of(url, id + ".yaml (bundled)"), null);
  }

  // ---- validation ----

  /**
   * Every problem of a file of any kind (told by its {@code kind:}: Framework, Assessment, Exercise,
   * Consensus or RuleSet), or of a folder read as an exercise; empty when the file is valid. Never
   * throws for bad input.
   */
  public List<SpecProblem> validate(Path fileOrFolder) {
    return loading.validate(Source.of(requireNonNull(fileOrFolder, "fileOrFolder")), null);
  }

  /**
   * Like {@link #validate(Path)}, checking assessments, exercises and consensus records against
   * {@code framework}, and rule sets' parameters and node overrides against it.
   */
  public List<SpecProblem> validate(Path fileOrFolder, Framework framework) {
    return loading.validate(
        Source.of(requireNonNull(fileOrFolder, "fileOrFolder")),
        requireNonNull(framework, "framework"));
  }

  private static Optional<Framework> bundledIfPresent() {
    if (SpecLoader.class.getResource("/" + BUNDLED_FRAMEWORK) == null) {
      return Optional.empty();
    }
    return Optional.of(BUNDLED.get());
  }

  private static Framework readBundledFramework() {
    URL url = SpecLoader.class.getResource("/" + BUNDLED_FRAMEWORK);
    if (url == null) {
      throw new SpecException(List.of(SpecProblem.of(
          org.alignkit.core.SourceLocation.of(BUNDLED_FRAMEWORK, 0, 0, ""),
          SpecProblem.Layer.IO,
          "the bundled framework is missing from the jar",
          "use the alignkit-model-spec jar as published")));
    }
    return new Loading(Limits.defaults(), List.of(), Optional::empty)
        .framework(Source.of(url, "alignkit-reference.yaml (bundled)"));
  }

  /** Builds {@link SpecLoader}s. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private Limits limits = Limits.defaults();
    private final List<Framework> frameworks = new ArrayList<>();
    private final List<ScoringRuleProvider> ruleProviders = new ArrayList<>();

    private Builder() {}

    /** The limits to enforce; {@link Limits#defaults()} unless set. */
    public Builder limits(Limits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /** A framework that assessments may name, besides the bundled one; earlier ones win. */
    public Builder addFramework(Framework framework) {
      frameworks.add(requireNonNull(framework, "framework"));
      return this;
    }

    /**
     * A scoring rule that rule-set files may name, besides those found through {@link
     * java.util.ServiceLoader} (as {@code ScoringEngine.Builder.addProvider} adds one to an engine).
     */
    public Builder addRuleProvider(ScoringRuleProvider provider) {
      ruleProviders.add(requireNonNull(provider, "provider"));
      return this;
    }

    /** The loader. */
    public SpecLoader build() {
      return new SpecLoader(limits, frameworks, new RuleProviders(ruleProviders));
    }
  }
}
