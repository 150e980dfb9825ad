package org.alignkit.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Group;
import org.alignkit.scoring.RuleSets;
import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The built-in {@code lookup-table}. What holds depends on the table; two tables are checked: the
 * bundled PEFA M2 conversion table, which keeps the whole contract on its own terms, and an ordered
 * table, which is not order blind by design.
 */
class LookupTableRuleProperties {
  static ScoringRuleProvider lookupTable() {
    return ScoringRules.find("lookup-table").orElseThrow();
  }

  /**
   * PEFA 2016 M2, exactly as the bundled pefa-m2 rule set gives it: grades D..A on a 4-level scale,
   * rows for 2 to 4 dimension grades, a single grade passing through.
   */
  @Group
  class PefaM2 implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return lookupTable();
    }

    @Override
    public Map<String, Object> parameters() {
      return RuleSets.pefaM2().components().aggregation().orElseThrow().parameters();
    }

    @Override
    public int scaleMax() {
      return 4;
    }

    // The table has rows for 1 (passed through) to 4 inputs.
    @Override
    public int maxInputs() {
      return 4;
    }

    // The table is keyed by whole grades (dimension scores): PEFA M2 aggregates indicators only.
    @Override
    public boolean levelInputsOnly() {
      return true;
    }
  }

  /**
   * An ordered table on 1..3 for two inputs, the first counting twice: floor((2a + b) / 3). Keys
   * are sequences, so "1,3" (1) and "3,1" (2) differ: order blindness is switched off.
   */
  @Group
  class Ordered implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return lookupTable();
    }

    @Override
    public Map<String, Object> parameters() {
      Map<String, Object> table = new LinkedHashMap<>();
      for (int a = 1; a <= 3; a++) {
        for (int b = 1; b <= 3; b++) {
          table.put(a + "," + b, (2 * a + b) / 3);
        }
      }
      return Map.of("table", table, "ordered", true, "passThroughSingle", false);
    }

    @Override
    public int scaleMax() {
      return 3;
    }

    // Rows exist for exactly two inputs.
    @Override
    public int minInputs() {
      return 2;
    }

    @Override
    public int maxInputs() {
      return 2;
    }

    @Override
    public boolean levelInputsOnly() {
      return true;
    }

    // An ordered table reads its inputs as a sequence: "1,3" gives 1 and "3,1" gives 2.
    @Override
    public boolean isPermutationInvariant() {
      return false;
    }
  }
}
