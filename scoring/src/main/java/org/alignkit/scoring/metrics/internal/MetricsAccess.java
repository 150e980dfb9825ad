package org.alignkit.scoring.metrics.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.alignkit.scoring.metrics.ReliabilityData;

/**
 * Access to {@link ReliabilityData} for the module's own analyses: data over a levels array that is
 * kept rather than copied, and the ranges of one data set (the domains of a framework) tallied once
 * each, the whole's tally being their sum. {@link ReliabilityData} installs the one implementation
 * when its class initialises (the JDK's "shared secrets" pattern, as {@code org.alignkit.scoring.internal.CardAccess}); this
 * package is not exported.
 */
public abstract class MetricsAccess {
  private static volatile MetricsAccess instance;

  /** Installs the implementation; called once by {@link ReliabilityData}. */
  public static void install(MetricsAccess access) {
    instance = requireNonNull(access, "access");
  }

  /** The implementation. */
  public static MetricsAccess get() {
    MetricsAccess a = instance;
    if (a == null) {
      try {
        Class.forName(ReliabilityData.class.getName(), true, ReliabilityData.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      a = instance;
    }
    return a;
  }

  /**
   * Reliability data over integer levels given row by row ({@code [u × coders + c]}), {@code
   * missing} where a coder gave none, with the coders' names. The array is kept, not copied: the
   * caller must never modify it.
   */
  public abstract ReliabilityData ofLevels(
      int units, int coders, int[] levels, int missing, List<String> coderNames);

  /**
   * The ranges {@code [starts[i], starts[i + 1])} of data made by {@link #ofLevels}, which must
   * cover every unit ({@code starts[0] == 0}, the last entry the unit count). Each range is tallied
   * once and the whole's tally is their sum, so that alpha and distances of the whole and of every
   * range cost one pass over the levels.
   */
  public abstract ReliabilityData[] partition(ReliabilityData data, int[] starts);
}
