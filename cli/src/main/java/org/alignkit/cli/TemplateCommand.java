package org.alignkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.alignkit.core.AlignKitException;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.ModelException;
import org.alignkit.core.Round;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.core.StakeholderKind;
import org.alignkit.spec.AssessmentCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code alignkit template}: a blank assessment for a group to fill in, YAML or CSV. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    header = "A blank assessment form for a stakeholder group, in YAML or CSV.",
    description = {
      "A blank assessment for a stakeholder group to fill in, with each indicator's level"
          + " descriptors as guidance: YAML (descriptors as comments; fill in 'level:') or CSV for"
          + " a spreadsheet (fill in the column 'level'; with --lang fr, semicolons). Either form"
          + " is read wherever an assessment is: in a round folder, an exercise file and by every"
          + " command. A level left empty means not rated; see docs/formats.md.",
      "The country, round and date default to obvious placeholders (XXX, the current year,"
          + " today): set them with --country, --round and --date, or edit them in the file."
    })
final class TemplateCommand implements Callable<Integer> {
  /** The template formats. */
  enum Format {
    yaml,
    csv
  }

  @Spec
  CommandSpec spec;

  @Option(
      names = "--group",
      required = true,
      paramLabel = "KIND",
      converter = KindConverter.class,
      description =
          "The group's kind: government, partner-on-budget, partner-off-budget, civil-society or private-sector.")
  StakeholderKind kind;

  @Option(
      names = "--group-id",
      paramLabel = "ID",
      description = "The group's id in the exercise (default: the kind, such as government).")
  String groupId;

  @Mixin
  FrameworkOption framework;

  @Option(
      names = "--lang",
      defaultValue = "en",
      paramLabel = "LANG",
      description =
          "Language of titles and descriptors, one the framework has: en or fr (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "yaml or csv (default: yaml, or the extension of the -o file: .yaml, .yml or" + " .csv).")
  Format format;

  @Option(
      names = "--country",
      defaultValue = "XXX",
      paramLabel = "ISO3",
      description =
          "ISO 3166-1 alpha-3 country code (default: ${DEFAULT-VALUE}, a placeholder to replace).")
  String country;

  @Option(
      names = "--round",
      paramLabel = "ID",
      description = "The round's id (default: the year of --date).")
  String round;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The round's date (default: today).")
  String date;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws IOException {
    Locale locale = Locale.forLanguageTag(lang);
    Format format =
        OutputFormats.of(spec, Format.values(), this.format, Format.yaml, output.file, locale);
    output.guard(OutputGuard.inputs(framework.file), locale);
    LocalDate day = parseDate();
    Framework f = framework.resolve();
    refuseToReplaceAFilledForm(f, locale);
    if (!f.languages().contains(lang)) {
      throw new ParameterException(
          spec.commandLine(),
          "--lang "
              + lang
              + ": framework "
              + f.label()
              + " has texts in "
              + String.join(", ", f.languages())
              + " only");
    }
    StakeholderGroup group;
    Round r;
    Assessment blank;
    try {
      group = StakeholderGroup.of(groupId == null ? kind.id() : groupId, kind);
      r = Round.of(round == null ? Integer.toString(day.getYear()) : round, day);
      blank = Assessment.builder()
          .frameworkId(f.id())
          .frameworkVersion(f.version())
          .country(country)
          .round(r)
          .group(group)
          .build();
    } catch (ModelException | IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    String text = format == Format.csv
        ? AssessmentCsv.of(f)
            .withLanguage(lang)
            .withSeparator(Tables.separator(locale))
            .write(blank)
        : YamlTemplate.write(f, blank, lang);
    long count = f.indicators().stream().filter(i -> i.appliesTo(group)).count();
    output.write(text, locale, CliMessages.of(locale).get("template.detail", count, kind.id()));
    return ExitCodes.OK;
  }

  /**
   * A blank form never replaces anything but a blank form: an existing output file that holds
   * ratings, or is not an assessment at all, is refused (exit 1) before anything is written.
   */
  private void refuseToReplaceAFilledForm(Framework f, Locale locale) {
    if (output.file == null || !Files.isRegularFile(output.file)) {
      return;
    }
    CliMessages msg = CliMessages.of(locale);
    String why;
    try {
      Assessment existing = Inputs.loaderWith(f).loadAssessment(output.file);
      if (existing.ratings().isEmpty()) {
        return;
      }
      why = msg.get(
          "output.notBlank.ratings", existing.ratings().size(), existing.group().id());
    } catch (AlignKitException e) {
      why = msg.get("output.notBlank.other");
    }
    throw new InvalidInputException(msg.get("output.notBlank", output.file, why));
  }

  private LocalDate parseDate() {
    if (date == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--date " + date + ": not a date; write it as YYYY-MM-DD, e.g. 2024-03-14");
    }
  }

  /** Accepts kind ids ({@code partner-on-budget}) and constant names in any case. */
  static final class KindConverter implements ITypeConverter<StakeholderKind> {
    @Override
    public StakeholderKind convert(String value) {
      try {
        return StakeholderKind.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a group kind; use one of " + StakeholderKind.ids());
      }
    }
  }
}
