package org.alignkit.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alignkit.core.internal.Countries;
import org.alignkit.core.internal.Ids;
import org.alignkit.core.internal.LocalizedTexts;

/**
 * The checks behind {@link Framework}'s validation and {@link Framework#check(Assessment)}. Every
 * check collects all problems; pointers follow the layout of AlignKit's files.
 */
final class Checks {
  private Checks() {}

  /** Adds a problem to {@code problems} unless {@code id} is a valid id. */
  static void checkId(String id, String pointer, List<ModelProblem> problems) {
    if (!Ids.isValid(id)) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.INVALID_VALUE)
          .pointer(pointer)
          .message("'" + id + "' is not a valid id")
          .fix("use letters, digits, '.', '-' and '_', starting with a letter or digit")
          .build());
    }
  }

  /** Adds a problem unless the code is an ISO 3166-1 alpha-3 country code. */
  static void checkCountry(String code, String pointer, List<ModelProblem> problems) {
    if (!Countries.isValid(code)) {
      String upper = code.toUpperCase(java.util.Locale.ROOT);
      String fix = Countries.isValid(upper)
          ? "write it in capitals: " + upper
          : "use an ISO 3166-1 alpha-3 code such as RWA, ETH, CAF or BFA (XAA-XZZ for a fictional country)";
      problems.add(ModelProblem.builder()
          .code(ProblemCode.INVALID_VALUE)
          .pointer(pointer)
          .message("'" + code + "' is not an ISO 3166-1 alpha-3 country code")
          .fix(fix)
          .build());
    }
  }

  /** Every problem of a framework's structure. */
  static List<ModelProblem> checkFramework(Framework f) {
    List<ModelProblem> problems = new ArrayList<>();
    checkId(f.id(), "/id", problems);
    if (f.version().isBlank()) {
      problems.add(ModelProblem.of(ProblemCode.INVALID_VALUE, "/version", "the version is blank"));
    }
    List<String> languages = new ArrayList<>();
    for (int i = 0; i < f.languages().size(); i++) {
      String tag = f.languages().get(i);
      try {
        languages.add(LocalizedTexts.normalize(tag));
      } catch (IllegalArgumentException e) {
        problems.add(ModelProblem.builder()
            .code(ProblemCode.INVALID_VALUE)
            .pointer("/languages/" + i)
            .message("'" + tag + "' is not a BCP 47 language tag")
            .fix("use a tag such as en, fr or fr-CA")
            .build());
      }
    }
    if (languages.isEmpty()) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.INVALID_VALUE)
          .pointer("/languages")
          .message("the framework declares no language")
          .fix("declare at least one, e.g. [en, fr]")
          .build());
    }
    Texts texts = new Texts(languages, problems);
    texts.required(f.title(), "/title");
    texts.optional(f.description(), "/description");
    texts.optional(f.provenance().notice(), "/provenance/notice");
    Scale scale = f.scale();
    for (int i = 0; i < scale.levels().size(); i++) {
      Level level = scale.levels().get(i);
      texts.required(level.name(), "/scale/levels/" + i + "/name");
      texts.required(level.descriptor(), "/scale/levels/" + i + "/descriptor");
    }
    if (f.domains().isEmpty()) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.EMPTY_NODE)
          .pointer("/domains")
          .message("the framework has no domain")
          .fix("add at least one domain with a component and an indicator")
          .build());
    }
    Map<String, String> seen = new HashMap<>();
    for (int d = 0; d < f.domains().size(); d++) {
      Domain domain = f.domains().get(d);
      String dp = "/domains/" + d;
      node(domain.id(), domain.weight(), dp, seen, problems);
      texts.required(domain.title(), dp + "/title");
      texts.optional(domain.description(), dp + "/description");
      if (domain.components().isEmpty()) {
        problems.add(empty("domain", domain.id(), dp + "/components", "component"));
      }
      for (int c = 0; c < domain.components().size(); c++) {
        Component component = domain.components().get(c);
        String cp = dp + "/components/" + c;
        node(component.id(), component.weight(), cp, seen, problems);
        texts.required(component.title(), cp + "/title");
        texts.optional(component.description(), cp + "/description");
        if (component.indicators().isEmpty()) {
          problems.add(empty("component", component.id(), cp + "/indicators", "indicator"));
        }
        for (int i = 0; i < component.indicators().size(); i++) {
          Indicator indicator = component.indicators().get(i);
          String ip = cp + "/indicators/" + i;
          node(indicator.id(), indicator.weight(), ip, seen, problems);
          texts.required(indicator.title(), ip + "/title");
          texts.optional(indicator.description(), ip + "/description");
          for (Map.Entry<Integer, LocalizedText> e :
              indicator.levelDescriptors().entrySet()) {
            String lp = ip + "/levels/" + e.getKey();
            if (!scale.contains(e.getKey())) {
              problems.add(ModelProblem.builder()
                  .code(ProblemCode.LEVEL_OUT_OF_SCALE)
                  .pointer(lp)
                  .indicatorId(indicator.id())
                  .message("indicator "
                      + indicator.id()
                      + " describes level "
                      + e.getKey()
                      + ", which is not on the scale")
                  .fix("describe levels 1 to " + scale.max())
                  .build());
            } else {
              texts.required(e.getValue(), lp);
            }
          }
        }
      }
    }
    return problems;
  }

  private static ModelProblem empty(String what, String id, String pointer, String child) {
    return ModelProblem.builder()
        .code(ProblemCode.EMPTY_NODE)
        .pointer(pointer)
        .message(what + " " + id + " has no " + child)
        .fix("add at least one " + child + ", or remove the " + what)
        .build();
  }

  private static void node(
      String id,
      Optional<BigDecimal> weight,
      String pointer,
      Map<String, String> seen,
      List<ModelProblem> problems) {
    checkId(id, pointer + "/id", problems);
    String previous = seen.putIfAbsent(id, pointer);
    if (previous != null) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.DUPLICATE_ID)
          .pointer(pointer + "/id")
          .message("id '" + id + "' is already used at " + previous)
          .fix("ids of domains, components and indicators must be unique in a framework")
          .build());
    }
    if (weight.isPresent() && weight.get().signum() <= 0) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.WEIGHT_NOT_POSITIVE)
          .pointer(pointer + "/weight")
          .message("the weight of " + id + " is " + weight.get().toPlainString())
          .fix("weights must be greater than 0; leave the weight out for 1")
          .build());
    }
  }

  /** Every problem of an assessment against a framework. */
  static List<ModelProblem> checkAssessment(Framework f, Assessment a) {
    List<ModelProblem> problems = new ArrayList<>();
    if (!f.id().equals(a.frameworkId())) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.FRAMEWORK_MISMATCH)
          .pointer("/framework/id")
          .message(
              "the assessment answers framework '" + a.frameworkId() + "', not '" + f.id() + "'")
          .fix("score it with framework '" + a.frameworkId() + "', or correct its framework id")
          .build());
    } else if (!f.version().equals(a.frameworkVersion())) {
      problems.add(ModelProblem.builder()
          .code(ProblemCode.FRAMEWORK_MISMATCH)
          .pointer("/framework/version")
          .message("the assessment answers version "
              + a.frameworkVersion()
              + " of "
              + f.id()
              + ", not version "
              + f.version())
          .fix("load version " + a.frameworkVersion()
              + " of the framework, or update the assessment")
          .build());
    }
    Map<String, Integer> firstIndex = new HashMap<>(a.ratings().size() * 2);
    Scale scale = f.scale();
    for (int i = 0; i < a.ratings().size(); i++) {
      Rating r = a.ratings().get(i);
      Optional<Indicator> indicator = f.indicator(r.indicatorId());
      if (indicator.isEmpty()) {
        problems.add(ModelProblem.builder()
            .code(ProblemCode.UNKNOWN_INDICATOR)
            .pointer("/ratings/" + i + "/indicator")
            .indicatorId(r.indicatorId())
            .message("framework " + f.label() + " has no indicator '" + r.indicatorId() + "'")
            .fix(Ids.didYouMean(r.indicatorId(), indicatorIds(f))
                .orElse("see the framework's indicator ids"))
            .build());
        continue;
      }
      Integer previous = firstIndex.putIfAbsent(r.indicatorId(), i);
      if (previous != null) {
        problems.add(ModelProblem.builder()
            .code(ProblemCode.DUPLICATE_RATING)
            .pointer("/ratings/" + i + "/indicator")
            .indicatorId(r.indicatorId())
            .message("indicator "
                + r.indicatorId()
                + " is rated twice (also at /ratings/"
                + previous
                + ")")
            .fix("keep one rating per indicator")
            .build());
      }
      if (r.isRated()) {
        int level = r.levelOr(0);
        if (!scale.contains(level)) {
          problems.add(ModelProblem.builder()
              .code(ProblemCode.LEVEL_OUT_OF_SCALE)
              .pointer("/ratings/" + i + "/level")
              .indicatorId(r.indicatorId())
              .message("level " + level + " of " + r.indicatorId() + " is not on the scale")
              .fix("use a level from "
                  + scale.min()
                  + " to "
                  + scale.max()
                  + ", or not-applicable / no-information")
              .build());
        }
        if (!indicator.get().appliesTo(a.group())) {
          problems.add(ModelProblem.builder()
              .code(ProblemCode.NOT_APPLICABLE_TO_GROUP)
              .pointer("/ratings/" + i + "/level")
              .indicatorId(r.indicatorId())
              .message("indicator "
                  + r.indicatorId()
                  + " does not apply to group '"
                  + a.group().id()
                  + "' ("
                  + kinds(a)
                  + ")")
              .fix("rate it not-applicable, or remove the rating")
              .build());
        }
      }
    }
    return problems;
  }

  /** The framework's indicator ids in tree order; built only when a problem needs a suggestion. */
  private static Set<String> indicatorIds(Framework f) {
    Set<String> ids = new LinkedHashSet<>();
    f.indicators().forEach(i -> ids.add(i.id()));
    return ids;
  }

  private static String kinds(Assessment a) {
    StringBuilder sb = new StringBuilder();
    a.group().kinds().forEach(k -> sb.append(sb.length() == 0 ? "" : ", ").append(k.id()));
    return sb.toString();
  }

  /** Checks that texts exist in every declared language. */
  private static final class Texts {
    private final List<String> languages;
    private final List<ModelProblem> problems;

    Texts(List<String> languages, List<ModelProblem> problems) {
      this.languages = languages;
      this.problems = problems;
    }

    void required(LocalizedText text, String pointer) {
      check(text, pointer, true);
    }

    void optional(LocalizedText text, String pointer) {
      check(text, pointer, false);
    }

    private void check(LocalizedText text, String pointer, boolean required) {
      if (text.isEmpty() && !required) {
        return;
      }
      for (String lang : languages) {
        if (!text.translations().containsKey(lang)) {
          problems.add(ModelProblem.builder()
              .code(ProblemCode.MISSING_TRANSLATION)
              .pointer(pointer)
              .message(
                  text.isEmpty()
                      ? "the text is missing"
                      : "the text has no " + LocalizedTexts.displayName(lang) + " (" + lang
                          + ") translation")
              .fix("add '" + lang + ":' with the " + LocalizedTexts.displayName(lang) + " text")
              .build());
        }
      }
    }
  }
}
