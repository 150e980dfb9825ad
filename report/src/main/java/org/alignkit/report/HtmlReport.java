package org.alignkit.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.alignkit.report.internal.HtmlData;
import org.alignkit.report.internal.Templates;
import org.apiguardian.api.API;

/**
 * Renders a {@link ReportModel} as one self-contained HTML file for the harmonisation workshop, in
 * English or French: levels per domain and component for each group and the whole, a radar chart
 * of the components with one polygon per group, the divergence heat map, the ranked harmonisation
 * agenda with each group's level descriptor side by side, progress since the baseline (chart and
 * table), agreement and distances between groups, the scale, and the provenance of the framework
 * and the rule set.
 *
 * <p>The file has inline CSS and inline SVG, no script, no external font, image or link, so it
 * opens offline and prints (A4 landscape, one section per page). Built with FreeMarker and HTML
 * auto-escaping: every text from the model is escaped. Instances are immutable and thread-safe;
 * create one and reuse it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlReport {
  private final Templates templates;

  private HtmlReport() {
    this.templates = new Templates();
  }

  /** A renderer; parsing the template takes a few milliseconds, so reuse it. */
  public static HtmlReport create() {
    return new HtmlReport();
  }

  /** The languages the report's labels exist in: {@code en} and {@code fr}. */
  public static List<Locale> languages() {
    return List.of(Locale.ENGLISH, Locale.FRENCH);
  }

  /**
   * The report as an HTML string. Labels are French for any French locale and English otherwise;
   * the model's texts follow {@link org.alignkit.core.LocalizedText#get(Locale)}.
   */
  public String render(ReportModel model, Locale locale) {
    StringWriter out = new StringWriter(64 * 1024);
    try {
      write(model, locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Writes the report to a writer (which this method does not close). */
  public void write(ReportModel model, Locale locale, Writer out) throws IOException {
    requireNonNull(model, "model");
    requireNonNull(locale, "locale");
    templates.renderReport(HtmlData.build(model, locale), out);
  }

  /** Writes the report to a UTF-8 file, replacing it. */
  public void write(ReportModel model, Locale locale, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(model, locale, w);
    }
  }
}
