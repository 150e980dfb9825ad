package org.alignkit.spec.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.alignkit.core.SourceLocation;
import org.alignkit.spec.Limits;
import org.alignkit.spec.SpecFormat;
import org.alignkit.spec.SpecProblem;
import org.alignkit.spec.SpecProblem.Layer;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Turns bytes into a {@link Document}: checks UTF-8, then walks Jackson's token stream (YAML or
 * JSON) into a tree, recording where every value and key starts. Anchors, aliases, tags, duplicate
 * keys, second documents, trailing content, deep nesting and long texts are refused with a located
 * problem. Thread-safe.
 */
public final class DocumentParser {
  /** Longest number, in characters. */
  static final int MAX_NUMBER_LENGTH = 100;

  /** A YAML line may be this much longer than the longest text (for indentation and key). */
  static final int LINE_SLACK = 1024;

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final Limits limits;
  private final JsonFactory json;
  private final YAMLFactory yaml;

  /** A parser for the given limits. */
  public DocumentParser(Limits limits) {
    this.limits = limits;
    JacksonSupport.requireSupportedVersion();
    StreamReadConstraints.Builder builder = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(MAX_NUMBER_LENGTH);
    // Jackson 2.16 added limits on names and documents; on 2.15 the names' length is checked while
    // reading (below) and the document's size before parsing, so the limits hold either way.
    JacksonSupport.maxNameLength(builder, limits.maxStringLength());
    JacksonSupport.maxDocumentLength(builder, limits.maxDocumentBytes());
    StreamReadConstraints constraints = builder.build();
    this.json = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(limits.maxNestingDepth());
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes() + 1));
    this.yaml = StrictYamlFactory.of(YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
  }

  /** Parses a source's bytes; adds problems and returns {@code null} when they cannot be parsed. */
  public Document parse(Source source, byte[] bytes, Problems problems) {
    String file = source.name();
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3; // UTF-8 byte order mark
    } else if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
      problems.add(SpecProblem.of(
          SourceLocation.of(file, 1, 1, ""),
          Layer.SYNTAX,
          "the file is UTF-16, not UTF-8",
          "save the file as UTF-8"));
      return null;
    }
    int bad = firstMalformed(bytes, start);
    if (bad >= 0) {
      long[] lc = Texts.lineColumnOfByte(bytes, bad);
      problems.add(SpecProblem.of(
          SourceLocation.of(file, (int) lc[0], (int) lc[1], ""),
          Layer.SYNTAX,
          String.format(
              java.util.Locale.ROOT,
              "the file is not valid UTF-8: byte 0x%02X at offset %d",
              bytes[bad] & 0xFF,
              bad),
          "save the file as UTF-8"));
      return null;
    }
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    SpecFormat format = source.format();
    if (format == SpecFormat.YAML && !scanYaml(file, text, problems)) {
      return null;
    }
    Walk walk = new Walk(file);
    try (JsonParser p = format == SpecFormat.JSON
        ? json.createParser(new StringReader(text))
        : yaml.createParser(new StringReader(text))) {
      walk.parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(SpecProblem.of(
            SourceLocation.of(file, 1, 1, ""),
            Layer.SYNTAX,
            "the file is empty",
            "start it with 'apiVersion: alignkit/v1' and 'kind:'"));
        return null;
      }
      JsonNode root = walk.value("", 1);
      if (walk.failed) {
        problems.add(walk.problem);
        return null;
      }
      JsonToken next;
      try {
        next = p.nextToken();
      } catch (JsonProcessingException e) {
        next = JsonToken.NOT_AVAILABLE;
      }
      if (next != null) {
        JsonLocation at = p.currentTokenLocation();
        problems.add(SpecProblem.of(
            SourceLocation.of(file, at.getLineNr(), at.getColumnNr(), ""),
            Layer.SYNTAX,
            format == SpecFormat.JSON
                ? "unexpected content after the end of the JSON document"
                : "the file holds more than one YAML document",
            format == SpecFormat.JSON
                ? "remove everything after the closing brace"
                : "put each document in its own file"));
        return null;
      }
      return new Document(file, format, root, walk.values, walk.keys, source);
    } catch (JsonProcessingException e) {
      problems.add(walk.fromException(e));
      problems.cause(e);
      return null;
    } catch (IOException | RuntimeException e) {
      problems.add(SpecProblem.of(
          walk.here(),
          Layer.SYNTAX,
          "the file cannot be parsed: " + e.getClass().getSimpleName()));
      problems.cause(e);
      return null;
    }
  }

  /**
   * Checks what SnakeYAML would only find at great cost or without a position: control characters,
   * and lines so long that its reader (which keeps a line as code points) would need a large
   * buffer. Adds a problem and returns false when one is found.
   */
  private boolean scanYaml(String file, String text, Problems problems) {
    long maxLine = (long) limits.maxStringLength() + LINE_SLACK;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        continue;
      }
      if (i - lineStart >= maxLine) {
        problems.add(
            SpecProblem.of(
                SourceLocation.of(file, line, i - lineStart + 1, ""),
                Layer.LIMIT,
                "a line is longer than the limit of "
                    + String.format(java.util.Locale.ROOT, "%,d", maxLine)
                    + " characters",
                "break long texts over several lines (YAML folded style '>'), or raise Limits.maxStringLength"));
        return false;
      }
      boolean control = (c < 0x20 && c != '\t' && c != '\r')
          || (c >= 0x7F && c <= 0x9F && c != 0x85)
          || c == 0xFFFE
          || c == 0xFFFF;
      if (control) {
        problems.add(SpecProblem.of(
            SourceLocation.of(file, line, text.codePointCount(lineStart, i) + 1, ""),
            Layer.SYNTAX,
            String.format(
                java.util.Locale.ROOT, "the file holds the control character U+%04X", (int) c),
            "remove it; YAML files hold printable text only"));
        return false;
      }
    }
    return true;
  }

  /** The offset of the first byte that is not valid UTF-8, or -1. */
  private static int firstMalformed(byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        r = decoder.flush(out);
        return r.isError() ? in.position() : -1;
      }
      out.clear();
    }
  }

  /** One walk over a parser's tokens. */
  private final class Walk {
    final String file;
    final Map<String, long[]> values = new HashMap<>();
    final Map<String, long[]> keys = new HashMap<>();
    JsonParser parser;
    String pointer = "";
    boolean failed;
    SpecProblem problem;

    Walk(String file) {
      this.file = file;
    }

    JsonNode value(String ptr, int depth) throws IOException {
      pointer = ptr;
      JsonToken t = parser.currentToken();
      JsonLocation at = parser.currentTokenLocation();
      values.put(ptr, new long[] {at.getLineNr(), at.getColumnNr()});
      switch (t) {
        case START_OBJECT: {
          ObjectNode o = NODES.objectNode();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation k = parser.currentTokenLocation();
            String child = ptr + "/" + Document.escape(name);
            pointer = child;
            keys.put(child, new long[] {k.getLineNr(), k.getColumnNr()});
            if (name.length() > limits.maxStringLength()) {
              return fail(at(k, child), Layer.LIMIT, tooLong("a key"), raise());
            }
            parser.nextToken();
            JsonNode v = value(child, depth + 1);
            if (failed) {
              return null;
            }
            o.set(name, v);
          }
          return o;
        }
        case START_ARRAY: {
          ArrayNode a = NODES.arrayNode();
          int i = 0;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode v = value(ptr + "/" + i++, depth + 1);
            if (failed) {
              return null;
            }
            a.add(v);
          }
          return a;
        }
        case VALUE_STRING: {
          String s = parser.getText();
          if (s.length() > limits.maxStringLength()) {
            return fail(at(at, ptr), Layer.LIMIT, tooLong("a text"), raise());
          }
          return NODES.textNode(s);
        }
        case VALUE_NUMBER_INT:
          switch (parser.getNumberType()) {
            case INT:
              return NODES.numberNode(parser.getIntValue());
            case LONG:
              return NODES.numberNode(parser.getLongValue());
            default:
              return NODES.numberNode(parser.getBigIntegerValue());
          }
        case VALUE_NUMBER_FLOAT: {
          BigDecimal d;
          try {
            d = parser.getDecimalValue();
          } catch (NumberFormatException | JsonProcessingException e) {
            return fail(
                at(at, ptr),
                Layer.SYNTAX,
                "'" + parser.getText() + "' is not a finite number",
                null);
          }
          return NODES.numberNode(d);
        }
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          return fail(at(at, ptr), Layer.SYNTAX, "unexpected " + t + " in the document", null);
      }
    }

    private String tooLong(String what) {
      return what + " is longer than the limit of "
          + String.format(java.util.Locale.ROOT, "%,d", limits.maxStringLength()) + " characters";
    }

    private String raise() {
      return "shorten it, or raise Limits.maxStringLength";
    }

    private JsonNode fail(SourceLocation at, Layer layer, String message, String fix) {
      failed = true;
      SpecProblem.Builder b = SpecProblem.builder().location(at).layer(layer).message(message);
      if (fix != null) {
        b.fix(fix);
      }
      problem = b.build();
      return null;
    }

    private SourceLocation at(JsonLocation l, String ptr) {
      return SourceLocation.of(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()), ptr);
    }

    SourceLocation here() {
      JsonLocation l = parser == null ? JsonLocation.NA : parser.currentLocation();
      return at(l, pointer);
    }

    SpecProblem fromException(JsonProcessingException e) {
      JsonLocation l =
          e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : null;
      SourceLocation at = l == null ? here() : at(l, pointer);
      if (e instanceof StrictYamlFactory.Refused) {
        return SpecProblem.of(
            at, Layer.SYNTAX, e.getOriginalMessage(), ((StrictYamlFactory.Refused) e).fix);
      }
      if (e instanceof StreamConstraintsException) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
          return SpecProblem.of(
              at,
              Layer.LIMIT,
              "the document nests deeper than the limit of " + limits.maxNestingDepth() + " levels",
              "AlignKit files nest about 10 levels deep; raise Limits.maxNestingDepth if you need more");
        }
        if (m.contains("Number value length")) {
          return SpecProblem.of(
              at,
              Layer.LIMIT,
              "a number is longer than " + MAX_NUMBER_LENGTH + " characters",
              "shorten the number");
        }
        if (m.contains("String value length") || m.contains("Name length")) {
          return SpecProblem.of(
              at, Layer.LIMIT, tooLong(m.contains("Name") ? "a key" : "a text"), raise());
        }
        if (m.contains("Document length")) {
          return SpecProblem.of(
              at,
              Layer.LIMIT,
              "the file is larger than the limit of " + Texts.bytes(limits.maxDocumentBytes()),
              "split the file, or raise Limits.maxDocumentBytes");
        }
        return SpecProblem.of(at, Layer.LIMIT, "the document exceeds a limit of the reader");
      }
      if (e instanceof MarkedYAMLException) {
        MarkedYAMLException y = (MarkedYAMLException) e;
        String problem = y.getProblem() == null ? "not valid YAML" : y.getProblem();
        problem = problem.replaceAll("but got (\\S)$", "but got '$1'");
        String context = y.getContext();
        return SpecProblem.of(
            at,
            Layer.SYNTAX,
            "not valid YAML: " + (context == null ? "" : context + ": ") + problem,
            "check the indentation and the ':' and '-' before this point");
      }
      String m = String.valueOf(e.getOriginalMessage());
      if (m.startsWith("Duplicate field")) {
        String name = m.substring(m.indexOf('\'') + 1, m.lastIndexOf('\''));
        String ptr = pointer.contains("/") ? pointer.substring(0, pointer.lastIndexOf('/')) : "";
        return SpecProblem.of(
            at(l == null ? parser.currentLocation() : l, ptr + "/" + Document.escape(name)),
            Layer.SYNTAX,
            "the key '" + name + "' appears twice in the same mapping",
            "keep one of them");
      }
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        return SpecProblem.of(
            at, Layer.SYNTAX, "the file is not valid UTF-8", "save the file as UTF-8");
      }
      // Jackson's own messages are readable; keep the first line, without the source excerpt.
      int nl = m.indexOf('\n');
      String first = nl < 0 ? m : m.substring(0, nl);
      return SpecProblem.of(
          at,
          Layer.SYNTAX,
          (format(e) == SpecFormat.JSON ? "not valid JSON: " : "not valid YAML: ") + first);
    }

    private SpecFormat format(JsonProcessingException e) {
      return parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser
          ? SpecFormat.YAML
          : SpecFormat.JSON;
    }
  }
}
