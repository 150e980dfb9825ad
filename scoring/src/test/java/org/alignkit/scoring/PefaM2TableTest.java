package org.alignkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import org.alignkit.core.Framework;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PEFA method M2 (averaging), row by row. Source: PEFA Secretariat, "Framework for assessing public
 * financial management", 2016 (PEFA 2016 Framework), section 2.2, conversion table for scoring
 * method M2 (AV), for indicators with 2, 3 and 4 dimensions; the order of the dimension scores does
 * not matter. Grades on AlignKit's 4-level scale: D = 1, C = 2, B = 3, A = 4, "+" half a level.
 *
 * <p>The expected rows below were written independently of the rule set's data table, but both come
 * from the same transcription; the source document could not be opened to check them (see
 * docs/rulesets/pefa-m2.yaml, which marks every row as not verified against the source).
 */
class PefaM2TableTest {
  static final Map<String, Rational> GRADE = Map.of(
      "D",
      Rational.of(1),
      "D+",
      Rational.of(3, 2),
      "C",
      Rational.of(2),
      "C+",
      Rational.of(5, 2),
      "B",
      Rational.of(3),
      "B+",
      Rational.of(7, 2),
      "A",
      Rational.of(4));

  static Rational score(String dimensions, boolean reversed) {
    List<String> dims = new ArrayList<>(List.of(dimensions.split(" ")));
    if (reversed) {
      Collections.reverse(dims);
    }
    Framework f = Fixtures.framework(4, new int[][] {{dims.size()}});
    Map<String, Integer> ratings = new LinkedHashMap<>();
    for (int i = 0; i < dims.size(); i++) {
      ratings.put("D1.C1.I" + (i + 1), GRADE.get(dims.get(i)).intValue());
    }
    ScoreCard card = Fixtures.engine(f, RuleSets.pefaM2()).score(Fixtures.assessment(f, ratings));
    return card.node("D1.C1").orElseThrow().score().orElseThrow();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // 2-dimensional indicators
    "D D, D",
    "D C, D+",
    "D B, C",
    "D A, C+",
    "C C, C",
    "C B, C+",
    "C A, B",
    "B B, B",
    "B A, B+",
    "A A, A",
    // 3-dimensional indicators
    "D D D, D",
    "D D C, D+",
    "D D B, D+",
    "D D A, C",
    "D C C, D+",
    "D C B, C",
    "D C A, C+",
    "D B B, C+",
    "D B A, B",
    "D A A, B",
    "C C C, C",
    "C C B, C+",
    "C C A, B",
    "C B B, B",
    "C B A, B",
    "C A A, B+",
    "B B B, B",
    "B B A, B+",
    "B A A, A",
    "A A A, A",
    // 4-dimensional indicators
    "D D D D, D",
    "D D D C, D",
    "D D D B, D+",
    "D D D A, D+",
    "D D C C, D+",
    "D D C B, D+",
    "D D C A, C",
    "D D B B, C",
    "D D B A, C+",
    "D D A A, C+",
    "D C C C, D+",
    "D C C B, C",
    "D C C A, C+",
    "D C B B, C+",
    "D C B A, C+",
    "D C A A, B",
    "D B B B, C+",
    "D B B A, B",
    "D B A A, B",
    "D A A A, B+",
    "C C C C, C",
    "C C C B, C+",
    "C C C A, C+",
    "C C B B, C+",
    "C C B A, B",
    "C C A A, B",
    "C B B B, B",
    "C B B A, B",
    "C B A A, B+",
    "C A A A, B+",
    "B B B B, B",
    "B B B A, B+",
    "B B A A, B+",
    "B A A A, A",
    "A A A A, A",
  })
  void conversionTableRow(String dimensions, String grade) {
    assertThat(score(dimensions, false)).isEqualTo(GRADE.get(grade));
    assertThat(score(dimensions, true)).isEqualTo(GRADE.get(grade)); // order does not matter
  }

  @Example
  void tableCoversEveryCombinationOfTwoToFourGrades() {
    // 10 + 20 + 35 multisets of D..A: the table must have them all, each exactly once.
    assertThat(RuleSets.PEFA_M2_TABLE.length).isEqualTo(65);
    assertThat(java.util.Arrays.stream(RuleSets.PEFA_M2_TABLE).map(r -> r[0]).distinct())
        .hasSize(65);
  }

  @Example
  void oneDimensionTakesItsOwnGradeAndNoInformationIsD() {
    assertThat(score("B", false)).isEqualTo(Rational.of(3));
    Framework f = Fixtures.framework(4, new int[][] {{3}});
    ScoreCard card = Fixtures.engine(f, RuleSets.pefaM2())
        .score(Fixtures.assessment(
            f, Map.of("D1.C1.I1", 4, "D1.C1.I2", 4, "D1.C1.I3", Fixtures.NO_INFO)));
    // D* counts as D: A A D -> B
    assertThat(card.node("D1.C1").orElseThrow().score()).contains(Rational.of(3));
  }

  @Example
  void fiveDimensionsHaveNoRowAndTheErrorNamesNodeAndInputs() {
    Framework f = Fixtures.framework(4, new int[][] {{5}});
    ScoringEngine e = Fixtures.engine(f, RuleSets.pefaM2());
    assertThatThrownBy(() -> e.score(Fixtures.assessment(f, Fixtures.all(f, 2))))
        .isInstanceOfSatisfying(ScoringException.class, x -> {
          assertThat(x.ruleId()).contains("lookup-table");
          assertThat(x.nodeId()).contains("D1.C1");
          assertThat(x.getMessage()).contains("'C,C,C,C,C'");
        });
  }
}
