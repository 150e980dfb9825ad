package org.alignkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alignkit.metrics.AlphaInterval;
import org.alignkit.metrics.AlphaResult;
import org.alignkit.metrics.IntervalSpec;
import org.alignkit.metrics.KrippendorffAlpha;
import org.alignkit.metrics.Metric;
import org.alignkit.metrics.ReliabilityData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code alignkit agreement}: Krippendorff's alpha on any units × coders CSV table. */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    header = "Krippendorff's alpha on any units x coders table (CSV).",
    description = {
      "Krippendorff's alpha on a units x coders table (CSV, comma or semicolon separated): first"
          + " row the coder names, first column the unit ids, an empty cell or NA for a missing"
          + " value; with semicolons, a decimal comma is read too.",
      "The guide docs/agreement.md explains --interval: an interval estimate, seeded and"
          + " reproducible.",
      "Formats: text, json or csv (one row: metric, alpha, units, coders, pairable values,"
          + " disagreements)."
    })
final class AgreementCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "CSV", description = "The table, in UTF-8.")
  Path csv;

  @Option(
      names = "--metric",
      required = true,
      description = "nominal, ordinal, interval or ratio.",
      converter = MetricConverter.class)
  Metric metric;

  @Mixin
  FormatOption format;

  @Mixin
  LangOption lang;

  @Mixin
  OutputOption output;

  @Mixin
  IntervalOption interval;

  @Override
  public Integer call() throws Exception {
    FormatOption.Format format = this.format.resolve(output.file, lang.locale());
    output.guard(OutputGuard.inputs(csv), lang.locale());
    List<IntervalSpec> specs = interval.resolve();
    ReliabilityData data = CoderTable.read(csv);
    AlphaResult r = KrippendorffAlpha.compute(data, metric);
    List<AlphaInterval> intervals = new ArrayList<>();
    for (IntervalSpec spec : specs) {
      intervals.add(KrippendorffAlpha.interval(data, metric, spec));
    }
    String metricName = metric.name().toLowerCase(Locale.ROOT);
    Locale locale = lang.locale();
    CliMessages msg = CliMessages.of(locale);
    String text;
    if (format == FormatOption.Format.json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode o = mapper.createObjectNode();
      o.put("metric", metricName);
      if (r.isDefined()) {
        o.put("alpha", r.alpha());
      } else {
        o.putNull("alpha");
        o.put("undefinedReason", r.undefinedReason().orElse(""));
      }
      o.put("units", data.unitCount());
      o.put("coders", data.coderCount());
      o.put("unitsUsed", r.unitsUsed());
      o.put("pairableValues", r.pairableValues());
      o.put("observedDisagreement", r.observedDisagreement());
      o.put("expectedDisagreement", r.expectedDisagreement());
      if (!intervals.isEmpty()) {
        IntervalOption.json(o.putArray("intervals"), intervals);
      }
      text = mapper.writeValueAsString(o) + System.lineSeparator();
    } else if (format == FormatOption.Format.csv) {
      text = Tables.csv(
          List.of(
              "metric",
              "alpha",
              "units",
              "unitsUsed",
              "coders",
              "pairableValues",
              "observedDisagreement",
              "expectedDisagreement"),
          List.of(List.of(
              metricName,
              r.isDefined() ? Tables.plain(r.alpha(), 6) : "",
              Integer.toString(data.unitCount()),
              Integer.toString(r.unitsUsed()),
              Integer.toString(data.coderCount()),
              Long.toString(r.pairableValues()),
              Tables.plain(r.observedDisagreement(), 6),
              Tables.plain(r.expectedDisagreement(), 6))));
    } else {
      StringBuilder sb = new StringBuilder();
      String name = msg.get("metric." + metric.name());
      sb.append(
              r.isDefined()
                  ? msg.get("agreement.alpha", name, Tables.decimal(r.alpha(), 4, locale))
                  : msg.get(
                      "agreement.undefined",
                      name,
                      r.undefinedReason().orElse("no pairable values")))
          .append(System.lineSeparator());
      sb.append(msg.get(
              "agreement.counts",
              data.unitCount(),
              r.unitsUsed(),
              data.coderCount(),
              r.pairableValues()))
          .append(System.lineSeparator());
      sb.append(msg.get(
              "agreement.disagreement",
              Tables.decimal(r.observedDisagreement(), 6, locale),
              Tables.decimal(r.expectedDisagreement(), 6, locale)))
          .append(System.lineSeparator());
      for (AlphaInterval i : intervals) {
        sb.append(IntervalOption.text(i)).append(System.lineSeparator());
      }
      text = sb.toString();
    }
    output.write(text, locale, "");
    return ExitCodes.OK;
  }

  /** Accepts metric names in any case. */
  static final class MetricConverter implements picocli.CommandLine.ITypeConverter<Metric> {
    @Override
    public Metric convert(String value) {
      try {
        return Metric.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a metric; use nominal, ordinal, interval or ratio");
      }
    }
  }
}
