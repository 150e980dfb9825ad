package org.alignkit.spec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.alignkit.core.SourceLocation;
import org.alignkit.spec.SpecFormat;

/**
 * A parsed file: its tree and, for every JSON Pointer in it, the line and column where the value
 * (and, for mapping entries, the key) starts.
 */
public final class Document {
  private final String file;
  private final SpecFormat format;
  private final JsonNode root;
  private final Map<String, long[]> values;
  private final Map<String, long[]> keys;
  private final Source source;

  Document(
      String file,
      SpecFormat format,
      JsonNode root,
      Map<String, long[]> values,
      Map<String, long[]> keys,
      Source source) {
    this.file = file;
    this.format = format;
    this.root = root;
    this.values = values;
    this.keys = keys;
    this.source = source;
  }

  /** The file's display name. */
  public String file() {
    return file;
  }

  /** YAML or JSON. */
  public SpecFormat format() {
    return format;
  }

  /** The tree. */
  public JsonNode root() {
    return root;
  }

  /** Where the document came from (to resolve relative paths). */
  public Source source() {
    return source;
  }

  /** The value at a pointer, or a missing node. */
  public JsonNode at(String pointer) {
    return pointer.isEmpty() ? root : root.at(pointer);
  }

  /** Where the value at a pointer starts; falls back to the nearest ancestor that exists. */
  public SourceLocation locate(String pointer) {
    return locate(pointer, false);
  }

  /** Where the key of a mapping entry starts; falls back like {@link #locate(String)}. */
  public SourceLocation locateKey(String pointer) {
    return locate(pointer, true);
  }

  private SourceLocation locate(String pointer, boolean key) {
    String p = pointer;
    while (true) {
      long[] at = key ? keys.get(p) : null;
      if (at == null) {
        at = values.get(p);
      }
      if (at != null) {
        return SourceLocation.of(file, (int) at[0], (int) at[1], pointer);
      }
      if (p.isEmpty()) {
        return SourceLocation.of(file, 0, 0, pointer);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Escapes a key for use in a JSON Pointer (RFC 6901). */
  public static String escape(String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return key;
    }
    return key.replace("~", "~0").replace("/", "~1");
  }
}
