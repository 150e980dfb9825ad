package org.alignkit.report.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The radar chart: one axis per component, one {@code <polygon>} per group (and no other polygon),
 * rings for the levels, a legend. A component without a score puts the group's vertex at the
 * centre.
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

  private static final double W = 1120;
  private static final double H = 660;
  private static final double CX = 440;
  private static final double CY = 330;
  private static final double R = 220;

  private RadarChart() {}

  /** The chart's SVG markup. */
  public static String render(
      List<String> axes, List<Series> series, int maxLevel, String title, String desc) {
    Svg svg = Svg.el("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("class", "chart radar")
        .attr("id", "radar")
        .attr("viewBox", "0 0 " + Svg.num(W) + " " + Svg.num(H))
        .attr("role", "img")
        .attr("aria-labelledby", "radar-title radar-desc");
    svg.add(Svg.el("title").attr("id", "radar-title").text(title));
    svg.add(Svg.el("desc").attr("id", "radar-desc").text(desc));
    int k = axes.size();
    Svg grid = Svg.el("g").attr("class", "grid");
    for (int level = 1; level <= maxLevel; level++) {
      double r = R * level / maxLevel;
      grid.add(Svg.el("circle")
          .attr("cx", CX)
          .attr("cy", CY)
          .attr("r", r)
          .attr("fill", "none")
          .attr("stroke", "#b8b8b8")
          .attr("stroke-width", 1.0));
      grid.add(Svg.el("text")
          .attr("x", CX + 4)
          .attr("y", CY - r - 3)
          .attr("class", "ring-label")
          .text(String.valueOf(level)));
    }
    for (int i = 0; i < k; i++) {
      double a = angle(i, k);
      grid.add(Svg.el("line")
          .attr("x1", CX)
          .attr("y1", CY)
          .attr("x2", CX + R * Math.cos(a))
          .attr("y2", CY + R * Math.sin(a))
          .attr("stroke", "#b8b8b8")
          .attr("stroke-width", 1.0));
      grid.add(axisLabel(axes.get(i), a));
    }
    svg.add(grid);
    Svg plots = Svg.el("g").attr("class", "series");
    for (Series s : series) {
      StringBuilder points = new StringBuilder();
      Svg markers = Svg.el("g").attr("class", "markers").attr("fill", s.colour);
      for (int i = 0; i < k; i++) {
        double v = s.values.get(i).map(BigDecimal::doubleValue).orElse(0.0);
        double r = R * Math.max(0, Math.min(v, maxLevel)) / maxLevel;
        double x = CX + r * Math.cos(angle(i, k));
        double y = CY + r * Math.sin(angle(i, k));
        points
            .append(points.length() > 0 ? " " : "")
            .append(Svg.num(x))
            .append(',')
            .append(Svg.num(y));
        markers.add(marker(s.index, x, y)
            .title(s.name + " · " + axes.get(i) + ": "
                + s.values.get(i).map(BigDecimal::toPlainString).orElse("—")));
      }
      Svg polygon = Svg.el("polygon")
          .attr("points", points.toString())
          .attr("data-group", s.name)
          .attr("fill", s.colour)
          .attr("fill-opacity", "0.10")
          .attr("stroke", s.colour)
          .attr("stroke-width", 3.0)
          .attr("stroke-linejoin", "round");
      if (!s.dash.isEmpty()) {
        polygon.attr("stroke-dasharray", s.dash);
      }
      plots.add(Svg.el("g").attr("class", "group").add(polygon.title(s.name)).add(markers));
    }
    svg.add(plots);
    svg.add(legend(series));
    return svg.render();
  }

  private static double angle(int i, int k) {
    return -Math.PI / 2 + 2 * Math.PI * i / k;
  }

  private static Svg axisLabel(String label, double a) {
    double cos = Math.cos(a);
    double sin = Math.sin(a);
    double x = CX + (R + 14) * cos;
    double y = CY + (R + 14) * sin;
    String anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
    List<String> lines = Wrap.lines(label, 20, 3);
    double lh = 17;
    double top = sin < -0.25
        ? y - (lines.size() - 1) * lh - 2
        : sin > 0.25 ? y + 13 : y - (lines.size() - 1) * lh / 2 + 5;
    Svg text = Svg.el("text").attr("class", "axis-label").attr("text-anchor", anchor);
    for (int i = 0; i < lines.size(); i++) {
      text.add(Svg.el("tspan").attr("x", x).attr("y", top + i * lh).text(lines.get(i)));
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

  private static Svg legend(List<Series> series) {
    Svg g = Svg.el("g").attr("class", "legend");
    double x = 810;
    double y = 40;
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
      List<String> lines = Wrap.lines(s.name, 26, 3);
      Svg text = Svg.el("text").attr("class", "legend-label").attr("x", x + 54).attr("y", y + 5);
      for (int i = 0; i < lines.size(); i++) {
        text.add(Svg.el("tspan")
            .attr("x", x + 54)
            .attr("dy", i == 0 ? "0" : "1.15em")
            .text(lines.get(i)));
      }
      g.add(text.title(s.name));
      y += 22 + 19 * lines.size();
    }
    return g;
  }
}
