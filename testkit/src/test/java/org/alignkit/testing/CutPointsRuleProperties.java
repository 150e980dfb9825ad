package org.alignkit.testing;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Group;
import org.alignkit.scoring.ScoringRules;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * The built-in {@code cut-points} banding is bounded and monotone for any ascending cut points;
 * whether a whole-level score bands to its own level depends on where the cut points lie.
 */
class CutPointsRuleProperties {
  static ScoringRuleProvider cutPoints() {
    return ScoringRules.find("cut-points").orElseThrow();
  }

  /** Cut points half-way between the levels, the same levels as nearest: the whole contract holds. */
  @Group
  class Midpoints implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return cutPoints();
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of("cutPoints", List.of("3/2", "5/2", "7/2", "9/2"));
    }
  }

  /** A strict rubric: level 2 needs 2.5, then every half level one more. */
  @Group
  class Strict implements ScoringRuleContract<ScoringRuleProvider> {
    @Override
    public ScoringRuleProvider provider() {
      return cutPoints();
    }

    @Override
    public Map<String, Object> parameters() {
      return Map.of("cutPoints", List.of("5/2", 3, "7/2", 4));
    }

    // The cut points are not at the levels: a score of exactly 2 is level 1, and 4 is level 5.
    @Override
    public boolean isUnanimous() {
      return false;
    }
  }
}
