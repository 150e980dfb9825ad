package org.alignkit.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small hand-built framework and assessment for example tests. */
final class Fixtures {
  private Fixtures() {}

  static Scale scale() {
    List<Level> levels = new ArrayList<>();
    String[][] names = {
      {"Fragmented", "Fragmenté"},
      {"Emerging", "Émergent"},
      {"Coordinated", "Coordonné"},
      {"Aligned", "Aligné"},
      {"Integrated", "Intégré"}
    };
    for (int i = 0; i < names.length; i++) {
      levels.add(Level.of(
          i + 1,
          LocalizedText.of(names[i][0], names[i][1]),
          LocalizedText.of("Level " + (i + 1), "Niveau " + (i + 1))));
    }
    return Scale.of(levels);
  }

  static Indicator indicator(String id) {
    return Indicator.builder()
        .id(id)
        .title(LocalizedText.of(id + " title", id + " titre"))
        .build();
  }

  static Framework framework() {
    return Framework.builder()
        .id("test-fw")
        .version("1.0")
        .title(LocalizedText.of("Test", "Essai"))
        .languages(List.of("en", "fr"))
        .scale(scale())
        .addDomains(
            Domain.builder()
                .id("OP")
                .title(LocalizedText.of("One Plan", "Plan unique"))
                .addComponents(Component.builder()
                    .id("OP-1")
                    .title(LocalizedText.of("Coordination", "Coordination"))
                    .addIndicators(indicator("OP-1.1"), indicator("OP-1.2"))
                    .build())
                .build(),
            Domain.builder()
                .id("OB")
                .title(LocalizedText.of("One Budget", "Budget unique"))
                .weight(new BigDecimal("2"))
                .addComponents(Component.builder()
                    .id("OB-2")
                    .title(LocalizedText.of("Predictability", "Prévisibilité"))
                    .addIndicators(
                        indicator("OB-2.1"),
                        Indicator.builder()
                            .id("OB-2.2")
                            .title(LocalizedText.of("Procurement", "Passation des marchés"))
                            .addAllApplicableTo(Set.of(
                                StakeholderKind.GOVERNMENT,
                                StakeholderKind.PARTNER_ON_BUDGET,
                                StakeholderKind.PARTNER_OFF_BUDGET))
                            .putLevelDescriptors(
                                1, LocalizedText.of("Parallel systems", "Systèmes parallèles"))
                            .build())
                    .build())
                .build())
        .build();
  }

  static final Round ROUND = Round.of("2024", LocalDate.of(2024, 3, 14));

  static Assessment.Builder assessment(StakeholderGroup group, Rating... ratings) {
    return assessment(group, "XKV", "1.0", ROUND, ratings);
  }

  static Assessment.Builder assessment(
      StakeholderGroup group, String country, String version, Round round, Rating... ratings) {
    return Assessment.builder()
        .frameworkId("test-fw")
        .frameworkVersion(version)
        .country(country)
        .round(round)
        .group(group)
        .addRatings(ratings);
  }
}
