package org.alignkit.spec.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small text helpers for messages and byte positions. */
public final class Texts {
  private Texts() {}

  /** 1-based line and column (in characters) of a byte offset in UTF-8 text. */
  static long[] lineColumnOfByte(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(offset, bytes.length);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < end; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new long[] {line, column};
  }

  /** {@code 8 MiB}, {@code 512 KiB} or {@code 100 bytes}. */
  static String bytes(long n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
      return n / (1024 * 1024) + " MiB";
    }
    if (n >= 1024 && n % 1024 == 0) {
      return n / 1024 + " KiB";
    }
    return String.format(Locale.ROOT, "%,d bytes", n);
  }

  /** {@code a, b or c}. */
  static String or(Collection<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    String all = items.stream().collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }

  /** {@code a, b and c}. */
  static String and(Collection<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    String all = items.stream().collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " and " + all.substring(last + 2);
  }

  /** A value quoted for a message, shortened when long. */
  static String quote(String value) {
    String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return "'" + v.replace("\n", "\\n") + "'";
  }
}
