package org.alignkit.report.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A minimal SVG element tree that escapes every attribute value and text (with Guava's {@link
 * XmlEscapers}), so that titles and group names taken from user files can never become markup.
 * Element and attribute names are fixed by the chart code and checked.
 */
public final class Svg {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");
  private static final Escaper ATTR = XmlEscapers.xmlAttributeEscaper();
  private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();

  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<Object> children = new ArrayList<>();

  private Svg(String name) {
    checkArgument(NAME.matcher(name).matches(), "bad element name %s", name);
    this.name = name;
  }

  /** A new element. */
  public static Svg el(String name) {
    return new Svg(name);
  }

  /** Sets an attribute; numbers are written with at most two decimals, in the root locale. */
  public Svg attr(String key, Object value) {
    checkArgument(NAME.matcher(key).matches(), "bad attribute name %s", key);
    attributes.put(key, value instanceof Double ? num((Double) value) : String.valueOf(value));
    return this;
  }

  /** Adds a child element. */
  public Svg add(Svg child) {
    children.add(child);
    return this;
  }

  /** Adds text content. */
  public Svg text(String text) {
    children.add(text);
    return this;
  }

  /** Adds a {@code <title>} child: the accessible name and the tooltip. */
  public Svg title(String text) {
    return add(el("title").text(text));
  }

  /** A number with at most two decimals and no trailing zeros, e.g. {@code 12.5}. */
  public static String num(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** The markup. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    render(sb);
    return sb.toString();
  }

  private void render(StringBuilder sb) {
    sb.append('<').append(name);
    attributes.forEach(
        (k, v) -> sb.append(' ').append(k).append("=\"").append(ATTR.escape(v)).append('"'));
    if (children.isEmpty()) {
      sb.append("/>");
      return;
    }
    sb.append('>');
    for (Object c : children) {
      if (c instanceof Svg) {
        ((Svg) c).render(sb);
      } else {
        sb.append(TEXT.escape((String) c));
      }
    }
    sb.append("</").append(name).append('>');
  }
}
