package org.alignkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alignkit.metrics.AlphaInterval;
import org.alignkit.metrics.IntervalMethod;
import org.alignkit.metrics.IntervalSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The interval options of the commands that show Krippendorff's alpha ({@code agreement}, {@code
 * compare}, {@code report}), a picocli mixin: {@code --interval} (repeat it to compare methods),
 * {@code --resamples}, {@code --seed}, {@code --level} and {@code --minimum}. Without {@code
 * --interval} no interval is estimated.
 */
final class IntervalOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--interval",
      paramLabel = "METHOD",
      converter = MethodConverter.class,
      description = "An interval for alpha: pair-bootstrap (Hayes & Krippendorff's KALPHA),"
          + " unit-bootstrap (Efron & Tibshirani) or jackknife (Hughes 2022); repeat to compare.")
  List<IntervalMethod> methods = new ArrayList<>();

  @Option(
      names = "--resamples",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "1",
      description = "Seed of the bootstrap's random numbers (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--level",
      paramLabel = "L",
      defaultValue = "0.95",
      description = "Confidence level (default: ${DEFAULT-VALUE}).")
  double level;

  @Option(
      names = "--minimum",
      paramLabel = "ALPHA",
      description =
          "A minimum alpha whose shortfall probability to show; repeat (default: 0.667, 0.8).")
  List<Double> minimums = new ArrayList<>();

  /** The specs asked for, one per method, in order; empty without {@code --interval}. */
  List<IntervalSpec> resolve() {
    List<IntervalSpec> specs = new ArrayList<>();
    for (IntervalMethod m : methods) {
      try {
        IntervalSpec.Builder b =
            IntervalSpec.builder().method(m).resamples(resamples).seed(seed).level(level);
        if (!minimums.isEmpty()) {
          b.minimums(minimums);
        }
        specs.add(b.build());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(mixee.commandLine(), "Invalid interval: " + e.getMessage());
      }
    }
    return specs;
  }

  /** One line of text: the limits, the standard error, how they were made, and q. */
  static String text(AlphaInterval i) {
    String how = how(i);
    if (!i.isDefined()) {
      return how + ": undefined (" + i.undefinedReason().orElse("") + ")";
    }
    StringBuilder s = new StringBuilder(String.format(
        Locale.ROOT,
        "%s [%.4f, %.4f], SE %.4f (%s)",
        percent(i.level()) + " interval",
        i.lower(),
        i.upper(),
        i.standardError(),
        how));
    for (Map.Entry<Double, Double> q : i.probabilityBelow().entrySet()) {
      s.append(
          String.format(Locale.ROOT, "; P(alpha < %s) = %.4f", number(q.getKey()), q.getValue()));
    }
    if (i.undefinedResamples() > 0) {
      s.append("; ").append(i.undefinedResamples()).append(" resamples without variation left out");
    }
    return s.toString();
  }

  /** The method, resamples and seed, as the line shows them. */
  static String how(AlphaInterval i) {
    if (i.method() == IntervalMethod.JACKKNIFE) {
      return "jackknife, " + i.resamples() + " units left out in turn";
    }
    return i.method().id() + ", " + i.resamples() + " resamples, seed "
        + i.seed().orElseThrow();
  }

  private static String percent(double level) {
    return java.math.BigDecimal.valueOf(level)
            .movePointRight(2)
            .stripTrailingZeros()
            .toPlainString()
        + " %";
  }

  private static String number(double x) {
    return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }

  /** The interval as JSON: method, level, limits, standard error, resamples, seed and q. */
  static ObjectNode json(ObjectNode o, AlphaInterval i) {
    o.put("method", i.method().id());
    o.put("level", i.level());
    if (i.isDefined()) {
      o.put("lower", i.lower());
      o.put("upper", i.upper());
      o.put("standardError", i.standardError());
    } else {
      o.putNull("lower");
      o.putNull("upper");
      o.putNull("standardError");
      o.put("undefinedReason", i.undefinedReason().orElse(""));
    }
    o.put("resamples", i.resamples());
    if (i.seed().isPresent()) {
      o.put("seed", i.seed().getAsLong());
    } else {
      o.putNull("seed");
    }
    o.put("undefinedResamples", i.undefinedResamples());
    ObjectNode q = o.putObject("probabilityBelow");
    i.probabilityBelow().forEach((min, p) -> q.put(number(min), p));
    return o;
  }

  /** Intervals as a JSON array. */
  static void json(ArrayNode out, List<AlphaInterval> intervals) {
    intervals.forEach(i -> json(out.addObject(), i));
  }

  /** Accepts method ids in any case. */
  static final class MethodConverter implements ITypeConverter<IntervalMethod> {
    @Override
    public IntervalMethod convert(String value) {
      try {
        return IntervalMethod.ofId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
