package org.alignkit.report.internal;

import java.util.ArrayList;
import java.util.List;

/** Breaks chart labels into short lines. */
final class Wrap {
  private Wrap() {}

  /**
   * Words of {@code text} on lines of at most {@code width} characters (a longer word gets a line of
   * its own, cut with an ellipsis), at most {@code maxLines} lines, the last ending in an ellipsis
   * when text was left out.
   */
  static List<String> lines(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.trim().split("\\s+");
    int i = 0;
    for (; i < words.length; i++) {
      String w = words[i].length() > width ? words[i].substring(0, width - 1) + "…" : words[i];
      if (line.length() > 0 && line.length() + 1 + w.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
        if (lines.size() == maxLines) {
          break;
        }
      }
      line.append(line.length() > 0 ? " " : "").append(w);
    }
    if (lines.size() < maxLines && line.length() > 0) {
      lines.add(line.toString());
      i = words.length;
    }
    if (i < words.length) {
      String last = lines.get(lines.size() - 1);
      lines.set(
          lines.size() - 1, (last.length() >= width ? last.substring(0, width - 1) : last) + "…");
    }
    return lines;
  }
}
