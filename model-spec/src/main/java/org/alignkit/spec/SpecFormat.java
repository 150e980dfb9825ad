package org.alignkit.spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The syntaxes of AlignKit files: YAML and JSON for every kind, and CSV for assessments (the
 * spreadsheet form of {@link AssessmentCsv}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SpecFormat {
  /** YAML 1.1 as read by SnakeYAML, without anchors, aliases or tags; files {@code .yaml}, {@code .yml}. */
  YAML("yaml"),
  /** JSON (RFC 8259); files {@code .json}. */
  JSON("json"),
  /**
   * CSV (RFC 4180, comma or semicolon separated), for assessments only; files {@code .csv}. See
   * {@link AssessmentCsv}.
   */
  CSV("csv");

  private final String extension;

  SpecFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format of a file name by its extension: {@code .json} is JSON, {@code .yaml} and
   * {@code .yml} are YAML, {@code .csv} is CSV.
   */
  public static Optional<SpecFormat> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    return Optional.empty();
  }

  /** The format of a path by its extension; see {@link #ofFileName(String)}. */
  public static Optional<SpecFormat> of(Path path) {
    Path name = path.getFileName();
    return name == null ? Optional.empty() : ofFileName(name.toString());
  }
}
