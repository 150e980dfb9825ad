package org.alignkit.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alignkit.core.Framework;

/** Test files under {@code src/test/resources/org/alignkit/spec/files}, and scratch files. */
final class TestFiles {
  private TestFiles() {}

  /** A test resource as a path. */
  static Path resource(String name) {
    URL url = TestFiles.class.getResource("/org/alignkit/spec/files/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The test framework (5 indicators, 5 levels, EN and FR). */
  static Framework framework() {
    return SpecLoader.defaults().loadFramework(resource("framework.yaml"));
  }

  /** A loader that knows the test framework. */
  static SpecLoader loader() {
    return SpecLoader.builder().addFramework(framework()).build();
  }

  /** Writes a file into a folder. */
  static Path write(Path dir, String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a file. */
  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a test resource. */
  static String text(String name) {
    try {
      return Files.readString(resource(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
