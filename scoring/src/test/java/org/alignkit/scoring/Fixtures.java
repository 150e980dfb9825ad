package org.alignkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.Level;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Rating;
import org.alignkit.core.Round;
import org.alignkit.core.Scale;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;

/**
 * Small builders of frameworks and assessments for tests. Indicator ids are {@code D<d>.C<c>.I<i>},
 * component ids {@code D<d>.C<c>}, domain ids {@code D<d>} (1-based).
 */
final class Fixtures {
  /** Status codes in rating maps: a level (>= 1), not applicable, no information. */
  static final int NA = 0;

  static final int NO_INFO = -1;

  private Fixtures() {}

  static Scale scale(int levels) {
    List<Level> l = new ArrayList<>();
    for (int i = 1; i <= levels; i++) {
      l.add(Level.of(
          i, LocalizedText.en("Level " + i), LocalizedText.en("What level " + i + " looks like")));
    }
    return Scale.of(l);
  }

  /**
   * A framework with {@code shape[d][c]} indicators in component c of domain d, on a scale of {@code
   * levels} levels, all weights absent.
   */
  static Framework framework(int levels, int[][] shape) {
    return framework(levels, shape, null);
  }

  /** As {@link #framework(int, int[][])}, with indicator weights by id. */
  static Framework framework(int levels, int[][] shape, Map<String, BigDecimal> weights) {
    Framework.Builder f = Framework.builder()
        .id("test-fw")
        .version("1.0")
        .title(LocalizedText.en("Test framework"))
        .scale(scale(levels));
    for (int d = 0; d < shape.length; d++) {
      Domain.Builder db =
          Domain.builder().id("D" + (d + 1)).title(LocalizedText.en("Domain " + (d + 1)));
      for (int c = 0; c < shape[d].length; c++) {
        String cid = "D" + (d + 1) + ".C" + (c + 1);
        Component.Builder cb =
            Component.builder().id(cid).title(LocalizedText.en("Component " + cid));
        for (int i = 0; i < shape[d][c]; i++) {
          String iid = cid + ".I" + (i + 1);
          Indicator.Builder ib =
              Indicator.builder().id(iid).title(LocalizedText.en("Indicator " + iid));
          if (weights != null && weights.containsKey(iid)) {
            ib.weight(weights.get(iid));
          }
          cb.addIndicators(ib.build());
        }
        db.addComponents(cb.build());
      }
      f.addDomains(db.build());
    }
    return f.build();
  }

  /** Shaped like the bundled reference framework: 3 domains, 13 components, 40 indicators. */
  static Framework reference() {
    return framework(5, new int[][] {{3, 3, 3, 4}, {3, 3, 3, 3, 3}, {3, 3, 3, 3}});
  }

  /** An assessment of {@code f} by the government; values: level, {@link #NA} or {@link #NO_INFO}. */
  static Assessment assessment(Framework f, Map<String, Integer> ratings) {
    return assessment(f, ratings, StakeholderGroup.of("government", StakeholderKind.GOVERNMENT));
  }

  static Assessment assessment(Framework f, Map<String, Integer> ratings, StakeholderGroup group) {
    Assessment.Builder a = Assessment.builder()
        .frameworkId(f.id())
        .frameworkVersion(f.version())
        .country("RWA")
        .round(Round.of("2024", LocalDate.of(2024, 6, 1)))
        .group(group);
    ratings.forEach((id, v) -> a.addRatings(rating(id, v)));
    return a.build();
  }

  static Assessment assessment(Framework f, String version, List<Rating> ratings) {
    return Assessment.builder()
        .frameworkId(f.id())
        .frameworkVersion(version)
        .country("RWA")
        .round(Round.of("2024", LocalDate.of(2024, 6, 1)))
        .group(StakeholderGroup.of("government", StakeholderKind.GOVERNMENT))
        .addAllRatings(ratings)
        .build();
  }

  static Rating rating(String id, int v) {
    return v == NA
        ? Rating.notApplicable(id)
        : v == NO_INFO ? Rating.noInformation(id) : Rating.of(id, v);
  }

  /** Every indicator of {@code f} rated {@code level}. */
  static Map<String, Integer> all(Framework f, int level) {
    Map<String, Integer> m = new LinkedHashMap<>();
    f.indicators().forEach(i -> m.put(i.id(), level));
    return m;
  }

  /** A rule set applying the same three rules at every level. */
  static RuleSet uniform(String id, RuleRef aggregation, RuleRef banding, RuleRef missing) {
    NodeRules r = NodeRules.of(aggregation, banding, missing);
    return RuleSet.builder()
        .id(id)
        .title(id)
        .components(r)
        .domains(r)
        .framework(r)
        .build();
  }

  static RuleSet uniform(String aggregation, String banding, String missing) {
    return uniform(
        aggregation + "/" + banding + "/" + missing,
        RuleRef.of(aggregation),
        RuleRef.of(banding),
        RuleRef.of(missing));
  }

  static ScoringEngine engine(Framework f, RuleSet r) {
    return ScoringEngine.builder(f).ruleSet(r).build();
  }
}
