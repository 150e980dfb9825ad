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
    description = {
      "Krippendorff's alpha on a units x coders table (CSV): first row the coder names,",
      "first column the unit ids, an empty cell or NA for a missing value.",
      "--interval adds an interval estimate (seeded, reproducible; see docs/agreement.md)."
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
  TextOrJsonOption format;

  @Mixin
  IntervalOption interval;

  @Override
  public Integer call() throws Exception {
    List<IntervalSpec> specs = interval.resolve();
    ReliabilityData data = CoderTable.read(csv);
    AlphaResult r = KrippendorffAlpha.compute(data, metric);
    List<AlphaInterval> intervals = new ArrayList<>();
    for (IntervalSpec spec : specs) {
      intervals.add(KrippendorffAlpha.interval(data, metric, spec));
    }
    String metricName = metric.name().toLowerCase(Locale.ROOT);
    var out = spec.commandLine().getOut();
    if (format.json()) {
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
      out.println(mapper.writeValueAsString(o));
    } else {
      if (r.isDefined()) {
        out.printf(Locale.ROOT, "Krippendorff's alpha (%s): %.4f%n", metricName, r.alpha());
      } else {
        out.printf(
            Locale.ROOT,
            "Krippendorff's alpha (%s): undefined (%s)%n",
            metricName,
            r.undefinedReason().orElse("no pairable values"));
      }
      out.printf(
          Locale.ROOT,
          "units: %d (%d with 2 or more values), coders: %d, pairable values: %d%n",
          data.unitCount(),
          r.unitsUsed(),
          data.coderCount(),
          r.pairableValues());
      out.printf(
          Locale.ROOT,
          "observed disagreement: %.6f, expected disagreement: %.6f%n",
          r.observedDisagreement(),
          r.expectedDisagreement());
      for (AlphaInterval i : intervals) {
        out.println(IntervalOption.text(i));
      }
    }
    out.flush();
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
