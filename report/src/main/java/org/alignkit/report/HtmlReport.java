package org.alignkit.report;

import static com.google.common.base.Preconditions.checkArgument;
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
 * agenda (the first {@link #agendaInFull()} items in full with each group's level descriptor side
 * by side, the rest in a compact table), the workshop's outcome (dissents, the action plan and its
 * endorsements), the follow-up of the baseline's plan, progress since the baseline (chart and
 * table), agreement and distances between groups, the scale, and the provenance of the framework
 * and the rule set.
 *
 * <p>The file has inline CSS and inline SVG, no script, no external font, image or link, so it
 * opens offline and prints on A4 landscape: sections flow from page to page, headings stay with
 * what follows them, and no agenda card or table row is split across pages. Built with FreeMarker
 * and HTML auto-escaping: every text from the model is escaped. Instances are immutable and
 * thread-safe; create one and reuse it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlReport {
  /** How many agenda items a report shows in full unless told otherwise: what a half-day holds. */
  public static final int DEFAULT_AGENDA_IN_FULL = 10;

  private final Templates templates;
  private final int agendaInFull;

  private HtmlReport(Templates templates, int agendaInFull) {
    this.templates = templates;
    this.agendaInFull = agendaInFull;
  }

  /**
   * A renderer that shows the first {@value #DEFAULT_AGENDA_IN_FULL} agenda items in full; parsing
   * the template takes a few milliseconds, so reuse it.
   */
  public static HtmlReport create() {
    return new HtmlReport(new Templates(), DEFAULT_AGENDA_IN_FULL);
  }

  /**
   * A renderer like this one that shows the first {@code n} items of the harmonisation agenda in
   * full (each group's level, descriptor, evidence and comment) and the rest as a compact table;
   * {@code 0} shows them all in the table.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public HtmlReport withAgendaInFull(int n) {
    checkArgument(n >= 0, "the number of agenda items in full must be 0 or more, got %s", n);
    return new HtmlReport(templates, n);
  }

  /** How many agenda items this renderer shows in full. */
  public int agendaInFull() {
    return agendaInFull;
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
    templates.renderReport(HtmlData.build(model, locale, agendaInFull), out);
  }

  /** Writes the report to a UTF-8 file, replacing it. */
  public void write(ReportModel model, Locale locale, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(model, locale, w);
    }
  }
}
