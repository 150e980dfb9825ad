package org.alignkit.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.core.FundingChannel;
import org.alignkit.core.Indicator;
import org.alignkit.core.Level;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Provenance;
import org.alignkit.core.Rating;
import org.alignkit.core.Round;
import org.alignkit.core.Scale;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.apiguardian.api.API;

/**
 * jqwik arbitraries for the AlignKit model: random framework trees and scales, stakeholder groups,
 * assessments with levels, not-applicable, no-information and missing ratings, exercises, and
 * assessments broken in one known way.
 *
 * <p>Everything generated is valid unless the name says otherwise: frameworks build, and
 * assessments pass {@link Framework#check(Assessment)}. Texts include French accents and strings
 * that YAML would misread unquoted ({@code yes}, {@code null}, {@code 1.0}), so writers are tested
 * too.
 *
 * <pre>{@code
 * @Property
 * void everyAssessmentFits(@ForAll("pairs") Tuple2<Framework, Assessment> p) { ... }
 *
 * @Provide
 * Arbitrary<Tuple2<Framework, Assessment>> pairs() {
 *   return AlignKitArbitraries.frameworksWithAssessments();
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AlignKitArbitraries {
  private static final List<String> COUNTRIES = List.of("RWA", "ETH", "CAF", "BFA", "SEN", "XKV");
  private static final List<String> TRICKY = List.of(
      "yes",
      "no",
      "null",
      "~",
      "1.0",
      "0x1F",
      "#hash",
      "- dash",
      "key: value",
      "'quoted'",
      "\"dq\"",
      "multi\nline",
      "  padded  ");

  private AlignKitArbitraries() {}

  /** Non-blank texts: words with accents, and strings YAML would misread unquoted. */
  public static Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyzéèêàçôûÉ ABCXYZ'-,.()")
        .ofMinLength(1)
        .ofMaxLength(40)
        .filter(s -> !s.isBlank());
    return Arbitraries.frequencyOf(Tuple.of(9, words), Tuple.of(1, Arbitraries.of(TRICKY)));
  }

  /** Texts in every given language. */
  public static Arbitrary<LocalizedText> localizedTexts(List<String> languages) {
    return texts().list().ofSize(languages.size()).map(values -> {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < languages.size(); i++) {
        m.put(languages.get(i), values.get(i));
      }
      return LocalizedText.of(m);
    });
  }

  /** Scales of 2 to 7 levels. */
  public static Arbitrary<Scale> scales(List<String> languages) {
    return Arbitraries.integers()
        .between(2, 7)
        .flatMap(n -> Combinators.combine(
                localizedTexts(languages).list().ofSize(n),
                localizedTexts(languages).list().ofSize(n))
            .as((names, descriptors) -> {
              List<Level> levels = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                levels.add(Level.of(i + 1, names.get(i), descriptors.get(i)));
              }
              return Scale.of(levels);
            }));
  }

  private static Arbitrary<java.util.Optional<BigDecimal>> weights() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(java.util.Optional.<BigDecimal>empty())),
        Tuple.of(
            1,
            Arbitraries.of("0.5", "1", "2", "1.25", "3", "0.1")
                .map(s -> java.util.Optional.of(new BigDecimal(s)))));
  }

  private static Arbitrary<Set<StakeholderKind>> applicability() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(Set.<StakeholderKind>of())),
        Tuple.of(1, Arbitraries.of(StakeholderKind.class).set().ofMinSize(1).ofMaxSize(4)));
  }

  /** Valid frameworks: 1-3 domains of 1-3 components of 1-5 indicators, in [en] or [en, fr]. */
  public static Arbitrary<Framework> frameworks() {
    return frameworks(3, 3, 5);
  }

  /**
   * Valid frameworks with at most the given numbers of domains, components per domain and
   * indicators per component.
   */
  public static Arbitrary<Framework> frameworks(
      int maxDomains, int maxComponentsPerDomain, int maxIndicatorsPerComponent) {
    Arbitrary<List<String>> languages =
        Arbitraries.of(List.of("en"), List.of("en", "fr"), List.of("fr", "en", "fr-CA"));
    Arbitrary<String> prefixes = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
    return Combinators.combine(languages, prefixes)
        .flatAs((langs, prefix) -> Combinators.combine(
                scales(langs),
                localizedTexts(langs),
                Arbitraries.of("1.0", "2", "2024.1", "0.9-draft"),
                shapes(maxDomains, maxComponentsPerDomain, maxIndicatorsPerComponent))
            .flatAs((scale, title, version, shape) -> domains(langs, prefix, scale, shape)
                .map(domains -> Framework.builder()
                    .id(prefix.toLowerCase(java.util.Locale.ROOT) + "-framework")
                    .version(version)
                    .title(title)
                    .languages(langs)
                    .provenance(Provenance.builder()
                        .addSources("generated by AlignKitArbitraries")
                        .build())
                    .scale(scale)
                    .addAllDomains(domains)
                    .build())));
  }

  private static Arbitrary<List<List<Integer>>> shapes(int maxD, int maxC, int maxI) {
    return Arbitraries.integers()
        .between(1, maxI)
        .list()
        .ofMinSize(1)
        .ofMaxSize(maxC)
        .list()
        .ofMinSize(1)
        .ofMaxSize(maxD);
  }

  private static Arbitrary<List<Domain>> domains(
      List<String> langs, String prefix, Scale scale, List<List<Integer>> shape) {
    List<Arbitrary<Domain>> ds = new ArrayList<>();
    for (int d = 0; d < shape.size(); d++) {
      String did = prefix + (d + 1);
      List<Integer> comps = shape.get(d);
      List<Arbitrary<Component>> cs = new ArrayList<>();
      for (int c = 0; c < comps.size(); c++) {
        String cid = did + "-" + (c + 1);
        List<Arbitrary<Indicator>> is = new ArrayList<>();
        for (int i = 0; i < comps.get(c); i++) {
          is.add(indicator(langs, cid + "." + (i + 1), scale));
        }
        cs.add(Combinators.combine(
                localizedTexts(langs), weights(), Combinators.combine(is).as(l -> l))
            .as((title, weight, indicators) -> Component.builder()
                .id(cid)
                .title(title)
                .weight(weight)
                .addAllIndicators(indicators)
                .build()));
      }
      ds.add(Combinators.combine(
              localizedTexts(langs), weights(), Combinators.combine(cs).as(l -> l))
          .as((title, weight, components) -> Domain.builder()
              .id(did)
              .title(title)
              .weight(weight)
              .addAllComponents(components)
              .build()));
    }
    return Combinators.combine(ds).as(l -> l);
  }

  private static Arbitrary<Indicator> indicator(List<String> langs, String id, Scale scale) {
    Arbitrary<Map<Integer, LocalizedText>> descriptors = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Map.<Integer, LocalizedText>of())),
        Tuple.of(1, localizedTexts(langs).list().ofSize(scale.max()).map(l -> {
          Map<Integer, LocalizedText> m = new LinkedHashMap<>();
          for (int i = 0; i < l.size(); i++) {
            m.put(i + 1, l.get(i));
          }
          return m;
        })));
    Arbitrary<LocalizedText> description = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(LocalizedText.empty())), Tuple.of(1, localizedTexts(langs)));
    return Combinators.combine(
            localizedTexts(langs), description, weights(), descriptors, applicability())
        .as((title, desc, weight, levels, applicable) -> Indicator.builder()
            .id(id)
            .title(title)
            .description(desc)
            .weight(weight)
            .putAllLevelDescriptors(levels)
            .addAllApplicableTo(applicable)
            .build());
  }

  /** Valid stakeholder groups of one kind, with funding channels consistent with the kind. */
  public static Arbitrary<StakeholderGroup> groups(String id) {
    return Arbitraries.of(StakeholderKind.class).flatMap(kind -> {
      Arbitrary<Set<FundingChannel>> channels;
      if (kind == StakeholderKind.PARTNER_ON_BUDGET) {
        channels = Arbitraries.of(FundingChannel.CHANNEL_1, FundingChannel.CHANNEL_2)
            .set()
            .ofMaxSize(2);
      } else if (kind == StakeholderKind.PARTNER_OFF_BUDGET) {
        channels = Arbitraries.of(Set.<FundingChannel>of(), EnumSet.of(FundingChannel.CHANNEL_3));
      } else {
        channels = Arbitraries.just(Set.of());
      }
      return channels.map(ch -> StakeholderGroup.builder()
          .id(id)
          .addKinds(kind)
          .addAllFundingChannels(ch)
          .build());
    });
  }

  /** Valid assessments of a framework by a random group. */
  public static Arbitrary<Assessment> assessments(Framework framework) {
    return groups("group").flatMap(g -> assessments(framework, g));
  }

  /** Valid assessments of a framework by the given group, in a random country and round. */
  public static Arbitrary<Assessment> assessments(Framework framework, StakeholderGroup group) {
    return Combinators.combine(Arbitraries.of(COUNTRIES), rounds())
        .flatAs((country, round) -> assessments(framework, group, country, round));
  }

  private static Arbitrary<Round> rounds() {
    return Combinators.combine(
            Arbitraries.of("2022", "2024", "baseline", "r2"),
            Arbitraries.integers().between(0, 5000))
        .as((id, days) -> Round.of(id, LocalDate.of(2015, 1, 1).plusDays(days)));
  }

  private static Arbitrary<Assessment> assessments(
      Framework framework, StakeholderGroup group, String country, Round round) {
    List<Indicator> indicators = framework.indicators();
    int n = indicators.size();
    int max = framework.scale().max();
    Arbitrary<List<Integer>> choices =
        Arbitraries.integers().between(0, 99).list().ofSize(n);
    Arbitrary<List<Integer>> levels =
        Arbitraries.integers().between(1, max).list().ofSize(n);
    Arbitrary<List<String>> notes = texts().injectNull(0.85).list().ofSize(2 * n);
    Arbitrary<Long> order = Arbitraries.longs();
    return Combinators.combine(choices, levels, notes, order).as((choice, level, note, seed) -> {
      List<Rating> ratings = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Indicator indicator = indicators.get(i);
        int c = choice.get(i);
        String id = indicator.id();
        if (!indicator.appliesTo(group)) {
          if (c < 70) {
            ratings.add(Rating.notApplicable(id));
          }
        } else if (c < 80) {
          ratings.add(Rating.builder()
              .indicatorId(id)
              .status(org.alignkit.core.RatingStatus.RATED)
              .level(level.get(i))
              .evidence(java.util.Optional.ofNullable(note.get(2 * i)))
              .comment(java.util.Optional.ofNullable(note.get(2 * i + 1)))
              .build());
        } else if (c < 87) {
          ratings.add(Rating.notApplicable(id));
        } else if (c < 94) {
          ratings.add(Rating.noInformation(id));
        }
      }
      java.util.Collections.shuffle(ratings, new java.util.Random(seed));
      return Assessment.builder()
          .frameworkId(framework.id())
          .frameworkVersion(framework.version())
          .country(country)
          .round(round)
          .group(group)
          .addAllRatings(ratings)
          .build();
    });
  }

  /** A framework and a valid assessment of it. */
  public static Arbitrary<Tuple2<Framework, Assessment>> frameworksWithAssessments() {
    return frameworks().flatMap(f -> assessments(f).map(a -> Tuple.of(f, a)));
  }

  /** Valid exercises of a framework: 2 to 5 groups, one assessment each, same country and round. */
  public static Arbitrary<Exercise> exercises(Framework framework) {
    return Combinators.combine(
            Arbitraries.of(COUNTRIES), rounds(), Arbitraries.integers().between(2, 5))
        .flatAs((country, round, n) -> {
          List<Arbitrary<Assessment>> as = new ArrayList<>();
          for (int g = 1; g <= n; g++) {
            as.add(groups("g" + g).flatMap(group -> assessments(framework, group, country, round)));
          }
          return Combinators.combine(as).as(Exercise::of);
        });
  }

  /** A framework and a valid exercise of it. */
  public static Arbitrary<Tuple2<Framework, Exercise>> frameworksWithExercises() {
    return frameworks().flatMap(f -> exercises(f).map(e -> Tuple.of(f, e)));
  }

  /**
   * Assessments broken in exactly one known way, for testing that checks reject them with the right
   * problem.
   */
  public static Arbitrary<MutatedAssessment> mutatedAssessments() {
    return frameworksWithAssessments().flatMap(p -> {
      Framework f = p.get1();
      Assessment a = p.get2();
      List<Arbitrary<MutatedAssessment>> options = new ArrayList<>();
      options.add(Arbitraries.just(frameworkMutation(f, a, Mutation.FRAMEWORK_VERSION)));
      options.add(Arbitraries.just(frameworkMutation(f, a, Mutation.FRAMEWORK_ID)));
      Arbitrary<Integer> anyIndicator =
          Arbitraries.integers().between(0, f.indicators().size() - 1);
      options.add(anyIndicator.map(i -> unknownIndicator(f, a, f.indicators().get(i))));
      options.add(Combinators.combine(anyIndicator, Arbitraries.of(true, false))
          .as((i, above) -> outOfScale(f, a, f.indicators().get(i), above)));
      options.add(anyIndicator.map(i -> duplicate(f, a, f.indicators().get(i))));
      List<Indicator> excluded =
          f.indicators().stream().filter(i -> !i.appliesTo(a.group())).collect(Collectors.toList());
      if (!excluded.isEmpty()) {
        options.add(Arbitraries.of(excluded).map(i -> notApplicableToGroup(f, a, i)));
      }
      return Arbitraries.oneOf(options);
    });
  }

  private static MutatedAssessment frameworkMutation(Framework f, Assessment a, Mutation m) {
    Assessment.Builder b = copyHeader(a, a.ratings());
    if (m == Mutation.FRAMEWORK_VERSION) {
      b.frameworkId(a.frameworkId()).frameworkVersion(a.frameworkVersion() + ".1");
    } else {
      b.frameworkId(a.frameworkId() + "-other").frameworkVersion(a.frameworkVersion());
    }
    return new MutatedAssessment(f, b.build(), m, "");
  }

  private static MutatedAssessment unknownIndicator(Framework f, Assessment a, Indicator target) {
    List<Rating> ratings = withoutRating(a, target.id());
    ratings.add(Rating.noInformation(target.id() + "x"));
    return new MutatedAssessment(
        f, same(a, ratings), Mutation.UNKNOWN_INDICATOR, target.id() + "x");
  }

  private static MutatedAssessment outOfScale(
      Framework f, Assessment a, Indicator target, boolean above) {
    List<Rating> ratings = withoutRating(a, target.id());
    ratings.add(Rating.of(target.id(), above ? f.scale().max() + 1 : 0));
    return new MutatedAssessment(f, same(a, ratings), Mutation.LEVEL_OUT_OF_SCALE, target.id());
  }

  private static MutatedAssessment duplicate(Framework f, Assessment a, Indicator target) {
    List<Rating> ratings = withoutRating(a, target.id());
    Rating r = Rating.notApplicable(target.id());
    ratings.add(r);
    ratings.add(r);
    return new MutatedAssessment(f, same(a, ratings), Mutation.DUPLICATE_RATING, target.id());
  }

  private static MutatedAssessment notApplicableToGroup(
      Framework f, Assessment a, Indicator target) {
    List<Rating> ratings = withoutRating(a, target.id());
    ratings.add(Rating.of(target.id(), f.scale().min()));
    return new MutatedAssessment(
        f, same(a, ratings), Mutation.NOT_APPLICABLE_TO_GROUP, target.id());
  }

  private static List<Rating> withoutRating(Assessment a, String indicatorId) {
    return a.ratings().stream()
        .filter(r -> !r.indicatorId().equals(indicatorId))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static Assessment same(Assessment a, List<Rating> ratings) {
    return copyHeader(a, ratings)
        .frameworkId(a.frameworkId())
        .frameworkVersion(a.frameworkVersion())
        .build();
  }

  private static Assessment.Builder copyHeader(Assessment a, List<Rating> ratings) {
    Assessment.Builder b = Assessment.builder();
    b.country(a.country())
        .round(a.round())
        .group(a.group())
        .addAllRespondents(a.respondents())
        .addAllRatings(ratings);
    a.subnationalUnit().ifPresent(b::subnationalUnit);
    return b;
  }
}
