package org.alignkit.scoring.internal;

import java.util.List;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.spi.MissingDataRule;
import org.alignkit.scoring.spi.MissingDataTreatment;
import org.alignkit.scoring.spi.ParameterSpec;
import org.alignkit.scoring.spi.ParameterType;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRule;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/** The built-in missing-data rules, one provider each. */
public final class MissingDataRules {
  private MissingDataRules() {}

  abstract static class Base implements ScoringRuleProvider {
    @Override
    public final RuleRole role() {
      return RuleRole.MISSING_DATA;
    }
  }

  /** {@code exclude}: absent inputs are left out. */
  public static final class Exclude extends Base {
    static final MissingDataRule RULE = (rated, absent) -> MissingDataTreatment.EXCLUDE;

    @Override
    public String id() {
      return "exclude";
    }

    @Override
    public String description() {
      return "Absent inputs are left out; the rated ones are scored.";
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return RULE;
    }
  }

  /** {@code lowest}: absent inputs count as the lowest level (PEFA's D*). */
  public static final class Lowest extends Base {
    static final MissingDataRule RULE = (rated, absent) -> MissingDataTreatment.COUNT_AS_LOWEST;

    @Override
    public String id() {
      return "lowest";
    }

    @Override
    public String description() {
      return "Absent inputs count as the lowest level (PEFA's D*).";
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return RULE;
    }
  }

  /** {@code fail}: an absent input is an error naming the node and the input. */
  public static final class Fail extends Base {
    static final MissingDataRule RULE = (rated, absent) -> MissingDataTreatment.FAIL;

    @Override
    public String id() {
      return "fail";
    }

    @Override
    public String description() {
      return "An absent input is an error.";
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return RULE;
    }
  }

  /**
   * {@code minimum-coverage}: no score (insufficient coverage) when fewer than {@code share} of the
   * applicable inputs are rated; otherwise absent inputs are left out.
   */
  public static final class MinimumCoverage extends Base {
    @Override
    public String id() {
      return "minimum-coverage";
    }

    @Override
    public String description() {
      return "No score below a share of rated inputs (insufficient coverage); else absent ones are left out.";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.required(
          "share",
          ParameterType.NUMBER,
          "the lowest share of applicable inputs that must be rated"));
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      Rational share = settings.number("share");
      if (share.signum() <= 0 || share.compareTo(Rational.ONE) > 0) {
        throw settings.invalid("share", "must be > 0 and <= 1, got " + share);
      }
      if (share.numerator().bitLength() < 32 && share.denominator().bitLength() < 32) {
        // rated / (rated + absent) >= p / q, exactly, in longs.
        long p = share.numerator().longValueExact();
        long q = share.denominator().longValueExact();
        return (MissingDataRule) (rated, absent) -> rated * q >= p * ((long) rated + absent)
            ? MissingDataTreatment.EXCLUDE
            : MissingDataTreatment.INSUFFICIENT_COVERAGE;
      }
      return (MissingDataRule)
          (rated, absent) -> Rational.of(rated, rated + absent).compareTo(share) >= 0
              ? MissingDataTreatment.EXCLUDE
              : MissingDataTreatment.INSUFFICIENT_COVERAGE;
    }
  }
}
