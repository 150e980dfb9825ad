package org.alignkit.core.internal;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-3 country codes, from the JDK's own list. */
public final class Countries {
  private static final Set<String> ISO_ALPHA3 =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private Countries() {}

  /**
   * Whether a code is an ISO 3166-1 alpha-3 code, or one of the ranges the standard leaves to users
   * (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ), which fictional and test countries use.
   */
  public static boolean isValid(String code) {
    if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return false;
    }
    return ISO_ALPHA3.contains(code) || isUserAssigned(code);
  }

  /** Whether a three-letter code lies in a user-assigned range of ISO 3166-1. */
  public static boolean isUserAssigned(String code) {
    char a = code.charAt(0);
    char b = code.charAt(1);
    return (a == 'A' && b == 'A') || (a == 'Q' && b >= 'M') || a == 'X' || (a == 'Z' && b == 'Z');
  }
}
