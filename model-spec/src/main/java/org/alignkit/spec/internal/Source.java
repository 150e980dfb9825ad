package org.alignkit.spec.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.alignkit.core.SourceLocation;
import org.alignkit.spec.Limits;
import org.alignkit.spec.SpecFormat;
import org.alignkit.spec.SpecProblem;
import org.alignkit.spec.SpecProblem.Layer;

/** Where a document comes from: a file, a URL or a stream; reads its bytes within the size limit. */
public abstract class Source {
  private final String name;

  Source(String name) {
    this.name = name;
  }

  /** The name shown in problems. */
  public final String name() {
    return name;
  }

  /** The syntax by the name's extension; YAML when the name has none (YAML reads JSON too). */
  public SpecFormat format() {
    return SpecFormat.ofFileName(name).orElse(SpecFormat.YAML);
  }

  /** The file, if this source is one. */
  public Optional<Path> path() {
    return Optional.empty();
  }

  /**
   * A source for a path written in this document (an exercise's assessment), or empty when this
   * source has no folder (a stream).
   */
  public abstract Optional<Source> resolve(String relative);

  abstract InputStream open() throws IOException;

  /**
   * Reads every byte, or adds a problem and returns {@code null}: when the source cannot be read,
   * or holds more than {@link Limits#maxDocumentBytes()} bytes (then only the limit plus one byte
   * is read).
   */
  public final byte[] read(Limits limits, Problems problems) {
    long max = limits.maxDocumentBytes();
    byte[] bytes;
    try (InputStream in = open()) {
      bytes = in.readNBytes((int) max + 1);
    } catch (NoSuchFileException e) {
      problems.add(io("no such file", "check the path; it is read relative to the working folder"));
      return null;
    } catch (AccessDeniedException e) {
      problems.add(
          io("the file cannot be read: permission denied", "check the file's permissions"));
      return null;
    } catch (NotAFileException e) {
      problems.add(io(e.getMessage(), e.fix));
      return null;
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      problems.add(io("the file cannot be read: " + why, null));
      return null;
    }
    if (bytes.length > max) {
      long[] lc = Texts.lineColumnOfByte(bytes, (int) max);
      problems.add(SpecProblem.of(
          SourceLocation.of(name, (int) lc[0], (int) lc[1], ""),
          Layer.LIMIT,
          "the file is larger than the limit of " + Texts.bytes(max),
          "split the file, or raise Limits.maxDocumentBytes"));
      return null;
    }
    return bytes;
  }

  private SpecProblem io(String message, String fix) {
    SpecProblem.Builder b = SpecProblem.builder()
        .location(SourceLocation.of(name, 0, 0, ""))
        .layer(Layer.IO)
        .message(message);
    if (fix != null) {
      b.fix(fix);
    }
    return b.build();
  }

  /** A file. */
  public static Source of(Path path) {
    return new FileSource(path);
  }

  /** A URL, e.g. of a classpath resource. */
  public static Source of(URL url) {
    return new UrlSource(url, url.toString());
  }

  /** A URL shown under another name. */
  public static Source of(URL url, String name) {
    return new UrlSource(url, name);
  }

  /** A stream with a name (which gives the syntax by its extension). */
  public static Source of(InputStream in, String name) {
    return new StreamSource(in, name);
  }

  /** A path that names a folder, or something else that is not a regular file. */
  static final class NotAFileException extends IOException {
    private static final long serialVersionUID = 1L;
    final String fix;

    NotAFileException(String message, String fix) {
      super(message);
      this.fix = fix;
    }
  }

  private static final class FileSource extends Source {
    private final Path path;

    FileSource(Path path) {
      super(path.toString());
      this.path = path;
    }

    @Override
    public Optional<Path> path() {
      return Optional.of(path);
    }

    @Override
    public Optional<Source> resolve(String relative) {
      try {
        return Optional.of(new FileSource(path.resolveSibling(relative)));
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }

    @Override
    InputStream open() throws IOException {
      if (Files.isDirectory(path)) {
        throw new NotAFileException(
            "this is a folder, not a file",
            "give the path of a file; a round (exercise) can also be read from its folder");
      }
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        throw new NotAFileException("this is not a regular file", "give the path of a file");
      }
      return Files.newInputStream(path);
    }
  }

  private static final class UrlSource extends Source {
    private final URL url;

    UrlSource(URL url, String name) {
      super(name);
      this.url = url;
    }

    @Override
    public SpecFormat format() {
      return SpecFormat.ofFileName(url.getPath()).orElse(SpecFormat.YAML);
    }

    @Override
    public Optional<Source> resolve(String relative) {
      try {
        return Optional.of(
            new UrlSource(new URL(url, relative), new URL(url, relative).toString()));
      } catch (MalformedURLException e) {
        return Optional.empty();
      }
    }

    @Override
    InputStream open() throws IOException {
      if ("file".equals(url.getProtocol())) {
        try {
          Path p = Path.of(url.toURI());
          if (Files.isDirectory(p)) {
            throw new NotAFileException("this is a folder, not a file", "give the URL of a file");
          }
          if (!Files.exists(p)) {
            throw new NoSuchFileException(p.toString());
          }
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
          // fall through to the URL's own stream
        }
      }
      return url.openStream();
    }
  }

  private static final class StreamSource extends Source {
    private final InputStream in;

    StreamSource(InputStream in, String name) {
      super(name);
      this.in = in;
    }

    @Override
    public Optional<Source> resolve(String relative) {
      return Optional.empty();
    }

    @Override
    InputStream open() {
      // The caller owns the stream; do not close it.
      return new java.io.FilterInputStream(in) {
        @Override
        public void close() {}
      };
    }
  }
}
