package org.alignkit.spec.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A {@link YAMLFactory} whose parsers refuse anchors, aliases and explicit tags. Jackson reads an
 * alias {@code *a} as the plain string "a" and reports anchors only on collections, so the check
 * looks at every SnakeYAML event as it is pulled.
 */
final class StrictYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  StrictYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  static StrictYamlFactory of(YAMLFactoryBuilder builder) {
    return new StrictYamlFactory(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) {
    return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
  }

  @Override
  protected YAMLParser _createParser(
      char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
    return _createParser(new java.io.CharArrayReader(data, offset, len), ctxt);
  }

  /** A YAML feature that AlignKit files may not use, found by {@link Parser}. */
  static final class Refused extends JsonParseException {
    private static final long serialVersionUID = 1L;
    final String fix;

    Refused(YAMLParser p, String message, String fix, JsonLocation at) {
      super(p, message, at);
      this.fix = fix;
    }
  }

  private static final class Parser extends YAMLParser {
    Parser(IOContext ctxt, int pf, int yf, LoaderOptions lo, ObjectCodec codec, Reader r) {
      super(ctxt, pf, yf, lo, codec, r);
    }

    @Override
    protected Event getEvent() throws IOException {
      Event e = super.getEvent();
      if (e instanceof AliasEvent) {
        throw refused(
            e,
            "YAML aliases (*" + ((AliasEvent) e).getAnchor()
                + ") are not allowed in AlignKit files",
            "write the value out in full");
      }
      if (e instanceof NodeEvent && ((NodeEvent) e).getAnchor() != null) {
        throw refused(
            e,
            "YAML anchors (&" + ((NodeEvent) e).getAnchor() + ") are not allowed in AlignKit files",
            "remove the anchor and write repeated values out in full");
      }
      String tag = null;
      if (e instanceof ScalarEvent) {
        tag = ((ScalarEvent) e).getTag();
      } else if (e instanceof CollectionStartEvent) {
        tag = ((CollectionStartEvent) e).getTag();
      }
      if (tag != null) {
        throw refused(
            e,
            "YAML tags (" + shortTag(tag) + ") are not allowed in AlignKit files",
            "remove the tag; write plain values");
      }
      return e;
    }

    private Refused refused(Event e, String message, String fix) {
      Mark m = e.getStartMark();
      JsonLocation at = m == null
          ? currentLocation()
          : new JsonLocation(
              _ioContext.contentReference(), m.getIndex(), m.getLine() + 1, m.getColumn() + 1);
      return new Refused(this, message, fix, at);
    }

    private static String shortTag(String tag) {
      String t = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
      return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
  }
}
