/**
 * AlignKit model files: frameworks, assessments, exercises, consensus records and scoring rule sets
 * as YAML or JSON.
 *
 * <p>{@link org.alignkit.spec.SpecLoader} reads files into the values of {@code org.alignkit.core}
 * and checks them in three layers (syntax, JSON Schema, meaning), reporting every problem of a file
 * at once with its file, line, column and JSON Pointer; {@link org.alignkit.spec.SpecWriter} writes
 * them back. The JSON Schemas ship in the package folder {@code org/alignkit/spec/schema/v1/}, the
 * bundled reference framework in {@code org/alignkit/spec/bundled/} and the bundled rule sets in
 * {@code org/alignkit/spec/bundled/rulesets/}; these folders are open so that tools can read them
 * with {@link ClassLoader#getResource(String)}.
 *
 * <p>Rule-set files are checked against the scoring rules registered through the SPI.
 *
 * @uses org.alignkit.scoring.spi.ScoringRuleProvider
 */
module org.alignkit.spec {
  requires transitive org.alignkit.core;
  requires transitive org.alignkit.scoring;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.yaml.snakeyaml;
  requires com.networknt.schema;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static org.immutables.value.annotations;
  requires static transitive org.apiguardian.api;

  exports org.alignkit.spec;

  opens org.alignkit.spec.schema.v1;
  opens org.alignkit.spec.bundled;
  opens org.alignkit.spec.bundled.rulesets;

  uses org.alignkit.scoring.spi.ScoringRuleProvider;
}
