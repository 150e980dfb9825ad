package org.alignkit.spec.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.alignkit.core.Framework;

/**
 * The frameworks an assessment can name: those given to the loader, then the bundled one. An
 * explicit framework always wins; otherwise id and version must match, and a framework with the
 * same id but another version is used so that the mismatch is reported clearly.
 */
final class Frameworks {
  private final List<Framework> known;
  private final Supplier<Optional<Framework>> bundled;

  Frameworks(List<Framework> known, Supplier<Optional<Framework>> bundled) {
    this.known = List.copyOf(known);
    this.bundled = bundled;
  }

  /** A framework with this id and version, if known; no problem is reported. */
  Framework find(String id, String version) {
    for (Framework f : known) {
      if (f.id().equals(id) && f.version().equals(version)) {
        return f;
      }
    }
    Optional<Framework> b = bundled.get();
    if (b.isPresent() && b.get().id().equals(id) && b.get().version().equals(version)) {
      return b.get();
    }
    return null;
  }

  /** The framework to check against, or {@code null} after adding a problem. */
  Framework resolve(Ctx c, String base, String id, String version, Framework explicit) {
    if (explicit != null) {
      return explicit;
    }
    List<Framework> all = new ArrayList<>(known);
    Optional<Framework> b = bundled.get();
    b.ifPresent(all::add);
    for (Framework f : all) {
      if (f.id().equals(id) && f.version().equals(version)) {
        return f;
      }
    }
    for (Framework f : all) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    if (c.problems.isTaken(c.doc.file(), base + "/framework/id")) {
      return null;
    }
    List<String> labels = new ArrayList<>();
    all.forEach(f -> labels.add(f.label()));
    c.meaning(
        base + "/framework",
        "framework " + id + " " + version + " is not known",
        "load that framework first and pass it to the loader"
            + (labels.isEmpty() ? "" : "; known: " + String.join(", ", labels)));
    return null;
  }
}
