package org.alignkit.report;

import java.nio.file.Path;
import java.util.Locale;

/** Writes the sample reports to files, for looking at them: {@code RenderSample DIR}. */
final class RenderSample {
  private RenderSample() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target");
    HtmlReport html = HtmlReport.create();
    ReportModel model = SampleReports.sample(true);
    html.write(model, Locale.ENGLISH, dir.resolve("sample-en.html"));
    html.write(model, Locale.FRENCH, dir.resolve("sample-fr.html"));
  }
}
