package org.alignkit.spec.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alignkit.core.ModelProblem;
import org.alignkit.core.SourceLocation;
import org.alignkit.spec.SpecException;
import org.alignkit.spec.SpecProblem;
import org.alignkit.spec.SpecProblem.Layer;

/**
 * Collects the problems of one load (one file, or an exercise and its files). Checks run in phases
 * (schema, then meaning); a problem at a pointer hides problems of later phases at the same pointer
 * or below it, so that one mistake is reported once even when several layers notice it. Problems
 * at the root pointer hide nothing.
 */
public final class Problems {
  private final int max;
  private final List<SpecProblem> problems = new ArrayList<>();
  private final Map<String, Map<String, Integer>> taken = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private int phase;
  private final Map<String, Integer> fileOrder = new LinkedHashMap<>();
  private int dropped;
  private Throwable cause;

  /** A collector that keeps at most {@code max} problems. */
  public Problems(int max) {
    this.max = max;
  }

  /** Adds a problem unless one was already reported at its pointer or above it. */
  public void add(SpecProblem p) {
    SourceLocation l = p.location();
    if (isTaken(l.file(), l.pointer()) || !seen.add(p.toString())) {
      return;
    }
    if (!l.pointer().isEmpty()) {
      taken.computeIfAbsent(l.file(), f -> new HashMap<>()).putIfAbsent(l.pointer(), phase);
    }
    fileOrder.putIfAbsent(l.file(), fileOrder.size());
    if (problems.size() >= max) {
      dropped++;
      return;
    }
    problems.add(p);
  }

  /** Adds a problem at the value of a pointer. */
  public void add(Document d, Layer layer, String pointer, String message, String fix) {
    add(build(d.locate(pointer), layer, message, fix));
  }

  /** Adds a problem at the key of a pointer (an unknown field). */
  public void addAtKey(Document d, Layer layer, String pointer, String message, String fix) {
    add(build(d.locateKey(pointer), layer, message, fix));
  }

  /** Adds a core problem, its pointer prefixed with {@code base}. */
  public void add(Document d, String base, ModelProblem p) {
    SpecProblem.Builder b = SpecProblem.builder()
        .location(d.locate(base + p.pointer()))
        .layer(Layer.MEANING)
        .message(p.message())
        .code(p.code());
    p.fix().ifPresent(b::fix);
    add(b.build());
  }

  /** Adds every problem of a core exception, pointers prefixed with {@code base}. */
  public void addAll(Document d, String base, List<ModelProblem> list) {
    list.forEach(p -> add(d, base, p));
  }

  /**
   * Marks a pointer as handled: problems found from now on there or below are hidden. Used where a
   * placeholder stood in for a broken value.
   */
  public void hide(String file, String pointer) {
    taken.computeIfAbsent(file, f -> new HashMap<>()).put(pointer, -1);
  }

  /** Starts the next phase: pointers taken so far now hide problems found from here on. */
  public void nextPhase() {
    phase++;
  }

  /** Whether a problem at this pointer would be hidden. */
  public boolean isTaken(String file, String pointer) {
    Map<String, Integer> set = taken.get(file);
    if (set == null) {
      return false;
    }
    String p = pointer;
    while (true) {
      Integer at = set.get(p);
      if (at != null && at < phase) {
        return true;
      }
      if (p.isEmpty()) {
        return false;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Keeps a low-level exception as the cause of the {@link SpecException}. */
  public void cause(Throwable t) {
    if (cause == null) {
      cause = t;
    }
  }

  /** Whether nothing was found. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** How many problems were found. */
  public int count() {
    return problems.size() + dropped;
  }

  /** The problems, by file (in the order first seen), line and column. */
  public List<SpecProblem> list() {
    List<SpecProblem> out = new ArrayList<>(problems);
    out.sort(Comparator.<SpecProblem>comparingInt(
            p -> fileOrder.getOrDefault(p.location().file(), 0))
        .thenComparingInt(p -> p.location().line())
        .thenComparingInt(p -> p.location().column()));
    if (dropped > 0) {
      SpecProblem last = out.get(out.size() - 1);
      out.add(SpecProblem.of(
          SourceLocation.of(last.location().file(), 0, 0, ""),
          Layer.LIMIT,
          dropped + " more problem" + (dropped == 1 ? "" : "s") + " not shown",
          "fix the problems above, or raise Limits.maxProblems"));
    }
    return List.copyOf(out);
  }

  /** Throws a {@link SpecException} if anything was found. */
  public void throwIfAny() {
    if (!isEmpty()) {
      throw new SpecException(list(), cause);
    }
  }

  private static SpecProblem build(SourceLocation at, Layer layer, String message, String fix) {
    SpecProblem.Builder b = SpecProblem.builder().location(at).layer(layer).message(message);
    if (fix != null) {
      b.fix(fix);
    }
    return b.build();
  }
}
