package org.alignkit.scoring.spi;

import org.apiguardian.api.API;

/** The type of a rule parameter, as it is written in a rule-set file. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ParameterType {
  /** A whole number, e.g. {@code 4}. */
  INTEGER,
  /** A number, written as an integer, a decimal ({@code 2.5}) or a fraction string ({@code "5/2"}). */
  NUMBER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A string. */
  STRING,
  /** A list of numbers, e.g. {@code [1.5, 2.5, 3.5, 4.5]}. */
  NUMBER_LIST,
  /** A map from string keys to numbers, e.g. {@code {OB-1: 2, OB-2: 1}}. */
  NUMBER_MAP,
  /** A map from string keys to strings or numbers, e.g. a lookup table. */
  MAP
}
