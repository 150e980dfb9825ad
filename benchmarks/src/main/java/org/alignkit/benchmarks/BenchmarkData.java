package org.alignkit.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * A framework shaped like the bundled reference framework (3 domains, 13 components, 40 indicators,
 * 5 levels) and generated assessments of it, deterministic by index.
 */
public final class BenchmarkData {
  /** Indicators per component, per domain. */
  static final int[][] SHAPE = {{3, 3, 3, 4}, {3, 3, 3, 3, 3}, {3, 3, 3, 3}};

  /** The framework. */
  public static final Framework FRAMEWORK = framework();

  private static final Round ROUND = Round.of("2024", LocalDate.of(2024, 6, 1));
  private static final StakeholderGroup GROUP =
      StakeholderGroup.of("government", StakeholderKind.GOVERNMENT);
  // ratings[indicator][0..4] = levels 1..5, [5] = not applicable, [6] = no information
  private static final Rating[][] RATINGS = ratings();

  private BenchmarkData() {}

  static Framework framework() {
    List<Level> levels = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      levels.add(Level.of(i, LocalizedText.en("Level " + i), LocalizedText.en("Descriptor " + i)));
    }
    Framework.Builder f = Framework.builder()
        .id("bench")
        .version("1.0")
        .title(LocalizedText.en("Benchmark framework"))
        .scale(Scale.of(levels));
    for (int d = 0; d < SHAPE.length; d++) {
      Domain.Builder db =
          Domain.builder().id("D" + (d + 1)).title(LocalizedText.en("Domain " + (d + 1)));
      for (int c = 0; c < SHAPE[d].length; c++) {
        String cid = "D" + (d + 1) + "." + (c + 1);
        Component.Builder cb = Component.builder().id(cid).title(LocalizedText.en(cid));
        for (int i = 0; i < SHAPE[d][c]; i++) {
          String iid = cid + "." + (i + 1);
          cb.addIndicators(
              Indicator.builder().id(iid).title(LocalizedText.en(iid)).build());
        }
        db.addComponents(cb.build());
      }
      f.addDomains(db.build());
    }
    return f.build();
  }

  private static Rating[][] ratings() {
    List<Indicator> inds = FRAMEWORK.indicators();
    Rating[][] r = new Rating[inds.size()][7];
    for (int i = 0; i < inds.size(); i++) {
      String id = inds.get(i).id();
      for (int l = 1; l <= 5; l++) {
        r[i][l - 1] = Rating.of(id, l);
      }
      r[i][5] = Rating.notApplicable(id);
      r[i][6] = Rating.noInformation(id);
    }
    return r;
  }

  /** The number of indicators (ratings per assessment). */
  public static int indicatorCount() {
    return RATINGS.length;
  }

  /**
   * The assessment number {@code index}: about 94 % of the indicators rated 1..5, 3 % not
   * applicable, 3 % no information, every indicator present.
   */
  public static Assessment assessment(long index) {
    SplittableRandom random = new SplittableRandom(index * 0x9E3779B97F4A7C15L);
    List<Rating> list = new ArrayList<>(RATINGS.length);
    for (Rating[] choices : RATINGS) {
      int p = random.nextInt(100);
      list.add(p < 3 ? choices[5] : p < 6 ? choices[6] : choices[random.nextInt(5)]);
    }
    return Assessment.builder()
        .frameworkId("bench")
        .frameworkVersion("1.0")
        .country("RWA")
        .round(ROUND)
        .group(GROUP)
        .addAllRatings(list)
        .build();
  }
}
