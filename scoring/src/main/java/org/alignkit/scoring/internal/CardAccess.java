package org.alignkit.scoring.internal;

import static java.util.Objects.requireNonNull;

import org.alignkit.scoring.ScoreCard;
import org.alignkit.scoring.spi.Rational;

/**
 * Read access to a {@link ScoreCard}'s arrays for the module's own analyses (divergence reads the
 * levels and node scores of five cards per round without copying them or boxing each value). The
 * arrays returned are the card's own: callers must not modify them. {@link ScoreCard} installs the
 * one implementation when its class initialises (the JDK's "shared secrets" pattern); this package
 * is not exported.
 */
public abstract class CardAccess {
  private static volatile CardAccess instance;

  /** Installs the implementation; called once by {@link ScoreCard}. */
  public static void install(CardAccess access) {
    instance = requireNonNull(access, "access");
  }

  /** The implementation. */
  public static CardAccess get() {
    CardAccess a = instance;
    if (a == null) {
      // Initialising ScoreCard installs it.
      try {
        Class.forName(ScoreCard.class.getName(), true, ScoreCard.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      a = instance;
    }
    return a;
  }

  /** The level of each indicator in the framework's order; 0 where there is none. */
  public abstract int[] indicatorLevels(ScoreCard card);

  /**
   * The exact score of each node (null where there is none), in the card's order: the components,
   * then the domains, then the framework.
   */
  public abstract Rational[] nodeScores(ScoreCard card);
}
