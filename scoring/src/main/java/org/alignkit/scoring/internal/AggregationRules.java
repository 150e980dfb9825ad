package org.alignkit.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.ScoringException;
import org.alignkit.scoring.spi.AggregationInputs;
import org.alignkit.scoring.spi.AggregationRule;
import org.alignkit.scoring.spi.ParameterSpec;
import org.alignkit.scoring.spi.ParameterType;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRule;
import org.alignkit.scoring.spi.ScoringRuleProvider;

/** The built-in aggregation rules, one provider each. */
public final class AggregationRules {
  private AggregationRules() {}

  abstract static class Base implements ScoringRuleProvider {
    @Override
    public final RuleRole role() {
      return RuleRole.AGGREGATION;
    }
  }

  /** {@code mean}: the exact arithmetic mean; weights are ignored. */
  public static final class Mean extends Base {
    static final AggregationRule RULE = new AggregationRule() {
      @Override
      public Rational aggregate(AggregationInputs in) {
        return in.mean();
      }

      @Override
      public Map<String, Rational> intermediates(AggregationInputs in) {
        return ordered("sum", sum(in), "count", Rational.of(in.size()));
      }

      @Override
      public String toString() {
        return "mean";
      }
    };

    @Override
    public String id() {
      return "mean";
    }

    @Override
    public String description() {
      return "The exact arithmetic mean of the inputs (GDHI, OWASP SAMM).";
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return RULE;
    }
  }

  /**
   * {@code weighted-mean}: sum of weight × value over the sum of weights. Weights come from the
   * {@code weights} parameter by child id, else from the framework, else 1.
   */
  public static final class WeightedMean extends Base {
    @Override
    public String id() {
      return "weighted-mean";
    }

    @Override
    public String description() {
      return "The exact weighted mean; weights from the 'weights' parameter by child id, else from"
          + " the framework nodes' weight, else 1.";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.optional(
          "weights",
          ParameterType.NUMBER_MAP,
          null,
          "weights by child id; override the framework's weights"));
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      Map<String, Rational> weights = settings.numberMap("weights");
      weights.forEach((id, w) -> {
        if (w.signum() <= 0) {
          throw settings.invalid(
              "weights", "the weight of " + id + " is " + w + "; weights must be > 0");
        }
      });
      return new AggregationRule() {
        Rational weight(AggregationInputs in, int i) {
          Rational w = weights.get(in.id(i));
          return w != null ? w : in.weight(i);
        }

        @Override
        public Rational aggregate(AggregationInputs in) {
          Rational num = Rational.ZERO;
          Rational den = Rational.ZERO;
          for (int i = 0; i < in.size(); i++) {
            Rational w = weight(in, i);
            num = num.add(w.multiply(in.value(i)));
            den = den.add(w);
          }
          return num.divide(den);
        }

        @Override
        public Map<String, Rational> intermediates(AggregationInputs in) {
          Rational num = Rational.ZERO;
          Rational den = Rational.ZERO;
          for (int i = 0; i < in.size(); i++) {
            Rational w = weight(in, i);
            num = num.add(w.multiply(in.value(i)));
            den = den.add(w);
          }
          return ordered("weighted sum", num, "total weight", den);
        }
      };
    }
  }

  /** {@code median}: the middle value; the mean of the two middle values for an even count. */
  public static final class Median extends Base {
    static final AggregationRule RULE = in -> {
      Rational[] v = values(in);
      Arrays.sort(v);
      int n = v.length;
      return n % 2 == 1 ? v[n / 2] : v[n / 2 - 1].add(v[n / 2]).divide(2);
    };

    @Override
    public String id() {
      return "median";
    }

    @Override
    public String description() {
      return "The median; for an even number of inputs the mean of the two middle ones.";
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      return RULE;
    }
  }

  /**
   * {@code weakest-link}: the minimum (PEFA method M1). With {@code plus: true}, adds {@code
   * plusStep} (default 1/2, PEFA's "+") when any input is higher than the minimum, never going above
   * the maximum input.
   */
  public static final class WeakestLink extends Base {
    @Override
    public String id() {
      return "weakest-link";
    }

    @Override
    public String description() {
      return "The lowest input (PEFA M1); with plus, half a level more when another input is higher.";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(
          ParameterSpec.optional(
              "plus",
              ParameterType.BOOLEAN,
              false,
              "add plusStep when another input is higher (PEFA's +)"),
          ParameterSpec.optional("plusStep", ParameterType.NUMBER, "1/2", "the size of the '+'"));
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      boolean plus = settings.bool("plus");
      Rational step = settings.number("plusStep");
      if (step.signum() <= 0 || step.compareTo(Rational.ONE) >= 0) {
        throw settings.invalid("plusStep", "must be > 0 and < 1, got " + step);
      }
      return new AggregationRule() {
        @Override
        public Rational aggregate(AggregationInputs in) {
          Rational min = in.value(0);
          Rational max = in.value(0);
          for (int i = 1; i < in.size(); i++) {
            min = min.min(in.value(i));
            max = max.max(in.value(i));
          }
          if (plus && max.compareTo(min) > 0) {
            return min.add(step).min(max);
          }
          return min;
        }

        @Override
        public String toString() {
          return plus ? "weakest-link+" : "weakest-link";
        }
      };
    }
  }

  /**
   * {@code staged}: the highest level L such that at least {@code share} of the inputs are at L or
   * above (CMMI staged; share 1 = all inputs).
   */
  public static final class Staged extends Base {
    @Override
    public String id() {
      return "staged";
    }

    @Override
    public String description() {
      return "The highest level L reached by at least 'share' of the inputs (CMMI staged).";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(ParameterSpec.optional(
          "share", ParameterType.NUMBER, 1, "the share of inputs that must be at L or above"));
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      Rational share = settings.number("share");
      if (share.signum() <= 0 || share.compareTo(Rational.ONE) > 0) {
        throw settings.invalid("share", "must be > 0 and <= 1, got " + share);
      }
      return (AggregationRule) in -> {
        for (int level = in.scaleMax(); level > in.scaleMin(); level--) {
          int atOrAbove = 0;
          for (int i = 0; i < in.size(); i++) {
            if (in.value(i).isAtLeast(level)) {
              atOrAbove++;
            }
          }
          if (Rational.of(atOrAbove, in.size()).compareTo(share) >= 0) {
            return Rational.of(level);
          }
        }
        return Rational.of(in.scaleMin());
      };
    }
  }

  /**
   * {@code k-of-n}: met when at least {@code k} inputs (criteria) hold; a criterion holds when its
   * input is at least {@code threshold}. Gives {@code met} (default the scale's top) or {@code
   * notMet} (default its bottom). With {@code n}, the node must have exactly n inputs after
   * exclusions (GPEDC indicator 7: 4 of 5).
   */
  public static final class KOfN extends Base {
    @Override
    public String id() {
      return "k-of-n";
    }

    @Override
    public String description() {
      return "Met when at least k criteria hold (input >= threshold), as GPEDC indicator 7 (4 of 5).";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(
          ParameterSpec.required("k", ParameterType.INTEGER, "how many criteria must hold"),
          ParameterSpec.required(
              "threshold", ParameterType.NUMBER, "the input level from which a criterion holds"),
          ParameterSpec.optional(
              "n", ParameterType.INTEGER, null, "the number of criteria expected"),
          ParameterSpec.optional(
              "met", ParameterType.NUMBER, null, "the score when met; default the top level"),
          ParameterSpec.optional(
              "notMet",
              ParameterType.NUMBER,
              null,
              "the score when not met; default the bottom level"));
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      int k = settings.integer("k");
      Rational threshold = settings.number("threshold");
      Integer n = settings.has("n") ? settings.integer("n") : null;
      Rational met = settings.optionalNumber("met").orElse(Rational.of(settings.scaleMax()));
      Rational notMet = settings.optionalNumber("notMet").orElse(Rational.of(settings.scaleMin()));
      if (k < 1) {
        throw settings.invalid("k", "must be at least 1, got " + k);
      }
      if (n != null && n < k) {
        throw settings.invalid("n", "must be at least k = " + k + ", got " + n);
      }
      if (notMet.compareTo(met) > 0) {
        throw settings.invalid("notMet", "must not be above met (" + met + "), got " + notMet);
      }
      return new AggregationRule() {
        int holding(AggregationInputs in) {
          if (n != null && in.size() != n) {
            throw new ScoringException(
                "rule 'k-of-n' expects "
                    + n
                    + " criteria at node '"
                    + in.nodeId()
                    + "' but got "
                    + in.size()
                    + " inputs",
                "k-of-n",
                in.nodeId(),
                null);
          }
          int holds = 0;
          for (int i = 0; i < in.size(); i++) {
            if (in.value(i).compareTo(threshold) >= 0) {
              holds++;
            }
          }
          return holds;
        }

        @Override
        public Rational aggregate(AggregationInputs in) {
          return holding(in) >= k ? met : notMet;
        }

        @Override
        public Map<String, Rational> intermediates(AggregationInputs in) {
          return ordered("criteria holding", Rational.of(holding(in)), "k", Rational.of(k));
        }
      };
    }
  }

  /**
   * {@code lookup-table}: a table from input grades to an output grade, given as data. PEFA method
   * M2 is one such table.
   *
   * <p>Parameters: {@code grades} (optional) maps labels to numbers ({@code D: 1, D+: 1.5, ...});
   * {@code table} maps a key, the input grades joined by commas ({@code "D,C"}, or numbers {@code
   * "1,2"}), to an output grade (label or number). Unless {@code ordered} is true, keys are
   * multisets: inputs and key entries are sorted before lookup, so {@code "C,D"} and {@code "D,C"}
   * are the same row. With {@code passThroughSingle} (default true) a single input without a row
   * gives its own value (PEFA: a one-dimension indicator takes its dimension's score). An input
   * combination without a row is an error naming the node and the inputs.
   */
  public static final class LookupTable extends Base {
    @Override
    public String id() {
      return "lookup-table";
    }

    @Override
    public String description() {
      return "A table from input grades to an output grade, given as data (PEFA M2).";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(
          ParameterSpec.required("table", ParameterType.MAP, "rows: 'grade,grade,...' -> grade"),
          ParameterSpec.optional("grades", ParameterType.NUMBER_MAP, null, "labels -> numbers"),
          ParameterSpec.optional(
              "ordered", ParameterType.BOOLEAN, false, "keys are sequences, not multisets"),
          ParameterSpec.optional(
              "passThroughSingle",
              ParameterType.BOOLEAN,
              true,
              "a single input without a row gives itself"));
    }

    @Override
    public ScoringRule create(RuleSettings settings) {
      Map<String, Rational> grades = settings.numberMap("grades");
      boolean ordered = settings.bool("ordered");
      boolean single = settings.bool("passThroughSingle");
      Map<String, Object> raw = settings.map("table");
      if (raw.isEmpty()) {
        throw settings.invalid("table", "the table has no rows");
      }
      Map<List<Rational>, Rational> table = new HashMap<>();
      for (Map.Entry<String, Object> row : raw.entrySet()) {
        List<Rational> key = new ArrayList<>();
        for (String part : row.getKey().split(",")) {
          key.add(grade(settings, grades, row.getKey(), part.trim()));
        }
        if (!ordered) {
          key.sort(null);
        }
        Rational out = grade(settings, grades, row.getKey(), row.getValue());
        if (table.put(List.copyOf(key), out) != null) {
          throw settings.invalid("table", "row '" + row.getKey() + "' is given twice");
        }
      }
      Map<Rational, String> labels = new HashMap<>();
      grades.forEach((label, value) -> labels.putIfAbsent(value, label));
      return new AggregationRule() {
        @Override
        public Rational aggregate(AggregationInputs in) {
          Rational[] v = values(in);
          if (!ordered) {
            Arrays.sort(v);
          }
          Rational out = table.get(Arrays.asList(v));
          if (out != null) {
            return out;
          }
          if (single && v.length == 1) {
            return v[0];
          }
          StringBuilder key = new StringBuilder();
          for (Rational r : v) {
            key.append(key.length() == 0 ? "" : ",").append(labels.getOrDefault(r, r.toString()));
          }
          throw new ScoringException(
              "rule 'lookup-table' has no row for inputs '"
                  + key
                  + "' at node '"
                  + in.nodeId()
                  + "' (add the row to the table, or check the scale: the table covers "
                  + table.keySet().stream()
                      .mapToInt(List::size)
                      .distinct()
                      .sorted()
                      .boxed()
                      .toList()
                  + " inputs)",
              "lookup-table",
              in.nodeId(),
              null);
        }
      };
    }

    private static Rational grade(
        RuleSettings settings, Map<String, Rational> grades, String row, Object value) {
      if (value instanceof String && grades.containsKey(value)) {
        return grades.get(value);
      }
      try {
        return settings.toNumber("table/" + row, value);
      } catch (RuntimeException e) {
        throw settings.invalid(
            "table",
            "row '" + row + "': '" + value + "' is neither a number nor a grade in "
                + grades.keySet());
      }
    }
  }

  static Rational sum(AggregationInputs in) {
    return in.sum();
  }

  static Rational[] values(AggregationInputs in) {
    Rational[] v = new Rational[in.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = in.value(i);
    }
    return v;
  }

  static Map<String, Rational> ordered(String k1, Rational v1, String k2, Rational v2) {
    Map<String, Rational> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }
}
