package org.alignkit.scoring.internal;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.spi.BandingRule;
import org.alignkit.scoring.spi.ParameterSpec;
import org.alignkit.scoring.spi.ParameterType;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRule;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/** The built-in banding rules, one provider each. All clamp the level into the scale. */
public final class BandingRules {
  private BandingRules() {}

  abstract static class Base implements ScoringRuleProvider {
    @Override
    public final RuleRole role() {
      return RuleRole.BANDING;
    }
  }

  static int clamp(long level, int min, int max) {
    return (int) Math.max(min, Math.min(max, level));
  }

  /** {@code floor}: the level is the score rounded down; 2.99 is level 2. */
  public static final class Floor extends Base {
    static final BandingRule RULE = (score, min, max) -> clamp(score.floorInt(), min, max);

    @Override
    public String id() {
      return "floor";
    }

    @Override
    public String description() {
      return "The score rounded down: a level is reached only when the score reaches it.";
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return RULE;
    }
  }

  /** {@code nearest}: the nearest level, ties (x.5 exactly) go up: 2.5 is level 3, 2.49 level 2. */
  public static final class Nearest extends Base {
    static final BandingRule RULE =
        (score, min, max) -> clamp(score.add(Rational.HALF).floorInt(), min, max);

    @Override
    public String id() {
      return "nearest";
    }

    @Override
    public String description() {
      return "The nearest level; an exact tie (x.5) goes up (half-up).";
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return RULE;
    }
  }

  /**
   * {@code gdhi}: the Global Digital Health Index rule: round the score to one decimal, half-even,
   * then take the ceiling; 0 becomes 1. 2.04 → 2.0 → 2; 2.06 → 2.1 → 3. AlignKit rounds the exact
   * score; see docs/rules.md for where this differs from GDHI's binary doubles.
   */
  public static final class Gdhi extends Base {
    static final BandingRule RULE = (score, min, max) -> {
      BigInteger tenths = score
          .multiply(Rational.of(10))
          .toBigDecimal(0, RoundingMode.HALF_EVEN)
          .toBigIntegerExact();
      long level = Rational.of(tenths, BigInteger.TEN).ceiling().longValue();
      return clamp(level == 0 ? 1 : level, min, max);
    };

    @Override
    public String id() {
      return "gdhi";
    }

    @Override
    public String description() {
      return "GDHI: round to one decimal half-even, then ceiling; 0 becomes 1 (2.04 -> 2, 2.06 -> 3).";
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return RULE;
    }
  }

  /**
   * {@code cut-points}: explicit thresholds; {@code cutPoints} lists, in ascending order, the lowest
   * score of each level above the first (n − 1 numbers for an n-level scale). A score equal to a cut
   * point reaches that level.
   */
  public static final class CutPoints extends Base {
    @Override
    public String id() {
      return "cut-points";
    }

    @Override
    public String description() {
      return "Explicit thresholds: the lowest score of each level above the first, ascending.";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.required(
          "cutPoints",
          ParameterType.NUMBER_LIST,
          "lowest score of levels 2..n, strictly ascending"));
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      List<Rational> cuts = settings.numberList("cutPoints");
      int expected = settings.scaleMax() - settings.scaleMin();
      if (cuts.size() != expected) {
        throw settings.invalid(
            "cutPoints",
            "a scale of levels " + settings.scaleMin() + ".." + settings.scaleMax() + " needs "
                + expected + " cut points, got " + cuts.size());
      }
      for (int i = 1; i < cuts.size(); i++) {
        if (cuts.get(i).compareTo(cuts.get(i - 1)) <= 0) {
          throw settings.invalid("cutPoints", "must be strictly ascending: " + cuts);
        }
      }
      Rational[] c = cuts.toArray(new Rational[0]);
      return (BandingRule) (score, min, max) -> {
        int level = min;
        for (Rational cut : c) {
          if (score.compareTo(cut) >= 0) {
            level++;
          }
        }
        return clamp(level, min, max);
      };
    }
  }
}
