package org.alignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The bytes of every file under some paths, to check that a run left its inputs as they were. */
final class Snapshot {
  private final Map<Path, byte[]> files = new TreeMap<>();

  private Snapshot() {}

  /** Every regular file under the paths (files or folders), with its bytes. */
  static Snapshot of(Path... roots) {
    Snapshot s = new Snapshot();
    for (Path root : roots) {
      try (Stream<Path> all = Files.walk(root)) {
        all.filter(Files::isRegularFile).forEach(p -> {
          try {
            s.files.put(p, Files.readAllBytes(p));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(s.files).as("files to watch").isNotEmpty();
    return s;
  }

  /** Asserts that every file is still there, byte for byte. */
  void assertUnchanged() {
    files.forEach((p, bytes) -> {
      try {
        assertThat(Files.readAllBytes(p)).as("bytes of %s", p).isEqualTo(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
