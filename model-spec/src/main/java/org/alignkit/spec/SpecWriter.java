package org.alignkit.spec;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alignkit.core.Assessment;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Exercise;
import org.alignkit.core.Framework;
import org.alignkit.scoring.RuleSet;
import org.alignkit.spec.internal.TreeWriter;
import org.apiguardian.api.API;

/**
 * Writes core values and scoring rule sets as AlignKit files, YAML or JSON, with keys in the order of the format
 * description and optional values left out when absent. What it writes, {@link SpecLoader} reads
 * back to an equal value. YAML output starts with a {@code # yaml-language-server: $schema=...}
 * line so that editors check it.
 *
 * <p>An exercise is written as one file with its assessments inline; a consensus record's agreed
 * ratings are written without their (implied) group. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SpecWriter {
  private static final String SCHEMA_BASE = "https://alignkit.org/schemas/v1/";

  private final SpecFormat format;
  private final ObjectMapper mapper;

  private SpecWriter(SpecFormat format) {
    this.format = format;
    if (format == SpecFormat.YAML) {
      this.mapper = new YAMLMapper(YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build());
    } else {
      this.mapper =
          JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }
  }

  /** A writer of YAML. */
  public static SpecWriter yaml() {
    return new SpecWriter(SpecFormat.YAML);
  }

  /** A writer of JSON. */
  public static SpecWriter json() {
    return new SpecWriter(SpecFormat.JSON);
  }

  /**
   * A writer of a format.
   *
   * @throws IllegalArgumentException for {@link SpecFormat#CSV}, which holds assessments only: write
   *     those with {@link AssessmentCsv}
   */
  public static SpecWriter of(SpecFormat format) {
    if (requireNonNull(format, "format") == SpecFormat.CSV) {
      throw new IllegalArgumentException(
          "SpecWriter writes YAML and JSON; write assessments as CSV with AssessmentCsv");
    }
    return format == SpecFormat.YAML ? yaml() : json();
  }

  /** The format written. */
  public SpecFormat format() {
    return format;
  }

  /** A framework as text. */
  public String write(Framework framework) {
    return text(TreeWriter.framework(requireNonNull(framework, "framework")), "framework");
  }

  /** An assessment as text. */
  public String write(Assessment assessment) {
    return text(TreeWriter.assessment(requireNonNull(assessment, "assessment")), "assessment");
  }

  /** An exercise as text, its assessments inline. */
  public String write(Exercise exercise) {
    return text(TreeWriter.exercise(requireNonNull(exercise, "exercise")), "exercise");
  }

  /** A consensus record as text. */
  public String write(ConsensusRecord record) {
    return text(TreeWriter.consensus(requireNonNull(record, "record")), "consensus");
  }

  /**
   * A rule set as text: a rule without parameters as its id, else {@code {rule, parameters}} with
   * parameters in name order. Comments of a file it was read from are not kept.
   *
   * @throws IllegalArgumentException if a parameter value is not plain data (strings, numbers,
   *     booleans, lists, maps)
   */
  public String write(RuleSet ruleSet) {
    return text(TreeWriter.ruleSet(requireNonNull(ruleSet, "ruleSet")), "ruleset");
  }

  /**
   * Writes a rule set to a file (UTF-8), replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(RuleSet ruleSet, Path file) {
    save(write(ruleSet), file);
  }

  /**
   * Writes a framework to a file (UTF-8), replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Framework framework, Path file) {
    save(write(framework), file);
  }

  /**
   * Writes an assessment to a file (UTF-8), replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Assessment assessment, Path file) {
    save(write(assessment), file);
  }

  /**
   * Writes an exercise to a file (UTF-8), its assessments inline, replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Exercise exercise, Path file) {
    save(write(exercise), file);
  }

  /**
   * Writes a consensus record to a file (UTF-8), replacing it.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(ConsensusRecord record, Path file) {
    save(write(record), file);
  }

  private String text(ObjectNode tree, String schema) {
    try {
      String body = mapper.writeValueAsString(tree);
      if (format == SpecFormat.YAML) {
        return "# yaml-language-server: $schema=" + SCHEMA_BASE + schema + ".schema.json\n" + body;
      }
      return body + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a tree of known shape", e);
    }
  }

  private static void save(String text, Path file) {
    try {
      Files.writeString(requireNonNull(file, "file"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
