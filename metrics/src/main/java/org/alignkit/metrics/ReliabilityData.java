package org.alignkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkPositionIndexes;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Reliability data in Krippendorff's sense: a units × coders matrix of numeric values in which any
 * cell may be missing.
 *
 * <p>Rows are units (in AlignKit: indicators), columns are coders (in AlignKit: stakeholder
 * groups). A missing value is one the coder did not give (not applicable, no information, not
 * asked). Values must be finite. Unit ids and coder names are optional labels; when absent, units
 * and coders are known by their index.
 *
 * <p>Instances are immutable and thread-safe: every factory copies the arrays it is given, and
 * {@link #toArray()} returns a copy. Integer data on a small span keep, once made, the one-pass
 * tally that {@link KrippendorffAlpha} reads (a {@link #unitRange} makes its own); data made {@link
 * #ofLevels of levels} keep them as integers.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReliabilityData {
  private final int units;
  private final int coders;
  /**
   * Row-major, {@code units × coders} from {@link #offset}; {@code NaN} for missing. Null until
   * first needed for data made of integer {@link #levels}.
   */
  private volatile double[] cells;

  /**
   * Integer levels, row-major from {@link #offset}, {@link #missing} where there is none; null for
   * data made of doubles. Never modified.
   */
  private final int[] levels;

  /** The mark of a missing level in {@link #levels}. */
  private final int missing;

  /** The tally, once made; {@link #NO_TALLY} when the data are not integers on a small span. */
  private volatile Object tally;

  private static final Object NO_TALLY = new Object();

  /** Where unit 0 starts in {@link #cells}: a {@link #unitRange} shares its parent's array. */
  private final int offset;

  /** Empty when not given. */
  private final Optional<List<String>> unitIds;

  /** Empty when not given. */
  private final Optional<List<String>> coderNames;

  private ReliabilityData(
      int units,
      int coders,
      double[] cells,
      int offset,
      Optional<List<String>> unitIds,
      Optional<List<String>> coderNames) {
    this(units, coders, cells, null, 0, offset, unitIds, coderNames);
  }

  private ReliabilityData(
      int units,
      int coders,
      double[] cells,
      int[] levels,
      int missing,
      int offset,
      Optional<List<String>> unitIds,
      Optional<List<String>> coderNames) {
    this.units = units;
    this.coders = coders;
    this.cells = cells;
    this.levels = levels;
    this.missing = missing;
    this.offset = offset;
    this.unitIds = unitIds;
    this.coderNames = coderNames;
  }

  /** The same values and tally (shared), with other labels. */
  private ReliabilityData relabelled(
      Optional<List<String>> unitIds, Optional<List<String>> coderNames) {
    ReliabilityData copy =
        new ReliabilityData(units, coders, cells, levels, missing, offset, unitIds, coderNames);
    copy.tally = tally;
    return copy;
  }

  /**
   * Reliability data from a units × coders matrix in which {@link Double#NaN} marks a missing
   * value.
   *
   * @param unitsByCoders one row per unit, one column per coder; every row has the same length
   * @throws IllegalArgumentException if rows differ in length, or a value is infinite
   */
  public static ReliabilityData of(double[][] unitsByCoders) {
    requireNonNull(unitsByCoders, "unitsByCoders");
    int coders = unitsByCoders.length == 0 ? 0 : requireRow(unitsByCoders[0], 0).length;
    double[] cells = new double[Math.multiplyExact(unitsByCoders.length, coders)];
    for (int u = 0; u < unitsByCoders.length; u++) {
      double[] row = requireRow(unitsByCoders[u], u);
      if (row.length != coders) {
        throw new IllegalArgumentException(
            "unit " + u + " has " + row.length + " values, but unit 0 has " + coders
                + ": every unit needs one cell per coder (use NaN for missing)");
      }
      for (int c = 0; c < coders; c++) {
        double v = row[c];
        if (Double.isInfinite(v)) {
          throw new IllegalArgumentException(
              "unit " + u + ", coder " + c + ": value " + v + " is not finite");
        }
        cells[u * coders + c] = v + 0.0; // -0.0 becomes 0.0
      }
    }
    return new ReliabilityData(
        unitsByCoders.length, coders, cells, 0, Optional.empty(), Optional.empty());
  }

  /**
   * Reliability data from a units × coders matrix given row by row in one array: the value of unit
   * {@code u} and coder {@code c} at {@code u * coders + c}; {@link Double#NaN} marks a missing
   * value. The array is copied.
   *
   * @throws IllegalArgumentException if the array's length is not {@code units × coders}, or a value
   *     is infinite
   */
  public static ReliabilityData ofRowMajor(int units, int coders, double[] cells) {
    requireNonNull(cells, "cells");
    checkArgument(units >= 0 && coders >= 0, "negative size %s × %s", units, coders);
    if ((long) units * coders != cells.length) {
      throw new IllegalArgumentException(
          cells.length + " values given for " + units + " units × " + coders + " coders");
    }
    double[] copy = new double[cells.length];
    for (int i = 0; i < copy.length; i++) {
      double v = cells[i];
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException(
            "unit " + i / coders + ", coder " + i % coders + ": value " + v + " is not finite");
      }
      copy[i] = v + 0.0; // -0.0 becomes 0.0
    }
    return new ReliabilityData(units, coders, copy, 0, Optional.empty(), Optional.empty());
  }

  /**
   * Reliability data from integer levels given row by row in one array: the level of unit {@code
   * u} and coder {@code c} at {@code u * coders + c}, and {@code missing} wherever a coder gave no
   * level. The array is not kept.
   *
   * @throws IllegalArgumentException if the array's length is not {@code units × coders}
   */
  public static ReliabilityData ofLevels(int units, int coders, int[] levels, int missing) {
    requireNonNull(levels, "levels");
    checkArgument(units >= 0 && coders >= 0, "negative size %s × %s", units, coders);
    if ((long) units * coders != levels.length) {
      throw new IllegalArgumentException(
          levels.length + " levels given for " + units + " units × " + coders + " coders");
    }
    return new ReliabilityData(
        units, coders, null, levels.clone(), missing, 0, Optional.empty(), Optional.empty());
  }

  /**
   * Reliability data from a units × coders matrix of boxed numbers ({@code Integer[][]}, {@code
   * Double[][]}, ...) in which {@code null} marks a missing value.
   *
   * @param unitsByCoders one row per unit, one column per coder; every row has the same length
   * @throws IllegalArgumentException if rows differ in length, or a value is NaN or infinite
   */
  public static ReliabilityData ofNullable(Number[][] unitsByCoders) {
    requireNonNull(unitsByCoders, "unitsByCoders");
    double[][] copy = new double[unitsByCoders.length][];
    for (int u = 0; u < unitsByCoders.length; u++) {
      Number[] row = unitsByCoders[u];
      if (row == null) {
        throw new NullPointerException("unit " + u + " is null");
      }
      copy[u] = new double[row.length];
      for (int c = 0; c < row.length; c++) {
        if (row[c] == null) {
          copy[u][c] = Double.NaN;
        } else {
          double v = row[c].doubleValue();
          checkArgument(
              Double.isFinite(v),
              "unit %s, coder %s: value %s is not finite (use null for missing)",
              u,
              c,
              row[c]);
          copy[u][c] = v;
        }
      }
    }
    return of(copy);
  }

  private static double[] requireRow(double[] row, int u) {
    if (row == null) {
      throw new NullPointerException("unit " + u + " is null");
    }
    return row;
  }

  /**
   * The same data with unit ids (one per unit, in row order, distinct).
   *
   * @throws IllegalArgumentException if the count differs from {@link #unitCount()} or ids repeat
   */
  public ReliabilityData withUnitIds(List<String> ids) {
    ImmutableList<String> copy = ImmutableList.copyOf(ids);
    checkArgument(copy.size() == units, "%s unit ids given for %s units", copy.size(), units);
    checkArgument(copy.stream().distinct().count() == copy.size(), "unit ids repeat: %s", copy);
    return relabelled(Optional.of(copy), coderNames);
  }

  /**
   * The same data with coder names (one per coder, in column order, distinct).
   *
   * @throws IllegalArgumentException if the count differs from {@link #coderCount()} or names
   *     repeat
   */
  public ReliabilityData withCoderNames(List<String> names) {
    ImmutableList<String> copy = ImmutableList.copyOf(names);
    checkArgument(copy.size() == coders, "%s coder names given for %s coders", copy.size(), coders);
    checkArgument(distinct(copy), "coder names repeat: %s", copy);
    return relabelled(unitIds, Optional.of(copy));
  }

  /** Whether the names are distinct: pairwise for a few (the usual handful of groups), else by a set. */
  private static boolean distinct(ImmutableList<String> names) {
    int n = names.size();
    if (n > 16) {
      return ImmutableSet.copyOf(names).size() == n;
    }
    for (int i = 1; i < n; i++) {
      String a = names.get(i);
      for (int j = 0; j < i; j++) {
        if (a.equals(names.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The units {@code from} (inclusive) to {@code to} (exclusive), with their ids and the coder
   * names: for example the indicators of one domain. The range shares this data's values (nothing
   * is copied).
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code 0..unitCount()}
   */
  public ReliabilityData unitRange(int from, int to) {
    checkPositionIndexes(from, to, units);
    return new ReliabilityData(
        to - from,
        coders,
        cells,
        levels,
        missing,
        offset + from * coders,
        unitIds.map(ids -> ((ImmutableList<String>) ids).subList(from, to)),
        coderNames);
  }

  /** The number of units (rows). */
  public int unitCount() {
    return units;
  }

  /** The number of coders (columns). */
  public int coderCount() {
    return coders;
  }

  /**
   * The value coder {@code coder} gave unit {@code unit}, or {@link Double#NaN} if missing.
   *
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public double value(int unit, int coder) {
    int i = index(unit, coder);
    if (levels != null) {
      int level = levels[i];
      return level == missing ? Double.NaN : level;
    }
    return cells[i];
  }

  /**
   * Whether coder {@code coder} gave no value to unit {@code unit}.
   *
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public boolean isMissing(int unit, int coder) {
    return Double.isNaN(value(unit, coder));
  }

  private int index(int unit, int coder) {
    java.util.Objects.checkIndex(unit, units);
    java.util.Objects.checkIndex(coder, coders);
    return offset + unit * coders + coder;
  }

  /** The unit ids in row order, if given. */
  public Optional<List<String>> unitIds() {
    return unitIds;
  }

  /** The coder names in column order, if given. */
  public Optional<List<String>> coderNames() {
    return coderNames;
  }

  /** A copy of the matrix, units × coders, with {@link Double#NaN} for missing values. */
  public double[][] toArray() {
    double[][] out = new double[units][];
    double[] cells = cells();
    for (int u = 0; u < units; u++) {
      out[u] = Arrays.copyOfRange(cells, offset + u * coders, offset + (u + 1) * coders);
    }
    return out;
  }

  /**
   * Package access without copying, for the metrics in this package: the values start at {@link
   * #offset()}. Never modify.
   */
  double[] cells() {
    double[] c = cells;
    if (c == null) {
      // Data made of levels: the doubles are made once, when a computation reads cells.
      c = new double[levels.length];
      for (int i = 0; i < c.length; i++) {
        int level = levels[i];
        c[i] = level == missing ? Double.NaN : level;
      }
      cells = c;
    }
    return c;
  }

  /**
   * The tally of integer data on a small span ({@link LevelTally#fits}), made on first use (for
   * alpha) and kept; null for other data.
   */
  LevelTally tally() {
    Object t = tally;
    if (t == null) {
      LevelTally made = makeTally();
      t = made == null ? NO_TALLY : made;
      tally = t;
    }
    return t == NO_TALLY ? null : (LevelTally) t;
  }

  /** The lowest and highest level of data made of levels; {0, 0} when every level is missing. */
  private long[] levelRange() {
    int end = offset + units * coders;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = offset; i < end; i++) {
      int level = levels[i];
      if (level != missing) {
        min = Math.min(min, level);
        max = Math.max(max, level);
      }
    }
    return min > max ? new long[] {0, 0} : new long[] {min, max};
  }

  private LevelTally makeTally() {
    long min;
    long max;
    if (levels != null) {
      long[] range = levelRange();
      min = range[0];
      max = range[1];
    } else {
      int end = offset + units * coders;
      min = Long.MAX_VALUE;
      max = Long.MIN_VALUE;
      double[] c = cells;
      for (int i = offset; i < end; i++) {
        double v = c[i];
        if (v == v) { // not NaN
          if (v != Math.rint(v) || Math.abs(v) >= 0x1p52) {
            return null;
          }
          min = Math.min(min, (long) v);
          max = Math.max(max, (long) v);
        }
      }
      if (min > max) {
        min = 0;
        max = 0; // no value at all: an empty tally
      }
    }
    long span = max - min + 1;
    if (!LevelTally.fits(coders, span)) {
      return null;
    }
    return levels != null
        ? LevelTally.ofLevels(levels, offset, units, coders, missing, min, (int) span)
        : LevelTally.ofCells(cells, offset, units, coders, min, (int) span);
  }

  /** Where unit 0 starts in {@link #cells()}. */
  int offset() {
    return offset;
  }

  /** Equal when the matrices (missing cells included), unit ids and coder names are equal. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReliabilityData)) {
      return false;
    }
    ReliabilityData that = (ReliabilityData) o;
    return units == that.units
        && coders == that.coders
        && Arrays.equals(
            cells(),
            offset,
            offset + units * coders,
            that.cells(),
            that.offset,
            that.offset + units * coders)
        && unitIds.equals(that.unitIds)
        && coderNames.equals(that.coderNames);
  }

  @Override
  public int hashCode() {
    int cellsHash = 1;
    double[] cells = cells();
    for (int i = offset; i < offset + units * coders; i++) {
      cellsHash = 31 * cellsHash + Double.hashCode(cells[i]);
    }
    return java.util.Objects.hash(units, coders, cellsHash, unitIds, coderNames);
  }

  /** A short description: the size and the number of missing cells. */
  @Override
  public String toString() {
    long missing = Arrays.stream(cells(), offset, offset + units * coders)
        .filter(Double::isNaN)
        .count();
    return "ReliabilityData{units=" + units + ", coders=" + coders + ", missing=" + missing + "}";
  }
}
