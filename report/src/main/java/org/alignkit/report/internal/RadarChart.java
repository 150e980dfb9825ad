package org.alignkit.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The radar chart: one axis per component, one {@code <polygon>} per group (and no other polygon),
 * rings for the levels, a legend beside the chart.
 *
 * <p>A component without a score is a gap: the group's outline is broken at that axis (the
 * polygon keeps only the fill through the scored components, the outline is drawn as {@code
 * <polyline>} runs between scored neighbours), and the legend says "no score" for it. It is never
 * a point at the centre, which would read as a score of zero.
 *
 * <p>Axis labels are laid out so that no two overlap: each is wrapped, measured with a
 * conservative estimate of the glyph width, placed outside the rim, and pushed apart vertically
 * from its neighbours where boxes would intersect. The legend sits in its own column to the right.
 */
public final class RadarChart {
  /** One group's line. */
  public static final class Series {
    final String name;
    final String colour;
    final String dash;
    final int index;
    final List<Optional<BigDecimal>> values;

    /** A group's scores, one per axis. */
    public Series(String name, int index, List<Optional<BigDecimal>> values) {
      this.name = name;
      this.index = index;
      this.colour = Palette.groupColour(index);
      this.dash = Palette.groupDash(index);
      this.values = values;
    }
  }

  /** The words and number format of the chart's language. */
  public static final class Labels {
    final String title;
    final String desc;
    final String noScore;
    final Function<BigDecimal, String> number;

    /**
     * The chart's title and description, the words for "no score" (the legend says "no score:
     * Procurement systems") and the number format of tooltips.
     */
    public Labels(String title, String desc, String noScore, Function<BigDecimal, String> number) {
      this.title = title;
      this.desc = desc;
      this.noScore = noScore;
      this.number = number;
    }
  }

  static final double W = 1200;
  static final double CX = 470;
  static final double R = 230;
  /** Gap between the rim and a label. */
  static final double LABEL_GAP = 14;
  /** Axis labels: font size and line height in viewBox units (see the report's CSS). */
  static final double LABEL_FONT = 15;

  static final double LINE = 17.5;
  /**
   * A conservative average advance of a glyph of the label font, as a share of the font size: wider
   * than DejaVu Sans's average, so real text is never wider than its box.
   */
  static final double GLYPH = 0.62;

  static final int WRAP = 22;
  static final double LEGEND_X = 940;

  private RadarChart() {}

  /** A label's lines and box (x, y = top left), in viewBox units. */
  static final class Box {
    final List<String> lines;
    final String anchor;
    final double ax;
    double x;
    double y;
    final double w;
    final double h;

    Box(List<String> lines, String anchor, double ax, double x, double y, double w, double h) {
      this.lines = lines;
      this.anchor = anchor;
      this.ax = ax;
      this.x = x;
      this.y = y;
      this.w = w;
      this.h = h;
    }

    boolean intersects(Box o, double margin) {
      return x < o.x + o.w + margin
          && o.x < x + w + margin
          && y < o.y + o.h + margin
          && o.y < y + h + margin;
    }
  }

  /** The chart's SVG markup. */
  public static String render(List<String> axes, List<Series> series, int maxLevel, Labels l) {
    int k = axes.size();
    double cy = 0; // laid out around y = 0, then shifted by the viewBox
    List<Box> boxes = layout(axes, cy);
    double top = -R;
    double bottom = R;
    for (Box b : boxes) {
      top = Math.min(top, b.y);
      bottom = Math.max(bottom, b.y + b.h);
    }
    Svg legend = Svg.el("g").attr("class", "legend");
    double legendBottom = legend(legend, series, axes, l, top + 10);
    bottom = Math.max(bottom, legendBottom);
    double minY = top - 12;
    double h = bottom - minY + 12;
    Svg svg = Svg.el("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("class", "chart radar")
        .attr("id", "radar")
        .attr("viewBox", "0 " + Svg.num(minY) + " " + Svg.num(W) + " " + Svg.num(h))
        .attr("role", "img")
        .attr("aria-labelledby", "radar-title radar-desc");
    svg.add(Svg.el("title").attr("id", "radar-title").text(l.title));
    svg.add(Svg.el("desc").attr("id", "radar-desc").text(l.desc));
    Svg grid = Svg.el("g").attr("class", "grid");
    for (int level = 1; level <= maxLevel; level++) {
      double r = R * level / maxLevel;
      grid.add(Svg.el("circle")
          .attr("cx", CX)
          .attr("cy", cy)
          .attr("r", r)
          .attr("fill", "none")
          .attr("stroke", "#b8b8b8")
          .attr("stroke-width", 1.0));
      grid.add(Svg.el("text")
          .attr("x", CX + 4)
          .attr("y", cy - r - 3)
          .attr("class", "ring-label")
          .text(String.valueOf(level)));
    }
    for (int i = 0; i < k; i++) {
      double a = angle(i, k);
      grid.add(Svg.el("line")
          .attr("x1", CX)
          .attr("y1", cy)
          .attr("x2", CX + R * Math.cos(a))
          .attr("y2", cy + R * Math.sin(a))
          .attr("stroke", "#b8b8b8")
          .attr("stroke-width", 1.0));
    }
    for (int i = 0; i < k; i++) {
      grid.add(axisLabel(axes.get(i), boxes.get(i)));
    }
    svg.add(grid);
    Svg plots = Svg.el("g").attr("class", "series");
    for (Series s : series) {
      plots.add(group(s, axes, maxLevel, cy, l));
    }
    svg.add(plots);
    svg.add(legend);
    return svg.render();
  }

  private static Svg group(Series s, List<String> axes, int maxLevel, double cy, Labels l) {
    int k = axes.size();
    double[] xs = new double[k];
    double[] ys = new double[k];
    boolean[] has = new boolean[k];
    StringBuilder points = new StringBuilder();
    Svg markers = Svg.el("g").attr("class", "markers").attr("fill", s.colour);
    boolean complete = true;
    for (int i = 0; i < k; i++) {
      Optional<BigDecimal> value = s.values.get(i);
      if (value.isEmpty()) {
        complete = false;
        continue;
      }
      has[i] = true;
      double v = value.get().doubleValue();
      double r = R * Math.max(0, Math.min(v, maxLevel)) / maxLevel;
      xs[i] = CX + r * Math.cos(angle(i, k));
      ys[i] = cy + r * Math.sin(angle(i, k));
      points
          .append(points.length() > 0 ? " " : "")
          .append(Svg.num(xs[i]))
          .append(',')
          .append(Svg.num(ys[i]));
      markers.add(marker(s.index, xs[i], ys[i])
          .title(s.name + " · " + axes.get(i) + ": " + l.number.apply(value.get())));
    }
    Svg polygon = Svg.el("polygon")
        .attr("points", points.toString())
        .attr("data-group", s.name)
        .attr("fill", s.colour)
        .attr("fill-opacity", "0.10");
    Svg g = Svg.el("g").attr("class", complete ? "group" : "group has-gap");
    if (complete) {
      stroke(polygon, s);
      g.add(polygon.title(s.name));
    } else {
      polygon.attr("stroke", "none").attr("data-gaps", String.valueOf(gaps(has)));
      g.add(polygon.title(s.name + " · " + l.noScore + ": " + missing(axes, has)));
      for (List<Integer> run : runs(has)) {
        if (run.size() < 2) {
          continue;
        }
        StringBuilder p = new StringBuilder();
        for (int i : run) {
          p.append(p.length() > 0 ? " " : "")
              .append(Svg.num(xs[i]))
              .append(',')
              .append(Svg.num(ys[i]));
        }
        Svg line = Svg.el("polyline").attr("points", p.toString()).attr("fill", "none");
        g.add(stroke(line, s));
      }
    }
    return g.add(markers);
  }

  private static Svg stroke(Svg el, Series s) {
    el.attr("stroke", s.colour).attr("stroke-width", 3.0).attr("stroke-linejoin", "round");
    if (!s.dash.isEmpty()) {
      el.attr("stroke-dasharray", s.dash);
    }
    return el;
  }

  private static int gaps(boolean[] has) {
    int n = 0;
    for (boolean b : has) {
      n += b ? 0 : 1;
    }
    return n;
  }

  private static String missing(List<String> axes, boolean[] has) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < has.length; i++) {
      if (!has[i]) {
        out.add(axes.get(i));
      }
    }
    return String.join(", ", out);
  }

  /**
   * The runs of consecutive scored axes, going round the circle; a run that wraps past the last
   * axis continues with the first. Every scored axis is in exactly one run.
   */
  static List<List<Integer>> runs(boolean[] has) {
    int k = has.length;
    List<List<Integer>> runs = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < k; i++) {
      if (!has[i]) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i <= k; i++) {
        all.add(i % k);
      }
      runs.add(all);
      return runs;
    }
    List<Integer> run = new ArrayList<>();
    for (int step = 1; step <= k; step++) {
      int i = (start + step) % k;
      if (has[i]) {
        run.add(i);
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  static double angle(int i, int k) {
    return -Math.PI / 2 + 2 * Math.PI * i / k;
  }

  /** The estimated width of a line of label text, never less than the rendered width. */
  static double width(String line) {
    return line.codePointCount(0, line.length()) * LABEL_FONT * GLYPH;
  }

  /** The label boxes, one per axis, laid out so that none intersects another. */
  static List<Box> layout(List<String> axes, double cy) {
    int k = axes.size();
    List<Box> boxes = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      double a = angle(i, k);
      double cos = Math.cos(a);
      double sin = Math.sin(a);
      double x = CX + (R + LABEL_GAP) * cos;
      double y = cy + (R + LABEL_GAP) * sin;
      List<String> lines = Wrap.lines(axes.get(i), WRAP, 4);
      double w = 0;
      for (String line : lines) {
        w = Math.max(w, width(line));
      }
      double h = lines.size() * LINE;
      String anchor = cos > 0.12 ? "start" : cos < -0.12 ? "end" : "middle";
      double left = anchor.equals("start") ? x : anchor.equals("end") ? x - w : x - w / 2;
      double topY = sin < -0.3 ? y - h : sin > 0.3 ? y : y - h / 2;
      boxes.add(new Box(lines, anchor, x, left, topY, w, h));
    }
    // Push overlapping boxes apart vertically, the upper one up and the lower one down.
    for (int round = 0; round < 500; round++) {
      boolean moved = false;
      for (int i = 0; i < k; i++) {
        for (int j = i + 1; j < k; j++) {
          Box a = boxes.get(i);
          Box b = boxes.get(j);
          if (!a.intersects(b, 3)) {
            continue;
          }
          Box upper = a.y + a.h / 2 <= b.y + b.h / 2 ? a : b;
          Box lower = upper == a ? b : a;
          double overlap = upper.y + upper.h + 4 - lower.y;
          upper.y -= overlap / 2;
          lower.y += overlap / 2;
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }
    return boxes;
  }

  private static Svg axisLabel(String label, Box b) {
    Svg text = Svg.el("text").attr("class", "axis-label").attr("text-anchor", b.anchor);
    // The first baseline sits about 0.8 em below the box's top.
    double first = b.y + LABEL_FONT * 0.85;
    for (int i = 0; i < b.lines.size(); i++) {
      text.add(Svg.el("tspan").attr("x", b.ax).attr("y", first + i * LINE).text(b.lines.get(i)));
    }
    return text.title(label);
  }

  static Svg marker(int index, double x, double y) {
    switch (index % 4) {
      case 1:
        return Svg.el("rect")
            .attr("x", x - 4.5)
            .attr("y", y - 4.5)
            .attr("width", 9.0)
            .attr("height", 9.0);
      case 2:
        return Svg.el("path").attr("d", "M" + Svg.num(x) + " " + Svg.num(y - 6) + "l6 10h-12z");
      case 3:
        return Svg.el("path")
            .attr("d", "M" + Svg.num(x) + " " + Svg.num(y - 6) + "l6 6l-6 6l-6 -6z");
      default:
        return Svg.el("circle").attr("cx", x).attr("cy", y).attr("r", 5.0);
    }
  }

  /** Adds the legend from {@code top} down; returns its bottom. */
  private static double legend(
      Svg g, List<Series> series, List<String> axes, Labels l, double top) {
    double x = LEGEND_X;
    double y = top + 12;
    for (Series s : series) {
      Svg line = Svg.el("line")
          .attr("x1", x)
          .attr("y1", y)
          .attr("x2", x + 44)
          .attr("y2", y)
          .attr("stroke", s.colour)
          .attr("stroke-width", 3.0);
      if (!s.dash.isEmpty()) {
        line.attr("stroke-dasharray", s.dash);
      }
      g.add(line);
      g.add(marker(s.index, x + 22, y).attr("fill", s.colour));
      List<String> lines = Wrap.lines(s.name, 20, 3);
      Svg text = Svg.el("text").attr("class", "legend-label").attr("x", x + 54).attr("y", y + 5);
      for (int i = 0; i < lines.size(); i++) {
        text.add(Svg.el("tspan")
            .attr("x", x + 54)
            .attr("dy", i == 0 ? "0" : "1.15em")
            .text(lines.get(i)));
      }
      g.add(text.title(s.name));
      y += 18.4 * lines.size();
      List<String> gaps = new ArrayList<>();
      for (int i = 0; i < s.values.size(); i++) {
        if (s.values.get(i).isEmpty()) {
          gaps.add(axes.get(i));
        }
      }
      if (!gaps.isEmpty()) {
        String note = l.noScore + ": " + String.join(", ", gaps);
        List<String> noteLines = Wrap.lines(note, 24, 8);
        Svg t = Svg.el("text").attr("class", "legend-note").attr("x", x + 54).attr("y", y + 2);
        for (int i = 0; i < noteLines.size(); i++) {
          t.add(Svg.el("tspan")
              .attr("x", x + 54)
              .attr("dy", i == 0 ? "0" : "1.2em")
              .text(noteLines.get(i)));
        }
        g.add(t.title(note));
        y += 16 * noteLines.size();
      }
      y += 16;
    }
    return y;
  }
}
