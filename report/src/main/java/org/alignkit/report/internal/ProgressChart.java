package org.alignkit.report.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The progress chart: a dumbbell per row, from the baseline score (open circle) to the current
 * score (filled circle), coloured and labelled by class (progress, stagnation, decline); rows that
 * are not comparable show a label instead. A caption at the top says whose progress it shows (the
 * consensus, all groups, or one group); tooltips give the scores rounded, in the report's language.
 */
public final class ProgressChart {
  /** One row. */
  public static final class Row {
    final String label;
    final boolean heading;
    final Optional<BigDecimal> baseline;
    final Optional<BigDecimal> current;
    final String cls;
    final String clsLabel;

    /** A row; {@code cls} is a {@code ProgressClass} id, {@code clsLabel} its translation. */
    public Row(
        String label,
        boolean heading,
        Optional<BigDecimal> baseline,
        Optional<BigDecimal> current,
        String cls,
        String clsLabel) {
      this.label = label;
      this.heading = heading;
      this.baseline = baseline;
      this.current = current;
      this.cls = cls;
      this.clsLabel = clsLabel;
    }
  }

  private static final double W = 1040;
  private static final double LEFT = 450;
  private static final double RIGHT = 870;
  private static final double ROW = 28;
  private static final double TOP = 76;

  private ProgressChart() {}

  /** The colour of a class: blue for progress, vermillion for decline, grey otherwise. */
  static String colour(String cls) {
    switch (cls) {
      case "progress":
        return "#0072B2";
      case "decline":
        return "#D55E00";
      default:
        return "#666666";
    }
  }

  /** The chart's SVG markup; the x axis runs from 0 to {@code maxLevel}. */
  public static String render(
      List<Row> rows,
      int maxLevel,
      String title,
      String desc,
      String caption,
      String baselineLabel,
      String currentLabel,
      String notComparable,
      Function<BigDecimal, String> number) {
    double h = TOP + rows.size() * ROW + 20;
    Svg svg = Svg.el("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("class", "chart progress")
        .attr("id", "progress-chart")
        .attr("viewBox", "0 0 " + Svg.num(W) + " " + Svg.num(h))
        .attr("role", "img")
        .attr("aria-labelledby", "progress-title progress-desc");
    svg.add(Svg.el("title").attr("id", "progress-title").text(title));
    svg.add(Svg.el("desc").attr("id", "progress-desc").text(desc));
    Svg axis = Svg.el("g").attr("class", "grid");
    for (int l = 0; l <= maxLevel; l++) {
      double x = x(l, maxLevel);
      axis.add(Svg.el("line")
          .attr("x1", x)
          .attr("y1", TOP - 8)
          .attr("x2", x)
          .attr("y2", h - 14)
          .attr("stroke", "#cccccc")
          .attr("stroke-width", 1.0));
      axis.add(Svg.el("text")
          .attr("x", x)
          .attr("y", TOP - 14)
          .attr("text-anchor", "middle")
          .attr("class", "tick")
          .text(String.valueOf(l)));
    }
    // Whose progress: said on the page, not only in the accessible title.
    svg.add(Svg.el("text")
        .attr("x", 8.0)
        .attr("y", 22.0)
        .attr("class", "chart-caption")
        .text(caption));
    // Key: open circle = baseline, filled = current.
    axis.add(Svg.el("circle")
        .attr("cx", 20.0)
        .attr("cy", 46.0)
        .attr("r", 6.0)
        .attr("fill", "#ffffff")
        .attr("stroke", "#333333")
        .attr("stroke-width", 2.0));
    axis.add(
        Svg.el("text").attr("x", 32.0).attr("y", 51.0).attr("class", "tick").text(baselineLabel));
    axis.add(
        Svg.el("circle").attr("cx", 150.0).attr("cy", 46.0).attr("r", 6.0).attr("fill", "#333333"));
    axis.add(
        Svg.el("text").attr("x", 162.0).attr("y", 51.0).attr("class", "tick").text(currentLabel));
    svg.add(axis);
    double y = TOP + ROW / 2;
    for (Row r : rows) {
      Svg g = Svg.el("g").attr("class", "row " + r.cls);
      g.add(Svg.el("text")
          .attr("x", LEFT - 12)
          .attr("y", y + 5)
          .attr("text-anchor", "end")
          .attr("class", r.heading ? "row-label heading" : "row-label")
          .text(Wrap.lines(r.label, 50, 1).get(0)));
      String c = colour(r.cls);
      if (r.baseline.isPresent() && r.current.isPresent()) {
        double xb = x(r.baseline.get().doubleValue(), maxLevel);
        double xc = x(r.current.get().doubleValue(), maxLevel);
        g.add(Svg.el("line")
            .attr("x1", xb)
            .attr("y1", y)
            .attr("x2", xc)
            .attr("y2", y)
            .attr("stroke", c)
            .attr("stroke-width", 4.0));
        g.add(Svg.el("circle")
            .attr("cx", xb)
            .attr("cy", y)
            .attr("r", 6.0)
            .attr("fill", "#ffffff")
            .attr("stroke", c)
            .attr("stroke-width", 2.5));
        g.add(Svg.el("circle").attr("cx", xc).attr("cy", y).attr("r", 6.5).attr("fill", c));
        g.add(Svg.el("text")
            .attr("x", RIGHT + 16)
            .attr("y", y + 5)
            .attr("class", "cls")
            .attr("fill", c)
            .text(r.clsLabel));
      } else {
        Optional<BigDecimal> only = r.baseline.or(() -> r.current);
        if (only.isPresent()) {
          g.add(Svg.el("circle")
              .attr("cx", x(only.get().doubleValue(), maxLevel))
              .attr("cy", y)
              .attr("r", 6.0)
              .attr("fill", "#999999"));
        }
        g.add(Svg.el("text")
            .attr("x", RIGHT + 16)
            .attr("y", y + 5)
            .attr("class", "cls")
            .attr("fill", c)
            .text(notComparable));
      }
      g.title(r.label
          + ": "
          + r.baseline.map(number).orElse("—")
          + " → "
          + r.current.map(number).orElse("—")
          + " ("
          + r.clsLabel
          + ")");
      svg.add(g);
      y += ROW;
    }
    return svg.render();
  }

  private static double x(double v, int maxLevel) {
    return LEFT + (RIGHT - LEFT) * Math.max(0, Math.min(v, maxLevel)) / maxLevel;
  }
}
