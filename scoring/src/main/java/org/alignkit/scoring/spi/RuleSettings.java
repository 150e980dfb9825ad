package org.alignkit.scoring.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.alignkit.scoring.Rational;
import org.apiguardian.api.API;

/**
 * The parameters a rule set gives one rule, with typed, validated access. Values are plain data as a
 * file reader builds them: strings, numbers, booleans, lists and maps.
 *
 * <p>Made by the engine from the rule set; checks on creation that every given parameter is declared
 * by the provider and every required one is given. The accessors check types and throw {@link
 * RuleParameterException} naming the rule and the parameter.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RuleSettings {
  private final String ruleId;
  private final String context;
  private final Map<String, Object> values;
  private final Map<String, ParameterSpec> specs;
  private final int scaleMin;
  private final int scaleMax;

  private RuleSettings(
      String ruleId,
      String context,
      Map<String, Object> values,
      Map<String, ParameterSpec> specs,
      int scaleMin,
      int scaleMax) {
    this.ruleId = ruleId;
    this.context = context;
    this.values = values;
    this.specs = specs;
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
  }

  /**
   * Settings for a rule, checked against its declared parameters.
   *
   * @param ruleId the rule's id
   * @param context where the rule is used, for messages, e.g. {@code "components of rule set default"}
   * @param parameters the parameters as given in the rule set
   * @param declared the parameters the provider declares
   * @param scaleMin the scale's lowest level
   * @param scaleMax the scale's highest level
   * @throws RuleParameterException if a parameter is unknown or a required one is missing
   */
  public static RuleSettings of(
      String ruleId,
      String context,
      Map<String, ?> parameters,
      List<ParameterSpec> declared,
      int scaleMin,
      int scaleMax) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(context, "context");
    Map<String, ParameterSpec> specs = new LinkedHashMap<>();
    declared.forEach(s -> specs.put(s.name(), s));
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : parameters.entrySet()) {
      if (!specs.containsKey(e.getKey())) {
        throw new RuleParameterException(
            ruleId,
            e.getKey(),
            context
                + ": rule '"
                + ruleId
                + "' has no parameter '"
                + e.getKey()
                + "' (known: "
                + (specs.isEmpty() ? "none" : String.join(", ", new TreeSet<>(specs.keySet())))
                + ")");
      }
      if (e.getValue() == null) {
        throw new RuleParameterException(
            ruleId,
            e.getKey(),
            context + ": parameter '" + e.getKey() + "' of rule '" + ruleId + "' is null");
      }
      values.put(e.getKey(), e.getValue());
    }
    for (ParameterSpec s : specs.values()) {
      if (!values.containsKey(s.name())) {
        if (s.required()) {
          throw new RuleParameterException(
              ruleId,
              s.name(),
              context
                  + ": rule '"
                  + ruleId
                  + "' needs parameter '"
                  + s.name()
                  + "' ("
                  + s.type().name().toLowerCase(java.util.Locale.ROOT)
                  + ": "
                  + s.description()
                  + ")");
        }
        s.defaultValue().ifPresent(d -> values.put(s.name(), d));
      }
    }
    return new RuleSettings(
        ruleId, context, Collections.unmodifiableMap(values), specs, scaleMin, scaleMax);
  }

  /** The id of the rule these settings are for. */
  public String ruleId() {
    return ruleId;
  }

  /** Where the rule is used, for messages. */
  public String context() {
    return context;
  }

  /** The lowest level of the framework's scale. */
  public int scaleMin() {
    return scaleMin;
  }

  /** The highest level of the framework's scale. */
  public int scaleMax() {
    return scaleMax;
  }

  /** The parameters, defaults included, as given. */
  public Map<String, Object> values() {
    return values;
  }

  /** Whether a parameter has a value (given or by default). */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** A required-or-defaulted integer parameter. */
  public int integer(String name) {
    Object v = require(name);
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return Math.toIntExact(((Number) v).longValue());
    }
    if (v instanceof BigInteger && ((BigInteger) v).bitLength() < 32) {
      return ((BigInteger) v).intValue();
    }
    throw wrongType(name, "an integer", v);
  }

  /** A required-or-defaulted number parameter, exact. */
  public Rational number(String name) {
    return toNumber(name, require(name));
  }

  /** An optional number parameter. */
  public Optional<Rational> optionalNumber(String name) {
    return has(name) ? Optional.of(number(name)) : Optional.empty();
  }

  /** A required-or-defaulted boolean parameter. */
  public boolean bool(String name) {
    Object v = require(name);
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    throw wrongType(name, "true or false", v);
  }

  /** A required-or-defaulted string parameter. */
  public String string(String name) {
    Object v = require(name);
    if (v instanceof String) {
      return (String) v;
    }
    throw wrongType(name, "a string", v);
  }

  /** A required-or-defaulted list of numbers. */
  public List<Rational> numberList(String name) {
    Object v = require(name);
    if (!(v instanceof List)) {
      throw wrongType(name, "a list of numbers", v);
    }
    List<Rational> out = new ArrayList<>();
    for (Object o : (List<?>) v) {
      out.add(toNumber(name, o));
    }
    return List.copyOf(out);
  }

  /** A map from string keys to numbers; empty when an optional parameter is not given. */
  public Map<String, Rational> numberMap(String name) {
    if (!has(name)) {
      return Map.of();
    }
    Map<String, Rational> out = new LinkedHashMap<>();
    map(name).forEach((k, o) -> out.put(k, toNumber(name + "/" + k, o)));
    return Collections.unmodifiableMap(out);
  }

  /** A map from string keys to plain values; empty when an optional parameter is not given. */
  public Map<String, Object> map(String name) {
    if (!has(name)) {
      return Map.of();
    }
    Object v = values.get(name);
    if (!(v instanceof Map)) {
      throw wrongType(name, "a map", v);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    ((Map<?, ?>) v).forEach((k, o) -> out.put(String.valueOf(k), o));
    return Collections.unmodifiableMap(out);
  }

  /**
   * An exception saying a parameter is bad, for providers' own checks.
   *
   * @param name the parameter
   * @param problem what is wrong and how to fix it
   */
  public RuleParameterException invalid(String name, String problem) {
    return new RuleParameterException(
        ruleId, name, context + ": parameter '" + name + "' of rule '" + ruleId + "': " + problem);
  }

  /** Reads a plain value (integer, decimal, or a string such as {@code "5/2"} or {@code "2.5"}). */
  public Rational toNumber(String name, Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return Rational.of(((Number) v).longValue());
    }
    if (v instanceof BigInteger) {
      return Rational.of((BigInteger) v, BigInteger.ONE);
    }
    if (v instanceof BigDecimal) {
      return Rational.of((BigDecimal) v);
    }
    if (v instanceof Rational) {
      return (Rational) v;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isFinite(d)) {
        // The decimal the user wrote, not the binary double: 0.1 is 1/10.
        return Rational.of(new BigDecimal(Double.toString(d)));
      }
    }
    if (v instanceof String) {
      try {
        return Rational.parse((String) v);
      } catch (NumberFormatException | ArithmeticException e) {
        throw wrongType(name, "a number", v);
      }
    }
    throw wrongType(name, "a number", v);
  }

  private Object require(String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new RuleParameterException(
          ruleId, name, context + ": rule '" + ruleId + "' needs parameter '" + name + "'");
    }
    return v;
  }

  private RuleParameterException wrongType(String name, String expected, Object v) {
    return invalid(name, "expected " + expected + ", got " + describe(v));
  }

  private static String describe(Object v) {
    if (v instanceof String) {
      return "\"" + v + "\"";
    }
    return v == null ? "nothing" : v + " (" + v.getClass().getSimpleName() + ")";
  }

  @Override
  public String toString() {
    return ruleId + values;
  }
}
