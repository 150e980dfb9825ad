package org.alignkit.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.alignkit.core.internal.Ids;
import org.alignkit.spec.SpecProblem.Layer;

/**
 * The JSON Schemas of AlignKit files, read from this module's resources and validated with the
 * networknt validator (draft 2020-12, no remote fetching). Turns validator errors into located
 * problems with plain messages. Thread-safe; schemas are compiled once per class loader.
 */
public final class Schemas {
  /** The base of every schema's {@code $id}. */
  public static final String BASE = "https://alignkit.org/schemas/v1/";

  /** The resource folder of the schemas. */
  public static final String FOLDER = "/org/alignkit/spec/schema/v1/";

  private static final String[] FILES = {
    "common", "framework", "assessment", "exercise", "consensus", "ruleset"
  };

  private static final Schemas INSTANCE = new Schemas();

  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, JsonNode> trees = new HashMap<>();
  private final SchemaRegistry registry;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  private Schemas() {
    ObjectMapper mapper = new ObjectMapper();
    for (String f : FILES) {
      String iri = BASE + f + ".schema.json";
      try (InputStream in = Schemas.class.getResourceAsStream(FOLDER + f + ".schema.json")) {
        if (in == null) {
          throw new IllegalStateException(
              "schema resource missing: " + FOLDER + f + ".schema.json");
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        texts.put(iri, text);
        trees.put(iri, mapper.readTree(text));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(Map.copyOf(texts))
            .schemaRegistryConfig(
                SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build()));
  }

  /** The shared instance. */
  public static Schemas get() {
    return INSTANCE;
  }

  /** The schema of a kind, by file stem ({@code framework}, {@code assessment}, ...). */
  Schema schema(String stem) {
    return compiled.computeIfAbsent(stem, s -> {
      Schema schema = registry.getSchema(SchemaLocation.of(BASE + s + ".schema.json"));
      schema.initializeValidators();
      return schema;
    });
  }

  /**
   * Validates the node at {@code base} of a document against the schema of a kind; adds a problem
   * per error.
   */
  public void validate(String stem, Document d, String base, Problems problems) {
    JsonNode node = d.at(base);
    List<Error> errors = new ArrayList<>(schema(stem).validate(node));
    // Unknown and malformed keys first: they hide what the schema says about their values.
    errors.sort(java.util.Comparator.comparingInt(e -> isKeyError(e) ? 0 : 1));
    for (Error e : errors) {
      translate(e, d, base, problems);
    }
  }

  private static boolean isKeyError(Error e) {
    String k = String.valueOf(e.getKeyword());
    return k.equals("additionalProperties")
        || k.equals("unevaluatedProperties")
        || k.equals("propertyNames");
  }

  private void translate(Error e, Document d, String base, Problems problems) {
    String at = base + pointer(e.getInstanceLocation());
    String keyword = String.valueOf(e.getKeyword());
    JsonNode instance = e.getInstanceNode();
    JsonNode schemaNode = schemaNodeOf(e);
    String description = parentDescription(e);
    if (instance != null && instance.isNull() && !keyword.equals("required") && !isKeyError(e)) {
      problems.add(
          d,
          Layer.SCHEMA,
          at,
          "the value is missing",
          d.format() == org.alignkit.spec.SpecFormat.YAML
              ? "write the value after the ':'; inside {...}, put a text that holds commas in quotes"
              : description);
      return;
    }
    switch (keyword) {
      case "additionalProperties":
      case "unevaluatedProperties": {
        String name = e.getProperty();
        Set<String> allowed = allowedProperties(e);
        String fix = Ids.closest(name, allowed)
            .map(c -> "did you mean " + c + "?")
            .orElse(allowed.isEmpty() ? null : "allowed here: " + String.join(", ", allowed));
        String key = at + "/" + Document.escape(name);
        problems.addAtKey(d, Layer.SCHEMA, key, "unknown field '" + name + "'", fix);
        problems.hide(d.file(), key);
        return;
      }
      case "required": {
        List<String> alternatives = anyOfAlternatives(e);
        if (!alternatives.isEmpty()) {
          problems.add(
              d,
              Layer.SCHEMA,
              at,
              "give " + Texts.or(quoted(alternatives)),
              parentDescription(e, "anyOf"));
          return;
        }
        String name = e.getProperty();
        problems.add(
            d,
            Layer.SCHEMA,
            at + "/" + Document.escape(name),
            "the required field '" + name + "' is missing",
            "add '" + name + ":'" + (description == null ? "" : "; " + lower(description)));
        return;
      }
      case "type": {
        String expected =
            schemaNode != null && schemaNode.isTextual() ? schemaNode.asText() : "another type";
        if (schemaNode != null && schemaNode.isArray()) {
          List<String> types = new ArrayList<>();
          schemaNode.forEach(t -> types.add(article(t.asText())));
          expected = Texts.or(types);
        }
        String found = typeOf(instance);
        String fix = description;
        if ("string".equals(expected)
            && instance != null
            && (instance.isNumber() || instance.isBoolean())) {
          fix = "put the value in quotes: \"" + instance.asText() + "\"";
        }
        problems.add(
            d, Layer.SCHEMA, at, "expected " + article(expected) + ", found " + found, fix);
        return;
      }
      case "enum": {
        List<String> allowed = new ArrayList<>();
        if (schemaNode != null) {
          schemaNode.forEach(v -> allowed.add(v.asText()));
        }
        String value = instance == null ? "" : instance.asText();
        String fix = Ids.closest(value, allowed)
            .map(c -> "did you mean " + c + "?")
            .orElse("use " + Texts.or(allowed));
        problems.add(d, Layer.SCHEMA, at, Texts.quote(value) + " is not allowed here", fix);
        return;
      }
      case "const": {
        String expected = schemaNode == null ? "" : schemaNode.asText();
        problems.add(
            d,
            Layer.SCHEMA,
            at,
            "expected '" + expected + "', found "
                + Texts.quote(instance == null ? "" : instance.asText()),
            "write " + expected);
        return;
      }
      case "pattern":
        problems.add(
            d,
            Layer.SCHEMA,
            at,
            Texts.quote(instance == null ? "" : instance.asText())
                + " does not have the expected form",
            description);
        return;
      case "minimum":
      case "exclusiveMinimum":
      case "maximum":
      case "exclusiveMaximum": {
        String limit = schemaNode == null ? "?" : schemaNode.asText();
        String rel = keyword.equals("minimum")
            ? "at least "
            : keyword.equals("exclusiveMinimum")
                ? "greater than "
                : keyword.equals("maximum") ? "at most " : "less than ";
        problems.add(
            d,
            Layer.SCHEMA,
            at,
            (instance == null ? "the value" : instance.asText()) + " is out of range: it must be "
                + rel + limit,
            description);
        return;
      }
      case "minItems":
      case "minProperties":
      case "minLength":
        problems.add(
            d,
            Layer.SCHEMA,
            at,
            emptyMessage(keyword, schemaNode),
            keyword.equals("minLength") && d.format() == org.alignkit.spec.SpecFormat.YAML
                ? "write the text; inside {...}, put a text that holds commas in quotes: {en: \"a, b\"}"
                : description);
        return;
      case "uniqueItems":
        problems.add(
            d, Layer.SCHEMA, at, "the list has the same entry twice", "remove the repeated entry");
        return;
      case "anyOf": {
        List<String> names = requiredNames(schemaNode);
        if (!names.isEmpty()) {
          problems.add(d, Layer.SCHEMA, at, "give " + Texts.or(quoted(names)), description);
          return;
        }
        break;
      }
      case "not": {
        JsonNode req = schemaNode == null ? null : schemaNode.get("required");
        String dependent = dependentProperty(e);
        if (req != null && req.isArray() && dependent != null) {
          List<String> names = new ArrayList<>(quoted(textList(req)));
          names.add(0, "'" + dependent + "'");
          problems.add(
              d,
              Layer.SCHEMA,
              at,
              "give either " + String.join(" or ", names) + ", not both",
              description);
          return;
        }
        break;
      }
      case "propertyNames": {
        String name = e.getProperty();
        if (name == null) {
          break;
        }
        String key = at + "/" + Document.escape(name);
        String fix = d.format() == org.alignkit.spec.SpecFormat.YAML && name.indexOf(' ') >= 0
            ? "put a text that holds commas in quotes: {en: \"a, b\"}"
            : description;
        problems.addAtKey(
            d, Layer.SCHEMA, key, "the key " + Texts.quote(name) + " is not allowed here", fix);
        problems.hide(d.file(), key);
        return;
      }
      default:
        break;
    }
    String message = e.getMessage() == null ? keyword : e.getMessage();
    problems.add(d, Layer.SCHEMA, at, message, description);
  }

  private static String emptyMessage(String keyword, JsonNode schemaNode) {
    int n = schemaNode != null && schemaNode.isInt() ? schemaNode.asInt() : 1;
    switch (keyword) {
      case "minItems":
        return n <= 1 ? "the list is empty" : "the list needs at least " + n + " entries";
      case "minProperties":
        return "the mapping is empty";
      default:
        return "the text is empty";
    }
  }

  private static List<String> quoted(List<String> names) {
    List<String> out = new ArrayList<>();
    names.forEach(n -> out.add("'" + n + "'"));
    return out;
  }

  private static List<String> textList(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static List<String> requiredNames(JsonNode anyOf) {
    List<String> out = new ArrayList<>();
    if (anyOf == null || !anyOf.isArray()) {
      return out;
    }
    for (JsonNode branch : anyOf) {
      JsonNode req = branch.get("required");
      if (branch.size() != 1 || req == null || !req.isArray() || req.size() != 1) {
        return List.of();
      }
      out.add(req.get(0).asText());
    }
    return out;
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String article(String type) {
    switch (type) {
      case "object":
        return "a mapping";
      case "array":
        return "a list";
      case "string":
        return "a text";
      case "integer":
        return "a whole number";
      case "number":
        return "a number";
      case "boolean":
        return "true or false";
      default:
        return type;
    }
  }

  private static String typeOf(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return "nothing (null)";
    }
    if (n.isObject()) {
      return "a mapping";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isTextual()) {
      return "the text " + Texts.quote(n.asText());
    }
    if (n.isBoolean()) {
      return n.asText();
    }
    return "the number " + n.asText();
  }

  /** The JSON Pointer of a validator path. */
  static String pointer(NodePath path) {
    StringBuilder sb = new StringBuilder();
    if (path == null) {
      return "";
    }
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      sb.append('/')
          .append(
              element instanceof Integer
                  ? element.toString()
                  : Document.escape(String.valueOf(element)));
    }
    return sb.toString();
  }

  /** For a {@code required} error inside an {@code anyOf} of single requirements, their names. */
  private List<String> anyOfAlternatives(Error e) {
    int i = indexOf(e, "anyOf");
    if (i < 0) {
      return List.of();
    }
    NodePath f = e.getSchemaLocation().getFragment();
    return requiredNames(resolve(e.getSchemaLocation(), f.getNameCount() - i - 1));
  }

  /** The description of the schema that holds the keyword {@code keyword} on an error's path. */
  private String parentDescription(Error e, String keyword) {
    int i = indexOf(e, keyword);
    if (i < 0) {
      return null;
    }
    NodePath f = e.getSchemaLocation().getFragment();
    JsonNode n = resolve(e.getSchemaLocation(), f.getNameCount() - i);
    return n == null || n.get("description") == null
        ? null
        : n.get("description").asText();
  }

  private static int indexOf(Error e, String name) {
    if (e.getSchemaLocation() == null || e.getSchemaLocation().getFragment() == null) {
      return -1;
    }
    NodePath f = e.getSchemaLocation().getFragment();
    for (int i = f.getNameCount() - 1; i >= 0; i--) {
      if (name.equals(String.valueOf(f.getElement(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** For an error inside {@code dependentSchemas/<name>/...}, the name. */
  private static String dependentProperty(Error e) {
    if (e.getSchemaLocation() == null || e.getSchemaLocation().getFragment() == null) {
      return null;
    }
    NodePath f = e.getSchemaLocation().getFragment();
    for (int i = 0; i + 1 < f.getNameCount(); i++) {
      if ("dependentSchemas".equals(String.valueOf(f.getElement(i)))) {
        return String.valueOf(f.getElement(i + 1));
      }
    }
    return null;
  }

  /** The schema tree at an error's schema location (the keyword's value). */
  private JsonNode schemaNodeOf(Error e) {
    if (e.getSchemaLocation() == null) {
      return e.getSchemaNode();
    }
    JsonNode n = resolve(e.getSchemaLocation(), 0);
    return n == null ? e.getSchemaNode() : n;
  }

  /** The {@code description} of the schema holding the failing keyword, if it has one. */
  private String parentDescription(Error e) {
    if (e.getSchemaLocation() == null) {
      return null;
    }
    JsonNode parent = resolve(e.getSchemaLocation(), 1);
    if (parent == null) {
      return null;
    }
    JsonNode desc = parent.get("description");
    return desc == null ? null : desc.asText();
  }

  private Set<String> allowedProperties(Error e) {
    Set<String> out = new LinkedHashSet<>();
    if (e.getSchemaLocation() == null) {
      return out;
    }
    JsonNode parent = resolve(e.getSchemaLocation(), 1);
    JsonNode props = parent == null ? null : parent.get("properties");
    if (props != null) {
      Iterator<String> it = props.fieldNames();
      it.forEachRemaining(out::add);
    }
    return out;
  }

  /** The schema node at a location, {@code up} levels above its fragment. */
  private JsonNode resolve(SchemaLocation location, int up) {
    String iri = String.valueOf(location.getAbsoluteIri());
    JsonNode n = trees.get(iri);
    NodePath fragment = location.getFragment();
    if (n == null || fragment == null) {
      return null;
    }
    int count = fragment.getNameCount() - up;
    for (int i = 0; i < count && n != null; i++) {
      Object el = fragment.getElement(i);
      n = el instanceof Integer ? n.get((Integer) el) : n.get(String.valueOf(el));
    }
    return n;
  }
}
