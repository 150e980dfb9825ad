package org.alignkit.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.alignkit.analysis.AgendaItem;
import org.alignkit.analysis.Agreement;
import org.alignkit.analysis.DivergenceReason;
import org.alignkit.analysis.GroupAnswer;
import org.alignkit.analysis.IndicatorDivergence;
import org.alignkit.analysis.Spread;
import org.alignkit.analysis.progress.Change;
import org.alignkit.analysis.progress.NotComparableReason;
import org.alignkit.analysis.progress.ProgressClass;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.Level;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.NodeType;
import org.alignkit.core.Provenance;
import org.alignkit.core.Rating;
import org.alignkit.core.RatingStatus;
import org.alignkit.core.Round;
import org.alignkit.core.Scale;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.metrics.Divergences;
import org.alignkit.metrics.ReliabilityData;

/**
 * A realistic report model for tests: 5 groups, 3 domains, 12 components, 40 indicators, with
 * not-applicable, no-information and missing answers, divergent indicators, an agenda, agreement,
 * distances and (optionally) progress. Scores are computed here by a plain mean and a ceiling, only
 * so that the numbers are consistent; the real scoring lives in the scoring module.
 */
final class SampleReports {
  private SampleReports() {}

  static final String[][] DOMAINS = {
    {"OP", "One Plan", "Plan unique"},
    {"OB", "One Budget", "Budget unique"},
    {"OR", "One Report", "Rapport unique"}
  };

  static final String[][] COMPONENTS = {
    {"Coordination structures", "Structures de coordination"},
    {"Medium-term expenditure framework", "Cadre de dépenses à moyen terme"},
    {"Sub-national plans", "Plans infranationaux"},
    {"Joint annual review", "Revue annuelle conjointe"},
    {"Predictability of funding", "Prévisibilité des financements"},
    {"Public financial management", "Gestion des finances publiques"},
    {"Procurement systems", "Systèmes de passation des marchés"},
    {"Resource tracking", "Suivi des ressources"},
    {"Results framework", "Cadre de résultats"},
    {"Information systems", "Systèmes d'information"},
    {"Data use and sharing", "Utilisation et partage des données"},
    {"Mutual accountability", "Redevabilité mutuelle"}
  };

  static final String[][] INDICATOR_STEMS = {
    {"Partners take part in", "Les partenaires participent à"},
    {"Government leads", "Le gouvernement pilote"},
    {"Decisions are followed up in", "Les décisions sont suivies dans"},
    {"Civil society is heard in", "La société civile est entendue dans"}
  };

  static final String[][] LEVELS = {
    {
      "Fragmented",
      "Fragmenté",
      "Each partner plans, funds and reports on its own.",
      "Chaque partenaire planifie, finance et rend compte de son côté."
    },
    {
      "Emerging",
      "Émergent",
      "Some joint planning, mostly ad hoc.",
      "Un peu de planification conjointe, surtout ponctuelle."
    },
    {
      "Coordinated",
      "Coordonné",
      "Regular joint processes; several parallel systems remain.",
      "Des processus conjoints réguliers\u00A0; plusieurs systèmes parallèles subsistent."
    },
    {
      "Aligned",
      "Aligné",
      "Most support follows the national plan and systems.",
      "La plupart des appuis suivent le plan et les systèmes nationaux."
    },
    {
      "Integrated",
      "Intégré",
      "One plan, one budget, one report for all.",
      "Un plan, un budget, un rapport pour tous."
    }
  };

  static final StakeholderKind[] KINDS = StakeholderKind.values();

  static Framework framework() {
    List<Level> levels = new ArrayList<>();
    for (int i = 0; i < LEVELS.length; i++) {
      levels.add(Level.of(
          i + 1,
          LocalizedText.of(LEVELS[i][0], LEVELS[i][1]),
          LocalizedText.of(LEVELS[i][2], LEVELS[i][3])));
    }
    Framework.Builder fw = Framework.builder()
        .id("alignkit-reference")
        .version("1.0")
        .title(LocalizedText.of("AlignKit reference framework", "Cadre de référence AlignKit"))
        .description(LocalizedText.of(
            "One plan, one budget, one report.", "Plan unique, budget unique, rapport unique."))
        .languages(List.of("en", "fr"))
        .scale(Scale.of(levels))
        .provenance(Provenance.builder()
            .addSources("Alignment Working Group, progress update, Accra, November 2022")
            .addSources("Paris Declaration on Aid Effectiveness, 2005")
            .licence("CC-BY-4.0")
            .official(false)
            .notice(
                LocalizedText.of(
                    "AlignKit's own reference framework: not the official AWG instrument.",
                    "Cadre de référence propre à AlignKit\u00A0: ce n'est pas l'instrument officiel du groupe de travail sur l'alignement."))
            .build());
    int c = 0;
    int indicators = 0;
    for (String[] d : DOMAINS) {
      Domain.Builder db = Domain.builder().id(d[0]).title(LocalizedText.of(d[1], d[2]));
      for (int k = 1; k <= 4; k++, c++) {
        String cid = d[0] + "-" + k;
        Component.Builder cb =
            Component.builder().id(cid).title(LocalizedText.of(COMPONENTS[c][0], COMPONENTS[c][1]));
        // 40 indicators: 3 per component, 4 in the first component of each domain and in OR-4.
        int n = (k == 1 || cid.equals("OR-4")) ? 4 : 3;
        for (int i = 1; i <= n; i++, indicators++) {
          String[] stem = INDICATOR_STEMS[(i - 1) % INDICATOR_STEMS.length];
          Indicator.Builder ib = Indicator.builder()
              .id(cid + "." + i)
              .title(LocalizedText.of(
                  stem[0] + " " + COMPONENTS[c][0].toLowerCase(java.util.Locale.ROOT),
                  stem[1] + " " + COMPONENTS[c][1].toLowerCase(java.util.Locale.FRENCH)));
          if (i == 1) {
            ib.putLevelDescriptors(
                1,
                LocalizedText.of(
                    "No joint mechanism exists for "
                        + COMPONENTS[c][0].toLowerCase(java.util.Locale.ROOT) + ".",
                    "Aucun mécanisme conjoint pour\u00A0: "
                        + COMPONENTS[c][1].toLowerCase(java.util.Locale.FRENCH) + "."));
          }
          cb.addIndicators(ib.build());
        }
        db.addComponents(cb.build());
      }
      fw.addDomains(db.build());
    }
    Framework built = fw.build();
    if (indicators != 40) {
      throw new AssertionError(indicators);
    }
    return built;
  }

  static List<StakeholderGroup> groups(String firstGroupName) {
    List<StakeholderGroup> groups = new ArrayList<>();
    for (StakeholderKind k : KINDS) {
      StakeholderGroup.Builder b = StakeholderGroup.builder().id(k.id()).addKinds(k);
      if (k == StakeholderKind.GOVERNMENT && firstGroupName != null) {
        b.name(LocalizedText.of(firstGroupName, firstGroupName));
      }
      groups.add(b.build());
    }
    return groups;
  }

  /** The sample with the usual group names. */
  static ReportModel sample(boolean withBaseline) {
    return sample(withBaseline, null, null);
  }

  /**
   * The sample; {@code firstGroupName} renames the government group and {@code evidence} replaces
   * every evidence text (both for escaping tests), when not null.
   */
  static ReportModel sample(boolean withBaseline, String firstGroupName, String evidence) {
    Framework fw = framework();
    List<StakeholderGroup> groups = groups(firstGroupName);
    Random random = new Random(20261123L);
    // ratings[group][indicator]: null = missing, 0 = N/A, -1 = no information, else the level.
    List<Indicator> indicators = fw.indicators();
    Integer[][] ratings = new Integer[groups.size()][indicators.size()];
    for (int i = 0; i < indicators.size(); i++) {
      int base = 1 + random.nextInt(5);
      for (int g = 0; g < groups.size(); g++) {
        int roll = random.nextInt(100);
        Integer v;
        if (roll < 4) {
          v = 0;
        } else if (roll < 8) {
          v = -1;
        } else if (roll < 10) {
          v = null;
        } else {
          int spread = (i % 7 == 0) ? 3 : 1; // every seventh indicator diverges strongly
          v = Math.max(1, Math.min(5, base + random.nextInt(2 * spread + 1) - spread));
        }
        ratings[g][i] = v;
      }
    }
    ReportModel.Builder b = ReportModel.builder()
        .title(LocalizedText.of(
            "Alignment diagnostic — harmonisation workshop",
            "Diagnostic de l'alignement — atelier d'harmonisation"))
        .country(LocalizedText.of("Rwanda", "Rwanda"))
        .round(Round.of("2026", LocalDate.of(2026, 11, 23)))
        .framework(fw)
        .ruleSet(
            RuleSetInfo.of(
                "gdhi-mean-ceiling",
                LocalizedText.of(
                    "Mean of the indicators, rounded to one decimal half-even, then the ceiling (GDHI).",
                    "Moyenne des indicateurs, arrondie au dixième (au pair), puis arrondie à l'entier supérieur (GDHI).")))
        .addAllGroups(groups);

    // Indicator rows, divergence and agenda.
    List<AgendaItem> agenda = new ArrayList<>();
    List<IndicatorRow> rows = new ArrayList<>();
    List<Object[]> divergent = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      IndicatorRow.Builder rb =
          IndicatorRow.builder().indicatorId(indicators.get(i).id());
      Map<String, GroupRating> byGroup = new LinkedHashMap<>();
      List<Integer> levels = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        Integer v = ratings[g][i];
        if (v == null) {
          continue;
        }
        GroupRating r = v == 0
            ? GroupRating.notApplicable()
            : v < 0
                ? GroupRating.noInformation()
                : GroupRating.builder()
                    .status(RatingStatus.RATED)
                    .level(v)
                    .evidence(
                        evidence != null
                            ? evidence
                            : "Minutes of the " + (2020 + v) + " sector review, annex " + (i + 1))
                    .comment(
                        v >= 4 ? "Agreed in the compact." : "Partners still report separately.")
                    .build();
        byGroup.put(groups.get(g).id(), r);
        if (v > 0) {
          levels.add(v);
        }
      }
      rb.putAllRatings(byGroup);
      if (!levels.isEmpty()) {
        int min = levels.stream().mapToInt(x -> x).min().getAsInt();
        int max = levels.stream().mapToInt(x -> x).max().getAsInt();
        BigDecimal range = BigDecimal.valueOf(max - min);
        rb.range(range);
        rb.overall(cell(mean(levels)));
        if (max - min >= 2) {
          rb.divergent(true);
          divergent.add(new Object[] {indicators.get(i).id(), range, byGroup});
        }
      } else {
        rb.overall(ScoreCell.absent(LocalizedText.of("no ratings", "aucune note")));
      }
      rows.add(rb.build());
    }
    divergent.sort((x, y) -> ((BigDecimal) y[1]).compareTo((BigDecimal) x[1]));
    for (int k = 0; k < divergent.size(); k++) {
      @SuppressWarnings("unchecked")
      Map<String, GroupRating> positions = (Map<String, GroupRating>) divergent.get(k)[2];
      Indicator indicator = fw.indicator((String) divergent.get(k)[0]).orElseThrow();
      agenda.add(
          AgendaItem.of(k + 1, indicator.title(), divergence(fw, indicator, groups, positions)));
    }
    b.addAllIndicators(rows).addAllAgenda(agenda);

    // Node scores: per group, the mean of the levels of the indicators below; whole: mean of
    // groups.
    List<NodeResult> results = new ArrayList<>();
    Map<String, Map<String, Optional<BigDecimal>>> scores = new LinkedHashMap<>();
    List<String> nodeIds = new ArrayList<>();
    nodeIds.add(fw.id());
    fw.domains().forEach(d -> nodeIds.add(d.id()));
    fw.components().forEach(c -> nodeIds.add(c.id()));
    for (String nodeId : nodeIds) {
      NodeResult.Builder nb = NodeResult.builder().nodeId(nodeId);
      List<BigDecimal> groupScores = new ArrayList<>();
      Map<String, Optional<BigDecimal>> perGroup = new LinkedHashMap<>();
      for (int g = 0; g < groups.size(); g++) {
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
          String id = indicators.get(i).id();
          boolean under =
              nodeId.equals(fw.id()) || id.startsWith(nodeId + ".") || id.startsWith(nodeId + "-");
          if (under && ratings[g][i] != null && ratings[g][i] > 0) {
            levels.add(ratings[g][i]);
          }
        }
        // A group that rated fewer than 2 indicators of a component has insufficient coverage.
        if (levels.size() < 2) {
          nb.putGroups(
              groups.get(g).id(),
              ScoreCell.absent(
                  LocalizedText.of("insufficient coverage", "couverture insuffisante")));
          perGroup.put(groups.get(g).id(), Optional.empty());
        } else {
          BigDecimal s = mean(levels);
          nb.putGroups(groups.get(g).id(), cell(s));
          groupScores.add(s);
          perGroup.put(groups.get(g).id(), Optional.of(s));
        }
      }
      if (!groupScores.isEmpty()) {
        BigDecimal sum = groupScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal whole =
            sum.divide(BigDecimal.valueOf(groupScores.size()), 4, RoundingMode.HALF_EVEN);
        nb.overall(cell(whole));
        perGroup.put("", Optional.of(whole));
      }
      scores.put(nodeId, perGroup);
      results.add(nb.build());
    }
    b.addAllNodeResults(results);

    // Agreement: Krippendorff's alpha on the levels, overall and per domain.
    double[][] data = new double[indicators.size()][groups.size()];
    for (int i = 0; i < indicators.size(); i++) {
      for (int g = 0; g < groups.size(); g++) {
        Integer v = ratings[g][i];
        data[i][g] = v == null || v <= 0 ? Double.NaN : v;
      }
    }
    ReliabilityData all = ReliabilityData.of(data);
    b.agreement(agreement(fw.id(), all));
    int from = 0;
    for (Domain d : fw.domains()) {
      int size = d.components().stream().mapToInt(c -> c.indicators().size()).sum();
      b.putAgreementByDomain(d.id(), agreement(d.id(), all.unitRange(from, from + size)));
      from += size;
    }
    for (int g = 0; g < groups.size(); g++) {
      for (int h = g + 1; h < groups.size(); h++) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < indicators.size(); i++) {
          Integer a = ratings[g][i];
          Integer c = ratings[h][i];
          if (a != null && c != null && a > 0 && c > 0) {
            sum += Math.abs(a - c);
            n++;
          }
        }
        if (n > 0) {
          b.addDistances(GroupDistance.of(groups.get(g).id(), groups.get(h).id(), sum / n));
        }
      }
    }

    if (withBaseline) {
      b.baselineRound(Round.of("2024", LocalDate.of(2024, 3, 14)));
      Random r2 = new Random(7L);
      List<String> chartNodes = new ArrayList<>();
      chartNodes.add(fw.id());
      fw.domains().forEach(d -> {
        chartNodes.add(d.id());
        d.components().forEach(c -> chartNodes.add(c.id()));
      });
      for (String nodeId : chartNodes) {
        Optional<BigDecimal> current = scores.get(nodeId).getOrDefault("", Optional.empty());
        if (nodeId.equals("OR-4")) {
          // A component whose indicators changed: not comparable.
          b.addProgress(ProgressRow.of(
              Optional.empty(),
              Change.builder()
                  .nodeId(nodeId)
                  .type(NodeType.COMPONENT)
                  .current(current)
                  .progressClass(ProgressClass.NOT_COMPARABLE)
                  .notComparableReason(NotComparableReason.COMPOSITION_CHANGED)
                  .build()));
          continue;
        }
        if (current.isEmpty()) {
          continue;
        }
        BigDecimal delta = BigDecimal.valueOf(r2.nextInt(161) - 60, 2); // -0.60 .. +1.00
        BigDecimal baseline = current.get().subtract(delta).max(BigDecimal.ONE);
        b.addProgress(ProgressRow.of(
            Optional.empty(),
            Change.builder()
                .nodeId(nodeId)
                .type(typeOf(fw, nodeId))
                .baseline(baseline)
                .current(current.get())
                .progressClass(classify(baseline, current.get()))
                .build()));
      }
      // Two rows per group for the government, to show series in the table.
      Optional<BigDecimal> gov = scores.get(fw.id()).get(StakeholderKind.GOVERNMENT.id());
      gov.ifPresent(s -> b.addProgress(ProgressRow.of(
          Optional.of(StakeholderKind.GOVERNMENT.id()),
          Change.builder()
              .nodeId(fw.id())
              .type(NodeType.FRAMEWORK)
              .baseline(s.subtract(new BigDecimal("0.50")))
              .current(s)
              .progressClass(ProgressClass.PROGRESS)
              .build())));
    }
    return b.build();
  }

  /** IHP+ 2016: progress when up by at least 3 % of the baseline, decline when down by as much. */
  static ProgressClass classify(BigDecimal baseline, BigDecimal current) {
    BigDecimal threshold = baseline.multiply(new BigDecimal("0.03"));
    BigDecimal change = current.subtract(baseline);
    if (change.compareTo(threshold) >= 0) {
      return ProgressClass.PROGRESS;
    }
    if (change.negate().compareTo(threshold) >= 0) {
      return ProgressClass.DECLINE;
    }
    return ProgressClass.STAGNATION;
  }

  static NodeType typeOf(Framework fw, String nodeId) {
    return nodeId.equals(fw.id())
        ? NodeType.FRAMEWORK
        : fw.node(nodeId).orElseThrow().type();
  }

  static Agreement agreement(String scope, ReliabilityData data) {
    return Agreement.builder()
        .scopeId(scope)
        .indicatorCount(data.unitCount())
        .data(data)
        .distances(Divergences.distanceMatrix(data))
        .build();
  }

  /** The divergence of an indicator whose groups' answers are the given ratings (range ≥ 2). */
  static IndicatorDivergence divergence(
      Framework fw,
      Indicator indicator,
      List<StakeholderGroup> groups,
      Map<String, GroupRating> positions) {
    List<GroupAnswer> answers = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    for (StakeholderGroup g : groups) {
      GroupRating r = positions.get(g.id());
      Optional<Rating> rating = Optional.empty();
      if (r != null) {
        Rating.Builder rb = Rating.builder().indicatorId(indicator.id()).status(r.status());
        r.level().ifPresent(rb::level);
        r.evidence().ifPresent(rb::evidence);
        r.comment().ifPresent(rb::comment);
        rating = Optional.of(rb.build());
        r.level().ifPresent(levels::add);
      }
      answers.add(GroupAnswer.of(fw.scale(), indicator, g, rating));
    }
    return IndicatorDivergence.builder()
        .indicatorId(indicator.id())
        .domainId(fw.domainOf(indicator.id()).orElseThrow().id())
        .componentId(fw.parent(indicator.id()).orElseThrow().id())
        .addAllAnswers(answers)
        .spread(Spread.ofLevels(levels, fw.scale().span()))
        .addReasons(DivergenceReason.RANGE)
        .build();
  }

  static BigDecimal mean(List<Integer> levels) {
    int sum = levels.stream().mapToInt(x -> x).sum();
    return BigDecimal.valueOf(sum)
        .divide(BigDecimal.valueOf(levels.size()), 4, RoundingMode.HALF_EVEN);
  }

  static ScoreCell cell(BigDecimal score) {
    int level = score
        .setScale(1, RoundingMode.HALF_EVEN)
        .setScale(0, RoundingMode.CEILING)
        .intValueExact();
    return ScoreCell.of(score, Math.max(1, Math.min(5, level)));
  }
}
