package org.alignkit.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Colours of the report. Levels use a sequential palette, ColorBrewer's YlGnBu (Cynthia Brewer,
 * colorbrewer2.org; marked colour-blind safe), interpolated for any number of levels: light for
 * level 1, dark blue for the top level. Groups use the Okabe–Ito palette (Okabe and Ito, "Color
 * Universal Design", 2008), whose colours stay distinct for the common colour-vision deficiencies;
 * charts also give each group its own dash pattern and marker so colour is never the only cue.
 */
public final class Palette {
  private static final int[][] YLGNBU = {
    {0xff, 0xff, 0xd9}, {0xed, 0xf8, 0xb1}, {0xc7, 0xe9, 0xb4}, {0x7f, 0xcd, 0xbb},
    {0x41, 0xb6, 0xc4}, {0x1d, 0x91, 0xc0}, {0x22, 0x5e, 0xa8}, {0x25, 0x34, 0x94},
    {0x08, 0x1d, 0x58}
  };

  private static final String[] OKABE_ITO = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000", "#F0E442"
  };

  private static final String[] DASHES = {
    "", "10 5", "3 4", "12 4 3 4", "6 6", "2 2", "14 6", "8 3 2 3"
  };

  private Palette() {}

  /** The background colours of levels {@code 1..n}, as {@code #rrggbb}. */
  public static List<String> levelColours(int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // Use the part of the ramp from the second to the last anchor: the first is too pale to see.
      double t = n == 1 ? 1.0 : (double) i / (n - 1);
      double pos = 1 + t * (YLGNBU.length - 2);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(lo + 1, YLGNBU.length - 1);
      double f = pos - lo;
      int[] c = new int[3];
      for (int k = 0; k < 3; k++) {
        c[k] = (int) Math.round(YLGNBU[lo][k] + f * (YLGNBU[hi][k] - YLGNBU[lo][k]));
      }
      out.add(hex(c));
    }
    return out;
  }

  /** Black or white, whichever contrasts more with a background {@code #rrggbb}. */
  public static String textOn(String background) {
    int[] c = rgb(background);
    double l = 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
    // WCAG contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05).
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
  }

  /** The colour of the i-th group. */
  public static String groupColour(int i) {
    return OKABE_ITO[i % OKABE_ITO.length];
  }

  /** The SVG dash pattern of the i-th group; empty for a solid line. */
  public static String groupDash(int i) {
    return DASHES[i % DASHES.length];
  }

  /** The WCAG relative luminance of a colour, for tests. */
  public static double luminance(String colour) {
    int[] c = rgb(colour);
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  }

  private static double lin(int v) {
    double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  private static int[] rgb(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
  }

  private static String hex(int[] c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
  }
}
