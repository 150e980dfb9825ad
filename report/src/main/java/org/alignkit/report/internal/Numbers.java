package org.alignkit.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the report prints numbers for people: scores and distances with two decimals, alpha with
 * three, rounded half-even, with the language's decimal separator ({@code 2.67}, {@code 2,67}).
 * Machine outputs and {@code data-value} attributes carry the unrounded value.
 */
public final class Numbers {
  private Numbers() {}

  /** A score for display. */
  public static String score(BigDecimal v, Locale locale) {
    return fixed(v, 2, locale);
  }

  /** A change for display, always signed: {@code +0.40}, {@code −0.25}, {@code 0.00}. */
  public static String change(BigDecimal v, Locale locale) {
    String s = fixed(v.abs(), 2, locale);
    int sign = v.setScale(2, RoundingMode.HALF_EVEN).signum();
    return sign > 0 ? "+" + s : sign < 0 ? "\u2212" + s : s;
  }

  /** A count of levels for display: no decimals when whole ({@code 3}), else two ({@code 2,50}). */
  public static String levels(BigDecimal v, Locale locale) {
    return fixed(v, v.stripTrailingZeros().scale() <= 0 ? 0 : 2, locale);
  }

  /** A double with the given decimals for display. */
  public static String decimal(double v, int decimals, Locale locale) {
    return fixed(BigDecimal.valueOf(v), decimals, locale);
  }

  /** A number with exactly {@code decimals} decimals. */
  public static String fixed(BigDecimal v, int decimals, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    f.setGroupingUsed(false);
    // Format the rounded BigDecimal itself so that no binary rounding slips in.
    return f.format(v.setScale(decimals, RoundingMode.HALF_EVEN));
  }

  /** The exact value for machines: plain notation, no exponent. */
  public static String plain(BigDecimal v) {
    return v.toPlainString();
  }
}
