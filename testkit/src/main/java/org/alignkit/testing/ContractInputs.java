package org.alignkit.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.alignkit.scoring.Rational;
import org.alignkit.scoring.spi.AggregationInputs;

/**
 * The aggregation inputs that {@link ScoringRuleContract} generates: immutable, each input an id, a
 * value and a weight, with the ways the contract varies them (one value changed, all values set,
 * inputs shuffled). Unlike the engine's inputs, these may be kept; the contract never reuses them.
 */
final class ContractInputs implements AggregationInputs {
  /** The id of the node the contract's inputs belong to. */
  static final String NODE_ID = "contract-node";

  private final List<String> ids;
  private final List<Rational> values;
  private final List<Rational> weights;
  private final int scaleMin;
  private final int scaleMax;

  private ContractInputs(
      List<String> ids, List<Rational> values, List<Rational> weights, int scaleMin, int scaleMax) {
    if (values.isEmpty() || ids.size() != values.size() || weights.size() != values.size()) {
      throw new IllegalArgumentException(
          "aggregation inputs need at least one value, and as many ids and weights as values");
    }
    this.ids = List.copyOf(ids);
    this.values = List.copyOf(values);
    this.weights = List.copyOf(weights);
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
  }

  /** Inputs {@code I1, I2, ...} with these values and weights, on the scale {@code [min, max]}. */
  static ContractInputs of(
      List<Rational> values, List<Rational> weights, int scaleMin, int scaleMax) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ids.add("I" + (i + 1));
    }
    return new ContractInputs(ids, values, weights, scaleMin, scaleMax);
  }

  /** A copy of any inputs (an implementer's own {@link AggregationInputs} included). */
  static ContractInputs copyOf(AggregationInputs in) {
    requireNonNull(in, "inputs");
    if (in instanceof ContractInputs) {
      return (ContractInputs) in;
    }
    List<String> ids = new ArrayList<>();
    List<Rational> values = new ArrayList<>();
    List<Rational> weights = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      ids.add(in.id(i));
      values.add(in.value(i));
      weights.add(in.weight(i));
    }
    return new ContractInputs(ids, values, weights, in.scaleMin(), in.scaleMax());
  }

  /** These inputs with the value of input {@code i} replaced by {@code value}. */
  ContractInputs withValue(int i, Rational value) {
    List<Rational> v = new ArrayList<>(values);
    v.set(i, requireNonNull(value, "value"));
    return new ContractInputs(ids, v, weights, scaleMin, scaleMax);
  }

  /** These inputs, ids and weights kept, with every value replaced by {@code value}. */
  ContractInputs withAllValues(Rational value) {
    List<Rational> all = Collections.nCopies(values.size(), requireNonNull(value, "value"));
    return new ContractInputs(ids, all, weights, scaleMin, scaleMax);
  }

  /** These inputs in another order; each input keeps its id, value and weight. */
  ContractInputs shuffled(Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    List<String> i2 = new ArrayList<>();
    List<Rational> v2 = new ArrayList<>();
    List<Rational> w2 = new ArrayList<>();
    for (int i : order) {
      i2.add(ids.get(i));
      v2.add(values.get(i));
      w2.add(weights.get(i));
    }
    return new ContractInputs(i2, v2, w2, scaleMin, scaleMax);
  }

  /** The smallest value. */
  Rational minValue() {
    return Collections.min(values);
  }

  /** The largest value. */
  Rational maxValue() {
    return Collections.max(values);
  }

  @Override
  public String nodeId() {
    return NODE_ID;
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public Rational value(int i) {
    return values.get(i);
  }

  @Override
  public Rational weight(int i) {
    return weights.get(i);
  }

  @Override
  public String id(int i) {
    return ids.get(i);
  }

  @Override
  public int scaleMin() {
    return scaleMin;
  }

  @Override
  public int scaleMax() {
    return scaleMax;
  }

  /** For failure reports: {@code [I1=5/2 (weight 1), I2=3 (weight 2)] on 1..5}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      s.append(i == 0 ? "" : ", ")
          .append(ids.get(i))
          .append('=')
          .append(values.get(i))
          .append(" (weight ")
          .append(weights.get(i))
          .append(')');
    }
    return s.append("] on ").append(scaleMin).append("..").append(scaleMax).toString();
  }
}
