package org.alignkit.cli;

import java.util.Locale;
import org.alignkit.analysis.RoundMismatchException;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;

/**
 * The reasons of a {@link RoundMismatchException} about a baseline and a current round as the
 * command line prints them: the library's English sentences, or the same said in French from the
 * inputs, one a line under a heading.
 */
final class Mismatches {
  private Mismatches() {}

  /** A baseline and a current round that are not one series. */
  static String progression(
      String heading,
      RoundMismatchException e,
      Framework baselineFramework,
      Exercise baseline,
      Framework currentFramework,
      Exercise current,
      Locale locale) {
    CliMessages msg = CliMessages.of(locale);
    StringBuilder sb = new StringBuilder(heading);
    for (int i = 0; i < e.kinds().size(); i++) {
      sb.append("\n  ");
      if (!msg.french()) {
        sb.append(e.reasons().get(i));
        continue;
      }
      switch (e.kinds().get(i)) {
        case FRAMEWORK:
          sb.append(msg.get(
              "mismatch.progress.FRAMEWORK", baselineFramework.label(), currentFramework.label()));
          break;
        case COUNTRY:
          sb.append(msg.get("mismatch.progress.COUNTRY", baseline.country(), current.country()));
          break;
        case UNIT:
          sb.append(msg.get("mismatch.progress.UNIT", unit(baseline, msg), unit(current, msg)));
          break;
        default:
          sb.append(msg.get(
              "mismatch.progress.ORDER",
              baseline.round().id(),
              baseline.round().date(),
              current.round().id(),
              current.round().date()));
      }
    }
    return sb.toString();
  }

  private static String unit(Exercise e, CliMessages msg) {
    return e.subnationalUnit().map(u -> u.code()).orElse(msg.get("mismatch.national"));
  }
}
