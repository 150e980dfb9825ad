package org.alignkit.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Distances between coders: for each pair, the mean absolute difference of their values over the
 * units both rated, made by {@link Divergences#distanceMatrix(ReliabilityData)}.
 *
 * <p>Symmetric, 0 on the diagonal, {@link Double#NaN} for two coders who share no unit. When every
 * coder rated every unit the distances are an L1 metric scaled by 1/units and satisfy the
 * triangle inequality; with missing values they are averaged over different units and need not.
 * Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DistanceMatrix {
  private final int size;
  private final double[] distances;
  private final int[] shared;
  private final List<String> coderNames;

  DistanceMatrix(int size, double[] distances, int[] shared, List<String> coderNames) {
    this.size = size;
    this.distances = distances;
    this.shared = shared;
    this.coderNames = coderNames;
  }

  /** The number of coders (rows and columns). */
  public int size() {
    return size;
  }

  /**
   * The mean absolute difference between coders {@code a} and {@code b} over the units both rated;
   * 0 if {@code a == b}; NaN if they share no unit.
   *
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public double distance(int a, int b) {
    return distances[index(a, b)];
  }

  /**
   * The number of units both coders rated (for {@code a == b}, the units coder {@code a} rated).
   *
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public int sharedUnits(int a, int b) {
    return shared[index(a, b)];
  }

  /** The coder names of the data, if they were given. */
  public Optional<List<String>> coderNames() {
    return Optional.ofNullable(coderNames);
  }

  /** A copy of the distances as a square array. */
  public double[][] toArray() {
    double[][] out = new double[size][];
    for (int a = 0; a < size; a++) {
      out[a] = Arrays.copyOfRange(distances, a * size, (a + 1) * size);
    }
    return out;
  }

  private int index(int a, int b) {
    Objects.checkIndex(a, size);
    Objects.checkIndex(b, size);
    return a * size + b;
  }

  /** Equal when distances, shared counts and coder names are equal. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DistanceMatrix)) {
      return false;
    }
    DistanceMatrix that = (DistanceMatrix) o;
    return size == that.size
        && Arrays.equals(distances, that.distances)
        && Arrays.equals(shared, that.shared)
        && Objects.equals(coderNames, that.coderNames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, Arrays.hashCode(distances), Arrays.hashCode(shared), coderNames);
  }

  /** The distances, row by row. */
  @Override
  public String toString() {
    return "DistanceMatrix" + Arrays.deepToString(toArray());
  }
}
