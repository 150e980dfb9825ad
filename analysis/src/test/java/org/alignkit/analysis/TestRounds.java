package org.alignkit.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Exercise;
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
 * Small hand-built frameworks and exercises for example tests, written compactly.
 *
 * <p>A framework layout is {@code "OP-1:OP-1.1,OP-1.2*2;OP-2:OP-2.1;OB-1:OB-1.1"}: components
 * separated by {@code ;}, each {@code component:indicators}; the domain is the component id before
 * the first {@code -}; {@code *w} gives an indicator a weight. A group's row lists its answers in
 * the framework's indicator order: a level, {@code NA} (not applicable), {@code NI} (no
 * information) or {@code -} (no rating).
 */
public final class TestRounds {
  private TestRounds() {}

  public static Scale scale(int levels) {
    List<Level> out = new ArrayList<>();
    for (int i = 1; i <= levels; i++) {
      out.add(Level.of(
          i,
          LocalizedText.of("Level " + i, "Niveau " + i),
          LocalizedText.of("General level " + i, "Niveau général " + i)));
    }
    return Scale.of(out);
  }

  public static Framework framework(String version, int levels, String layout) {
    Map<String, Domain.Builder> domains = new LinkedHashMap<>();
    for (String comp : layout.split(";")) {
      String[] parts = comp.split(":");
      String componentId = parts[0].trim();
      String domainId = componentId.substring(0, componentId.indexOf('-'));
      Component.Builder c = Component.builder()
          .id(componentId)
          .title(LocalizedText.of("Component " + componentId, "Composante " + componentId));
      for (String ind : parts[1].split(",")) {
        String[] w = ind.trim().split("\\*");
        Indicator.Builder i = Indicator.builder()
            .id(w[0])
            .title(LocalizedText.of("Indicator " + w[0], "Indicateur " + w[0]))
            // Every indicator has its own descriptor for level 1; the others use the scale's.
            .putLevelDescriptors(1, LocalizedText.of(w[0] + " at level 1", w[0] + " au niveau 1"));
        if (w.length > 1) {
          i.weight(new BigDecimal(w[1]));
        }
        c.addIndicators(i.build());
      }
      domains
          .computeIfAbsent(
              domainId,
              id ->
                  Domain.builder().id(id).title(LocalizedText.of("Domain " + id, "Domaine " + id)))
          .addComponents(c.build());
    }
    Framework.Builder f = Framework.builder()
        .id("test")
        .version(version)
        .title(LocalizedText.of("Test", "Essai"))
        .languages(List.of("en", "fr"))
        .scale(scale(levels));
    domains.values().forEach(d -> f.addDomains(d.build()));
    return f.build();
  }

  public static StakeholderGroup group(String id) {
    StakeholderKind kind;
    if (id.startsWith("gov")) {
      kind = StakeholderKind.GOVERNMENT;
    } else if (id.startsWith("dp-on")) {
      kind = StakeholderKind.PARTNER_ON_BUDGET;
    } else if (id.startsWith("dp")) {
      kind = StakeholderKind.PARTNER_OFF_BUDGET;
    } else if (id.startsWith("ps")) {
      kind = StakeholderKind.PRIVATE_SECTOR;
    } else {
      kind = StakeholderKind.CIVIL_SOCIETY;
    }
    return StakeholderGroup.of(id, kind);
  }

  public static Assessment assessment(
      Framework f, String roundId, StakeholderGroup group, String row) {
    String[] cells = row.trim().split("\\s+");
    List<Indicator> indicators = f.indicators();
    if (cells.length != indicators.size()) {
      throw new IllegalArgumentException(
          "row of " + group.id() + " has " + cells.length + " cells for " + indicators.size());
    }
    Assessment.Builder a = Assessment.builder()
        .frameworkId(f.id())
        .frameworkVersion(f.version())
        .country("XKV")
        .round(Round.of(roundId, LocalDate.of(2024, 3, 14)))
        .group(group);
    for (int i = 0; i < cells.length; i++) {
      String id = indicators.get(i).id();
      switch (cells[i]) {
        case "NA":
          a.addRatings(Rating.notApplicable(id));
          break;
        case "NI":
          a.addRatings(Rating.noInformation(id));
          break;
        case "-":
          break;
        default:
          a.addRatings(Rating.builder()
              .indicatorId(id)
              .status(org.alignkit.core.RatingStatus.RATED)
              .level(Integer.parseInt(cells[i]))
              .evidence("evidence of " + group.id() + " on " + id)
              .comment("comment of " + group.id())
              .build());
      }
    }
    return a.build();
  }

  /** An exercise: group id → row, in the map's order. */
  public static Exercise exercise(Framework f, String roundId, Map<String, String> rows) {
    List<Assessment> as = new ArrayList<>();
    rows.forEach((g, row) -> as.add(assessment(f, roundId, group(g), row)));
    return Exercise.of(as);
  }

  /** Rows given as alternating group id and row. */
  public static Exercise exercise(Framework f, String roundId, String... groupAndRow) {
    Map<String, String> rows = new LinkedHashMap<>();
    for (int i = 0; i < groupAndRow.length; i += 2) {
      rows.put(groupAndRow[i], groupAndRow[i + 1]);
    }
    return exercise(f, roundId, rows);
  }

  /**
   * Plain unweighted means as node scores (component = mean of its rated indicators, domain = mean
   * of its scored components, framework = mean of its scored domains): a stand-in for the scoring
   * engine, which is not on this branch.
   */
  public static NodeScores means(Framework f, Assessment a) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    List<BigDecimal> domainScores = new ArrayList<>();
    for (Domain d : f.domains()) {
      List<BigDecimal> componentScores = new ArrayList<>();
      for (Component c : d.components()) {
        List<BigDecimal> levels = new ArrayList<>();
        for (Indicator i : c.indicators()) {
          a.rating(i.id())
              .filter(Rating::isRated)
              .ifPresent(r -> levels.add(BigDecimal.valueOf(r.level().getAsInt())));
        }
        if (!levels.isEmpty()) {
          BigDecimal m = mean(levels);
          scores.put(c.id(), m);
          componentScores.add(m);
        }
      }
      if (!componentScores.isEmpty()) {
        BigDecimal m = mean(componentScores);
        scores.put(d.id(), m);
        domainScores.add(m);
      }
    }
    if (!domainScores.isEmpty()) {
      scores.put(f.id(), mean(domainScores));
    }
    return NodeScores.of(scores);
  }

  public static Map<String, NodeScores> means(Framework f, Exercise e) {
    Map<String, NodeScores> out = new LinkedHashMap<>();
    for (Assessment a : e.assessments()) {
      out.put(a.group().id(), means(f, a));
    }
    return out;
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum = sum.add(v);
    }
    return sum.divide(BigDecimal.valueOf(values.size()), java.math.MathContext.DECIMAL64)
        .stripTrailingZeros();
  }
}
