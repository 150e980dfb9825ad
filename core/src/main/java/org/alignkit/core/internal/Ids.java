package org.alignkit.core.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Id syntax and "did you mean" suggestions. */
public final class Ids {
  /** Ids: a letter or digit, then letters, digits, dots, dashes and underscores. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(4);

  private Ids() {}

  /** Whether {@code id} is a valid id. */
  public static boolean isValid(String id) {
    return ID.matcher(id).matches();
  }

  /**
   * The candidate closest to {@code id} (case-insensitive Levenshtein distance of at most 4, or a
   * candidate equal ignoring case and punctuation), if any.
   */
  public static Optional<String> closest(String id, Collection<String> candidates) {
    String needle = id.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(java.util.Locale.ROOT);
      int d = DISTANCE.apply(needle, c);
      if (d < 0) {
        continue;
      }
      if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null || bestDistance > Math.max(1, needle.length() / 2)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** {@code "did you mean X?"} for the closest candidate, if there is one. */
  public static Optional<String> didYouMean(String id, Collection<String> candidates) {
    return closest(id, candidates).map(c -> "did you mean " + c + "?");
  }
}
