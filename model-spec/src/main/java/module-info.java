/**
 * AlignKit model files: frameworks, assessments, exercises and consensus records as YAML or JSON.
 *
 * <p>{@link org.alignkit.spec.SpecLoader} reads files into the values of {@code org.alignkit.core}
 * and checks them in three layers (syntax, JSON Schema, meaning), reporting every problem of a file
 * at once with its file, line, column and JSON Pointer; {@link org.alignkit.spec.SpecWriter} writes
 * them back. The JSON Schemas ship in the package folder {@code org/alignkit/spec/schema/v1/}, the
 * bundled reference framework in {@code org/alignkit/spec/bundled/}; both folders are open so that
 * tools can read them with {@link ClassLoader#getResource(String)}.
 */
module org.alignkit.spec {
  requires transitive org.alignkit.core;
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
}
