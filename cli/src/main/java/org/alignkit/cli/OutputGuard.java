package org.alignkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses, before anything is written, an output file that would destroy an input of the run or
 * that cannot be written: one whose real path (links followed) is that of an input file (any file
 * the run reads: assessments, the files a round folder or exercise file is read from, the
 * framework, rule-set and consensus files; and any file kept in an input round folder), a folder,
 * a file below something that is not a folder, or a file in a folder that cannot be written. Writing itself (and creating missing folders) is
 * left to the command.
 */
final class OutputGuard {
  private OutputGuard() {}

  /**
   * Checks an output file against the inputs of the run.
   *
   * @param inputs the paths given to the command (files or round folders); {@code null}s are
   *     ignored
   * @throws InvalidInputException (exit 1) saying why the file is refused
   */
  static void check(Path output, Collection<Path> inputs) {
    check(output, inputs, Locale.ENGLISH);
  }

  /** Like {@link #check(Path, Collection)}, refusing in a language. */
  static void check(Path output, Collection<Path> inputs, Locale locale) {
    CliMessages msg = CliMessages.of(locale);
    if (Files.isDirectory(output)) {
      throw new InvalidInputException(msg.get("output.isFolder", output));
    }
    Optional<Path> target = realPath(output);
    for (Path input : inputs) {
      if (input == null) {
        continue;
      }
      List<Path> files = new ArrayList<>(Inputs.loader().filesOf(input));
      if (Files.isDirectory(input)) {
        // The other files kept in a round folder (a consensus record, notes) are protected too.
        try (var kept = Files.list(input)) {
          kept.filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException | SecurityException e) {
          // the loader reports a folder that cannot be read
        }
      }
      for (Path file : files) {
        if (target.isPresent() && sameFile(target.get(), file)) {
          String what = file.equals(input) || Files.isRegularFile(input)
              ? msg.get("output.input.file", file)
              : msg.get("output.input.inFolder", file, input);
          throw new InvalidInputException(msg.get("output.isInput", output, what));
        }
      }
    }
    Path folder = existingAncestor(output.toAbsolutePath().getParent());
    if (folder != null && !Files.isDirectory(folder)) {
      throw new InvalidInputException(msg.get("output.notAFolder", output, folder));
    }
    if (folder != null && !Files.isWritable(folder)) {
      throw new InvalidInputException(msg.get("output.folderNotWritable", output, folder));
    }
    if (Files.exists(output) && !Files.isWritable(output)) {
      throw new InvalidInputException(msg.get("output.readOnly", output));
    }
  }

  /** The folder the file goes in, created with its missing parents. */
  static void createFolders(Path output) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      Files.createDirectories(parent);
    }
  }

  /** The paths of inputs, leaving out the absent ones ({@code null}). */
  static List<Path> inputs(Object... pathsOrCollections) {
    List<Path> out = new ArrayList<>();
    for (Object o : pathsOrCollections) {
      if (o instanceof Path) {
        out.add((Path) o);
      } else if (o instanceof Collection) {
        for (Object p : (Collection<?>) o) {
          if (p instanceof Path) {
            out.add((Path) p);
          }
        }
      } else if (o instanceof Path[]) {
        for (Path p : (Path[]) o) {
          if (p != null) {
            out.add(p);
          }
        }
      }
    }
    return out;
  }

  /**
   * Where writing the file would write: the real path of the file, or of the nearest folder that
   * exists joined with the rest of the path. Empty when the path cannot be resolved at all.
   */
  private static Optional<Path> realPath(Path file) {
    try {
      Path absolute = file.toAbsolutePath().normalize();
      Path existing = absolute;
      Path rest = null;
      while (existing != null && !Files.exists(existing)) {
        Path name = existing.getFileName();
        rest = rest == null ? name : name.resolve(rest);
        existing = existing.getParent();
      }
      if (existing == null) {
        return Optional.of(absolute);
      }
      Path real = existing.toRealPath();
      return Optional.of(rest == null ? real : real.resolve(rest));
    } catch (IOException | InvalidPathException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static boolean sameFile(Path target, Path input) {
    try {
      if (Files.exists(target) && Files.exists(input)) {
        return Files.isSameFile(target, input);
      }
      Optional<Path> real = realPath(input);
      return real.isPresent() && real.get().equals(target);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  private static Path existingAncestor(Path folder) {
    Path p = folder;
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p;
  }
}
