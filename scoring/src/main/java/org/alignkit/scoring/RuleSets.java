package org.alignkit.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alignkit.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * The five bundled rule sets, as values: {@code default}, {@code pefa-m1}, {@code pefa-m2}, {@code
 * gdhi} and {@code staged}. The same rule sets are written as files in {@code docs/rulesets/}; the
 * model-spec module ships those.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RuleSets {
  private RuleSets() {}

  /**
   * PEFA 2016 Framework, section 2.2 (scoring methodology), the conversion table for scoring method
   * M2 (averaging), for indicators with 2, 3 and 4 dimensions: rows of {dimension grades, indicator
   * grade}, grades D < C < B < A, "+" a half step. The order of dimension grades does not matter.
   *
   * <p>Not checked against the source document: it could not be opened while this was written. The
   * rows were transcribed from the 2016 Framework as remembered and cross-checked only against a
   * secondary source (a PEFA averaging-tool presentation stating that, for 3 dimensions, 20% of the
   * table's grades are above the average rounded to the nearest half grade; this table gives 4 of
   * 20). Rows marked {@code false} in {@link #PEFA_M2_CHECKED} are the least certain. See
   * docs/rulesets/pefa-m2.yaml.
   */
  static final String[][] PEFA_M2_TABLE = {
    // 2 dimensions
    {"D,D", "D"},
    {"D,C", "D+"},
    {"D,B", "C"},
    {"D,A", "C+"},
    {"C,C", "C"},
    {"C,B", "C+"},
    {"C,A", "B"},
    {"B,B", "B"},
    {"B,A", "B+"},
    {"A,A", "A"},
    // 3 dimensions
    {"D,D,D", "D"},
    {"D,D,C", "D+"},
    {"D,D,B", "D+"},
    {"D,D,A", "C"},
    {"D,C,C", "D+"},
    {"D,C,B", "C"},
    {"D,C,A", "C+"},
    {"D,B,B", "C+"},
    {"D,B,A", "B"},
    {"D,A,A", "B"},
    {"C,C,C", "C"},
    {"C,C,B", "C+"},
    {"C,C,A", "B"},
    {"C,B,B", "B"},
    {"C,B,A", "B"},
    {"C,A,A", "B+"},
    {"B,B,B", "B"},
    {"B,B,A", "B+"},
    {"B,A,A", "A"},
    {"A,A,A", "A"},
    // 4 dimensions
    {"D,D,D,D", "D"},
    {"D,D,D,C", "D"},
    {"D,D,D,B", "D+"},
    {"D,D,D,A", "D+"},
    {"D,D,C,C", "D+"},
    {"D,D,C,B", "D+"},
    {"D,D,C,A", "C"},
    {"D,D,B,B", "C"},
    {"D,D,B,A", "C+"},
    {"D,D,A,A", "C+"},
    {"D,C,C,C", "D+"},
    {"D,C,C,B", "C"},
    {"D,C,C,A", "C+"},
    {"D,C,B,B", "C+"},
    {"D,C,B,A", "C+"},
    {"D,C,A,A", "B"},
    {"D,B,B,B", "C+"},
    {"D,B,B,A", "B"},
    {"D,B,A,A", "B"},
    {"D,A,A,A", "B+"},
    {"C,C,C,C", "C"},
    {"C,C,C,B", "C+"},
    {"C,C,C,A", "C+"},
    {"C,C,B,B", "C+"},
    {"C,C,B,A", "B"},
    {"C,C,A,A", "B"},
    {"C,B,B,B", "B"},
    {"C,B,B,A", "B"},
    {"C,B,A,A", "B+"},
    {"C,A,A,A", "B+"},
    {"B,B,B,B", "B"},
    {"B,B,B,A", "B+"},
    {"B,B,A,A", "B+"},
    {"B,A,A,A", "A"},
    {"A,A,A,A", "A"},
  };

  /**
   * The rows of {@link #PEFA_M2_TABLE} whose grade is the least certain (false): every row is
   * unverified against the primary source, these more so because recollections disagreed.
   */
  static final Map<String, Boolean> PEFA_M2_CHECKED =
      Map.of("D,C,B,A", false, "C,C,A,A", false, "C,A,A,A", false, "D,B,B,B", false);

  /** PEFA's grades as numbers on a 4-level scale: D = 1, C = 2, B = 3, A = 4, "+" = half a grade. */
  static final Map<String, Object> PEFA_GRADES = pefaGrades();

  private static Map<String, Object> pefaGrades() {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("D", 1);
    g.put("D+", "3/2");
    g.put("C", 2);
    g.put("C+", "5/2");
    g.put("B", 3);
    g.put("B+", "7/2");
    g.put("A", 4);
    return g;
  }

  private static NodeRules rules(RuleRef aggregation, RuleRef banding, RuleRef missing) {
    return NodeRules.of(aggregation, banding, missing);
  }

  /**
   * {@code default}: AlignKit's own choice. Every level is the exact mean of its inputs, banded by
   * floor (a level is reached only when the mean reaches it); a node needs at least half of its
   * applicable inputs rated, else it has no score (insufficient coverage).
   */
  public static RuleSet defaultRules() {
    NodeRules r = rules(
        RuleRef.of("mean"),
        RuleRef.of("floor"),
        RuleRef.of("minimum-coverage", Map.of("share", "1/2")));
    return inFrench(
        RuleSet.builder()
            .id("default")
            .title("AlignKit default: mean, floor, at least half rated")
            .description(
                "Mean at every level, banded by floor; fewer than half of the applicable inputs rated"
                    + " gives no score (insufficient coverage). Not applicable is always left out.")
            .components(r)
            .domains(r)
            .framework(r)
            .build(),
        "AlignKit par défaut : moyenne, arrondi inférieur, au moins la moitié notée",
        "Moyenne à chaque niveau, niveau par arrondi inférieur ; si moins de la moitié des entrées applicables sont notées, pas de score (couverture insuffisante). Les entrées sans objet sont toujours laissées de côté.");
  }

  /**
   * {@code pefa-m1}: PEFA 2016 method M1 (weakest link) for components from their indicators: the
   * lowest grade, with "+" (half a level) when another is higher; no information counts as the
   * lowest level (D*). PEFA does not aggregate across indicators; above components AlignKit uses
   * the median banded by floor, leaving absent inputs out.
   */
  public static RuleSet pefaM1() {
    return inFrench(
        RuleSet.builder()
            .id("pefa-m1")
            .title("PEFA 2016 method M1 (weakest link)")
            .description(
                "Components: weakest link with '+', no information = D*. Above components (not a PEFA"
                    + " method): median, floor, absent inputs left out.")
            .components(rules(
                RuleRef.of("weakest-link", Map.of("plus", true)),
                RuleRef.of("floor"),
                RuleRef.of("lowest")))
            .domains(upperPefa())
            .framework(upperPefa())
            .build(),
        "PEFA 2016, méthode M1 (maillon le plus faible)",
        "Composantes : maillon le plus faible avec « + », pas d'information = D*. Au-dessus des composantes (pas une méthode PEFA) : médiane, arrondi inférieur, entrées absentes laissées de côté.");
  }

  /**
   * {@code pefa-m2}: PEFA 2016 method M2 (averaging) for components, as the conversion table for 2,
   * 3 and 4 inputs (data, not a formula); a component with one indicator takes its grade; no
   * information counts as D (D*). Meant for frameworks on a 4-level scale (D = 1 .. A = 4). Above
   * components: median, floor, absent inputs left out (not a PEFA method).
   */
  public static RuleSet pefaM2() {
    Map<String, Object> table = new LinkedHashMap<>();
    for (String[] row : PEFA_M2_TABLE) {
      table.put(row[0], row[1]);
    }
    return inFrench(
        RuleSet.builder()
            .id("pefa-m2")
            .title("PEFA 2016 method M2 (averaging, conversion table)")
            .description(
                "Components: the PEFA 2016 M2 conversion table for 2, 3 and 4 dimensions, no information"
                    + " = D*; needs a 4-level scale. Above components (not a PEFA method): median, floor.")
            .components(rules(
                RuleRef.of("lookup-table", Map.of("grades", PEFA_GRADES, "table", table)),
                RuleRef.of("floor"),
                RuleRef.of("lowest")))
            .domains(upperPefa())
            .framework(upperPefa())
            .build(),
        "PEFA 2016, méthode M2 (moyenne, table de conversion)",
        "Composantes : la table de conversion M2 de PEFA 2016 pour 2, 3 et 4 dimensions, pas d'information = D* ; demande une échelle à 4 niveaux. Au-dessus des composantes (pas une méthode PEFA) : médiane, arrondi inférieur.");
  }

  private static NodeRules upperPefa() {
    return rules(RuleRef.of("median"), RuleRef.of("floor"), RuleRef.of("exclude"));
  }

  /**
   * {@code gdhi}: the Global Digital Health Index: every level is the mean of its inputs, banded by
   * rounding to one decimal (half-even) and taking the ceiling; not applicable and no information
   * are left out.
   */
  public static RuleSet gdhi() {
    NodeRules r = rules(RuleRef.of("mean"), RuleRef.of("gdhi"), RuleRef.of("exclude"));
    return inFrench(
        RuleSet.builder()
            .id("gdhi")
            .title("Global Digital Health Index")
            .description(
                "Mean at every level, GDHI banding (one decimal half-even, then ceiling, 0 -> 1);"
                    + " absent inputs left out. Exact, where GDHI uses binary doubles: see docs/rules.md.")
            .components(r)
            .domains(r)
            .framework(r)
            .build(),
        "Global Digital Health Index (indice mondial de la santé numérique)",
        "Moyenne à chaque niveau, niveaux du GDHI (une décimale arrondie au pair, puis l'entier supérieur, 0 -> 1) ; entrées absentes laissées de côté. Exact, là où le GDHI calcule en virgule flottante binaire : voir docs/rules.md.");
  }

  /**
   * {@code staged}: CMMI-staged style: a component reaches level L only when every indicator is at L
   * or above; domains and the framework likewise over their children; an absent input counts as the
   * lowest level (a requirement not shown is not met).
   */
  public static RuleSet staged() {
    NodeRules r =
        rules(RuleRef.of("staged", Map.of("share", 1)), RuleRef.of("floor"), RuleRef.of("lowest"));
    return inFrench(
        RuleSet.builder()
            .id("staged")
            .title("Staged levels (CMMI staged)")
            .description(
                "Level L only when every input is at L or above; absent inputs count as the lowest level.")
            .components(r)
            .domains(r)
            .framework(r)
            .build(),
        "Niveaux étagés (CMMI étagé)",
        "Niveau L seulement quand chaque entrée est au niveau L ou au-dessus ; les entrées absentes comptent comme le niveau le plus bas.");
  }

  /** A bundled rule set with its title and description in English and French. */
  private static RuleSet inFrench(RuleSet r, String title, String description) {
    return RuleSet.builder()
        .id(r.id())
        .title(r.title())
        .description(r.description())
        .localizedTitle(LocalizedText.of(r.title(), title))
        .localizedDescription(LocalizedText.of(r.description(), description))
        .components(r.components())
        .domains(r.domains())
        .framework(r.framework())
        .putAllNodes(r.nodes())
        .build();
  }

  /** The five bundled rule sets, in the order default, pefa-m1, pefa-m2, gdhi, staged. */
  public static List<RuleSet> bundled() {
    return List.of(defaultRules(), pefaM1(), pefaM2(), gdhi(), staged());
  }
}
