package org.alignkit.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

class InternalsTest {
  private static final Pattern SINGLE_QUOTE = Pattern.compile("(?<!')'(?!')");

  @Example
  void englishAndFrenchHaveTheSameKeysAndValidPatterns() {
    Messages en = Messages.of(Locale.ENGLISH);
    Messages fr = Messages.of(Locale.FRENCH);
    assertThat(fr.patterns().keySet()).isEqualTo(en.patterns().keySet());
    for (Messages m : List.of(en, fr)) {
      m.patterns().forEach((k, v) -> {
        assertThat(SINGLE_QUOTE.matcher(v).find())
            .as("%s: apostrophes must be doubled", k)
            .isFalse();
        assertThat(m.get(k, "x", "y", "z")).isNotBlank();
      });
    }
    assertThat(fr.get("section.heatmap")).isNotEqualTo(en.get("section.heatmap"));
    assertThat(Messages.of(Locale.CANADA_FRENCH)).isSameAs(fr);
    assertThat(Messages.of(Locale.GERMAN)).isSameAs(en);
  }

  @Example
  void templateAutoEscapes() {
    assertThat(new Templates().autoEscapes()).isTrue();
  }

  @Property
  void levelPaletteIsSequentialAndReadable(@ForAll @IntRange(min = 2, max = 10) int n) {
    List<String> colours = Palette.levelColours(n);
    assertThat(colours).hasSize(n).doesNotHaveDuplicates();
    for (int i = 1; i < n; i++) {
      assertThat(Palette.luminance(colours.get(i)))
          .isLessThan(Palette.luminance(colours.get(i - 1)));
    }
    for (String c : colours) {
      double l = Palette.luminance(c);
      double lt = Palette.luminance(Palette.textOn(c));
      double contrast = (Math.max(l, lt) + 0.05) / (Math.min(l, lt) + 0.05);
      assertThat(contrast).as("WCAG contrast of text on %s", c).isGreaterThanOrEqualTo(4.5);
    }
  }

  @Property
  void svgTextAndAttributesRoundTrip(@ForAll String text) {
    String clean = text.codePoints()
        .filter(cp -> cp == 0x9
            || cp == 0xA
            || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF && !(cp >= 0xD800 && cp <= 0xDFFF)))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    String svg =
        Svg.el("svg").attr("data-x", clean).add(Svg.el("text").text(clean)).render();
    var doc = Jsoup.parse(svg, "", Parser.xmlParser());
    assertThat(doc.selectFirst("svg").attr("data-x")).isEqualTo(clean);
    assertThat(doc.select("svg > *")).hasSize(clean.isEmpty() ? 1 : 1);
    assertThat(doc.selectFirst("text").wholeText()).isEqualTo(clean);
  }

  @Property
  void wrappedLinesRespectLimits(
      @ForAll("words") String text,
      @ForAll @IntRange(min = 4, max = 30) int width,
      @ForAll @IntRange(min = 1, max = 4) int maxLines) {
    List<String> lines = Wrap.lines(text, width, maxLines);
    assertThat(lines.size()).isBetween(1, maxLines);
    lines.forEach(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> words() {
    return net.jqwik.api.Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(40)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(l -> String.join(" ", l));
  }

  @Example
  void numbersAreRoundedHalfEvenWithTheLanguagesSeparator() {
    assertThat(Numbers.score(new java.math.BigDecimal("2.665"), Locale.ENGLISH)).isEqualTo("2.66");
    assertThat(Numbers.score(new java.math.BigDecimal("2.675"), Locale.FRENCH)).isEqualTo("2,68");
    assertThat(Numbers.change(new java.math.BigDecimal("-0.4"), Locale.ENGLISH))
        .isEqualTo("\u22120.40");
    assertThat(Numbers.levels(new java.math.BigDecimal("3.00"), Locale.ENGLISH)).isEqualTo("3");
  }

  @Property(tries = 300)
  void radarAxisLabelsNeverOverlapAndStayOutOfTheLegend(
      @ForAll @IntRange(min = 3, max = 16) int components, @ForAll("titles") List<String> pool) {
    List<String> axes = new java.util.ArrayList<>();
    for (int i = 0; i < components; i++) {
      axes.add(pool.get(i % pool.size()));
    }
    List<RadarChart.Box> boxes = RadarChart.layout(axes, 0);
    for (int i = 0; i < boxes.size(); i++) {
      RadarChart.Box a = boxes.get(i);
      assertThat(a.x).as("left edge of label %s", i).isGreaterThanOrEqualTo(0);
      assertThat(a.x + a.w).as("right edge of label %s", i).isLessThan(RadarChart.LEGEND_X);
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(a.intersects(boxes.get(j), 0))
            .as("labels %s and %s of %s: %s / %s", i, j, components, a.lines, boxes.get(j).lines)
            .isFalse();
      }
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<String>> titles() {
    return net.jqwik.api.Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars('é', 'W', 'M')
        .ofMinLength(1)
        .ofMaxLength(14)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .map(l -> String.join(" ", l))
        .list()
        .ofMinSize(1)
        .ofMaxSize(16);
  }

  @Example
  void radarRunsSkipTheAxesWithoutAScore() {
    assertThat(RadarChart.runs(new boolean[] {true, true, false, true, true, false, true}))
        .containsExactly(List.of(3, 4), List.of(6, 0, 1));
    assertThat(RadarChart.runs(new boolean[] {true, true, true}))
        .containsExactly(List.of(0, 1, 2, 0));
    assertThat(RadarChart.runs(new boolean[] {false, false})).isEmpty();
  }
}
