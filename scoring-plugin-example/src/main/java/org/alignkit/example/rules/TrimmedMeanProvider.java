package org.alignkit.example.rules;

import java.util.Arrays;
import java.util.List;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.spi.AggregationRule;
import org.alignkit.scoring.spi.ParameterSpec;
import org.alignkit.scoring.spi.ParameterType;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRule;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/**
 * {@code trimmed-mean}: the mean after dropping the {@code trim} lowest and {@code trim} highest
 * inputs (default 1), when more than {@code 2 × trim} inputs remain; otherwise the plain mean. A
 * researcher's rule that resists one outlying rating.
 */
public final class TrimmedMeanProvider implements ScoringRuleProvider {
  /** Required by {@link java.util.ServiceLoader}. */
  public TrimmedMeanProvider() {}

  @Override
  public String id() {
    return "trimmed-mean";
  }

  @Override
  public RuleRole role() {
    return RuleRole.AGGREGATION;
  }

  @Override
  public String description() {
    return "The mean after dropping the 'trim' lowest and highest inputs.";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.optional("trim", ParameterType.INTEGER, 1, "inputs dropped at each end"));
  }

  @Override
  public ScoringRule create(RuleSettings settings) {
    int trim = settings.integer("trim");
    if (trim < 0) {
      throw settings.invalid("trim", "must not be negative, got " + trim);
    }
    return (AggregationRule) in -> {
      Rational[] v = new Rational[in.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = in.value(i);
      }
      Arrays.sort(v);
      int from = v.length > 2 * trim ? trim : 0;
      int to = v.length > 2 * trim ? v.length - trim : v.length;
      Rational sum = Rational.ZERO;
      for (int i = from; i < to; i++) {
        sum = sum.add(v[i]);
      }
      return sum.divide(to - from);
    };
  }
}
