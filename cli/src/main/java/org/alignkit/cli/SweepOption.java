package org.alignkit.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.alignkit.scoring.RuleSet;
import org.alignkit.scoring.RuleSetVariants;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --sweep} option, a picocli mixin: one rule set with a rule's parameter swept over
 * values, e.g. {@code --sweep minimum-coverage.share=0.3..0.8/0.1} or {@code
 * --sweep minimum-coverage.share=0.3,0.5,0.8}, to compare the variants with the rule sets given.
 */
final class SweepOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--sweep",
      paramLabel = "RULE.PARAM=VALUES",
      description = "Compare variants of the first rule set with a rule's parameter swept: values"
          + " as a list (a,b,c) or a range (from..to/step).")
  String sweep;

  /** Whether a sweep was asked for. */
  boolean given() {
    return sweep != null;
  }

  /** The variants of {@code base}, or none without {@code --sweep}. */
  List<RuleSet> variants(RuleSet base) {
    if (sweep == null) {
      return List.of();
    }
    int eq = sweep.indexOf('=');
    int dot = eq < 0 ? -1 : sweep.lastIndexOf('.', eq);
    if (eq < 0 || dot <= 0 || dot == eq - 1 || eq == sweep.length() - 1) {
      throw invalid("give RULE.PARAM=VALUES, e.g. minimum-coverage.share=0.3..0.8/0.1");
    }
    String rule = sweep.substring(0, dot);
    String parameter = sweep.substring(dot + 1, eq);
    List<Object> values = values(sweep.substring(eq + 1));
    try {
      return RuleSetVariants.sweep(base, rule, parameter, values);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  private List<Object> values(String text) {
    List<Object> out = new ArrayList<>();
    if (text.contains("..")) {
      String[] range = text.split("\\.\\.|/");
      if (range.length != 3) {
        throw invalid("a range is from..to/step, e.g. 0.3..0.8/0.1");
      }
      BigDecimal from = number(range[0]);
      BigDecimal to = number(range[1]);
      BigDecimal step = number(range[2]);
      if (step.signum() <= 0 || from.compareTo(to) > 0) {
        throw invalid("a range needs from <= to and a positive step, got " + text);
      }
      for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
        out.add(v);
        if (out.size() > 1000) {
          throw invalid("the range " + text + " has more than 1000 values");
        }
      }
      return out;
    }
    for (String v : text.split(",")) {
      String s = v.trim();
      if (s.equals("true") || s.equals("false")) {
        out.add(Boolean.valueOf(s));
      } else {
        try {
          out.add(new BigDecimal(s));
        } catch (NumberFormatException e) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private BigDecimal number(String s) {
    try {
      return new BigDecimal(s.trim());
    } catch (NumberFormatException e) {
      throw invalid("'" + s + "' is not a number");
    }
  }

  private ParameterException invalid(String why) {
    return new ParameterException(
        mixee.commandLine(), "Invalid value for option '--sweep': " + why);
  }
}
