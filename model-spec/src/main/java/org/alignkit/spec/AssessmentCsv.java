package org.alignkit.spec;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.Round;
import org.alignkit.core.SourceLocation;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.spec.internal.CsvAssessments;
import org.alignkit.spec.internal.Loading;
import org.alignkit.spec.internal.Source;
import org.apiguardian.api.API;

/**
 * An assessment as a CSV file, for groups that fill in a spreadsheet: a few key/value rows for the
 * framework, country, round and group, then one row per indicator with its domain, component,
 * title and level descriptors as guidance, and the columns to fill in: {@code level} (a level of
 * the scale, {@code NA} for not applicable, {@code NI} for no information, empty when not rated),
 * {@code evidence} and {@code comment}. The layout is described in {@code docs/formats.md},
 * "Assessment as CSV".
 *
 * <p>{@link #template} writes a blank form for a group (one row per indicator that applies to it);
 * {@link #write(Assessment)} writes a filled one; {@link #read(Path)} reads a filled file back and
 * checks it against the framework, reporting every problem at once as a {@link SpecException}
 * whose problems give the line, the column (the field number) and the JSON Pointer of the value in
 * the assessment's YAML form (e.g. {@code /ratings/3/level}). What this class writes, it reads back
 * to an equal assessment.
 *
 * <p>Reading goes through the same checks as {@link SpecLoader#loadAssessment(Path)} (which reads
 * CSV files too, as do round folders and exercise files): the rows become the tree of the
 * assessment's YAML form, checked against the assessment schema and then for meaning, with the
 * same messages; problems particular to a spreadsheet (encoding, quotes, the marker and header
 * rows, a cell that is not a level) are reported first.
 *
 * <p>Files are UTF-8 (a byte order mark is accepted), comma separated unless {@link
 * #withSeparator(char)} says otherwise; a file whose first row reads {@code
 * alignkit;assessment-csv/v1} is read with semicolons, as spreadsheets in French locales save it.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * AssessmentCsv csv = AssessmentCsv.of(SpecLoader.defaults().bundledFramework()).withLanguage("fr");
 * String blank = csv.template(StakeholderGroup.of("government", StakeholderKind.GOVERNMENT),
 *     "RWA", Round.of("2024", LocalDate.of(2024, 3, 14)));
 * Assessment filled = csv.read(Path.of("government.csv"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AssessmentCsv {
  private final Framework framework;
  private final String language;
  private final Limits limits;
  private final char separator;

  private AssessmentCsv(Framework framework, String language, Limits limits, char separator) {
    this.framework = framework;
    this.language = language;
    this.limits = limits;
    this.separator = separator;
  }

  /**
   * Writes and reads CSV assessments of a framework, with titles and descriptors in the framework's
   * first language and the default {@link Limits}.
   */
  public static AssessmentCsv of(Framework framework) {
    requireNonNull(framework, "framework");
    return new AssessmentCsv(framework, framework.languages().get(0), Limits.defaults(), ',');
  }

  /**
   * The same, with titles and descriptors in a language (a BCP 47 tag such as {@code fr}); texts
   * the framework lacks in it fall back as {@link org.alignkit.core.LocalizedText#get(String)} does.
   */
  public AssessmentCsv withLanguage(String languageTag) {
    requireNonNull(languageTag, "languageTag");
    checkArgument(!languageTag.isBlank(), "blank language tag");
    return new AssessmentCsv(framework, languageTag, limits, separator);
  }

  /**
   * The same, writing cells separated by {@code ;} or {@code ,} (spreadsheets in French locales
   * expect semicolons). Both are read back whatever this says.
   *
   * @throws IllegalArgumentException for any other separator
   */
  public AssessmentCsv withSeparator(char separator) {
    checkArgument(
        separator == ',' || separator == ';', "the separator is ',' or ';', not '%s'", separator);
    return new AssessmentCsv(framework, language, limits, separator);
  }

  /** The separator written between cells: {@code ,} unless set. */
  public char separator() {
    return separator;
  }

  /** The same, enforcing other limits when reading (size, cell length, number of problems). */
  public AssessmentCsv withLimits(Limits limits) {
    return new AssessmentCsv(framework, language, requireNonNull(limits, "limits"), separator);
  }

  /** The framework written and checked against. */
  public Framework framework() {
    return framework;
  }

  /** The language of the titles and descriptors written. */
  public String language() {
    return language;
  }

  /** The limits enforced when reading. */
  public Limits limits() {
    return limits;
  }

  /**
   * A blank form for a group: the metadata, then one row per indicator that applies to the group,
   * its level, evidence and comment empty.
   *
   * @param country ISO 3166-1 alpha-3 code (user-assigned codes such as {@code XXX} are allowed)
   * @throws org.alignkit.core.ModelException if the country code is not valid
   */
  public String template(StakeholderGroup group, String country, Round round) {
    Assessment blank = Assessment.builder()
        .frameworkId(framework.id())
        .frameworkVersion(framework.version())
        .country(requireNonNull(country, "country"))
        .round(requireNonNull(round, "round"))
        .group(requireNonNull(group, "group"))
        .build();
    return write(blank);
  }

  /**
   * An assessment as CSV: its ratings in the order given, then an empty row for each indicator that
   * applies to the group and is not rated.
   */
  public String write(Assessment assessment) {
    return CsvAssessments.write(
        framework, requireNonNull(assessment, "assessment"), language, separator);
  }

  /**
   * Writes an assessment to a CSV file (UTF-8), replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Assessment assessment, Path file) {
    String text = write(assessment);
    try {
      Files.writeString(requireNonNull(file, "file"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Reads a filled CSV file and checks it against the framework.
   *
   * @throws SpecException listing every problem of the file, each with line, column and pointer
   */
  public Assessment read(Path file) {
    requireNonNull(file, "file");
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw ioProblem(
            file.toString(), "is a folder, not a CSV file", "give the path of a .csv file");
      }
      if (Files.size(file) > limits.maxDocumentBytes()) {
        throw new SpecException(List.of(SpecProblem.of(
            SourceLocation.of(file.toString(), 0, 0, ""),
            SpecProblem.Layer.LIMIT,
            "the file has " + Files.size(file) + " bytes, more than the limit of "
                + limits.maxDocumentBytes(),
            "split the file, or raise Limits.maxDocumentBytes")));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw ioProblem(file.toString(), "no such file", "check the path");
    } catch (IOException e) {
      throw ioProblem(file.toString(), "cannot be read: " + e.getMessage(), null);
    }
    return read(bytes, file.toString());
  }

  /**
   * Reads a filled CSV document from a stream (read, not closed) and checks it against the
   * framework.
   *
   * @param name the name used in problems
   * @throws SpecException listing every problem of the document
   */
  public Assessment read(InputStream in, String name) {
    requireNonNull(in, "in");
    requireNonNull(name, "name");
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
    } catch (IOException e) {
      throw ioProblem(name, "cannot be read: " + e.getMessage(), null);
    }
    return read(bytes, name);
  }

  private Assessment read(byte[] bytes, String name) {
    return new Loading(limits, List.of(framework), Optional::empty)
        .csvAssessment(Source.of(new ByteArrayInputStream(bytes), name), framework);
  }

  private static SpecException ioProblem(String file, String message, String fix) {
    SpecProblem.Builder b = SpecProblem.builder()
        .location(SourceLocation.of(file, 0, 0, ""))
        .layer(SpecProblem.Layer.IO)
        .message(message);
    if (fix != null) {
      b.fix(fix);
    }
    return new SpecException(List.of(b.build()));
  }
}
