package org.alignkit.scoring.spi;

import java.util.AbstractList;
import java.util.List;
import org.alignkit.scoring.Rational;
import org.apiguardian.api.API;

/**
 * The inputs of one aggregation: the values of a node's children that take part (after
 * not-applicable children were dropped and the missing-data rule was applied), in the framework's
 * order, with their weights. Never empty.
 *
 * <p>Only valid during the call it is given to: the engine reuses it, so rules must not keep it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface AggregationInputs {
  /** The id of the node being scored. */
  String nodeId();

  /** The number of inputs, at least 1. */
  int size();

  /** The value of input {@code i}: an indicator's level, or a child node's score. */
  Rational value(int i);

  /** The weight of input {@code i}: the child's weight in the framework, 1 when it has none. */
  Rational weight(int i);

  /** The id of input {@code i}: an indicator, component or domain id. */
  String id(int i);

  /** The lowest level of the scale. */
  int scaleMin();

  /** The highest level of the scale. */
  int scaleMax();

  /** The values as a list, in input order: a view, valid only during the call, like the inputs. */
  default List<Rational> values() {
    return new AbstractList<>() {
      @Override
      public Rational get(int i) {
        return value(i);
      }

      @Override
      public int size() {
        return AggregationInputs.this.size();
      }
    };
  }

  /** The exact sum of the values ({@link Rational#sum}). */
  default Rational sum() {
    return Rational.sum(values());
  }

  /** The exact arithmetic mean of the values, weights ignored ({@link Rational#mean}). */
  default Rational mean() {
    return Rational.mean(values());
  }
}
