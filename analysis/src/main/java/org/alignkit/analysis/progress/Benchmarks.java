package org.alignkit.analysis.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alignkit.analysis.NodeScores;
import org.alignkit.core.Assessment;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.Indicator;
import org.alignkit.core.NodeType;
import org.alignkit.core.Rating;
import org.apiguardian.api.API;

/**
 * Benchmarks a country against a reference, as the Global Digital Health Index does against a
 * regional average: per indicator (or node), {@link Par#ABOVE}, {@link Par#AT} or {@link Par#BELOW}
 * par within a tolerance. With tolerance {@code t}: at par when {@code |value − reference| ≤ t},
 * above when {@code value − reference > t}, below when {@code value − reference < −t}; exact
 * arithmetic. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Benchmarks {
  private Benchmarks() {}

  /**
   * Each indicator's level in an assessment (a group's, or a consensus) against a reference value
   * per indicator, at tolerance 0.
   */
  public static List<BenchmarkPosition> compare(
      Framework framework, Assessment subject, Map<String, BigDecimal> reference) {
    return compare(framework, subject, reference, BigDecimal.ZERO);
  }

  /**
   * Each indicator's level in an assessment against a reference value per indicator, in the
   * framework's tree order.
   *
   * @param reference reference values by indicator id; an indicator without one is {@link
   *     Par#NOT_AVAILABLE}
   * @param tolerance how far from the reference still counts as at par; not negative
   * @throws IllegalArgumentException if the reference names an id that is not an indicator of the
   *     framework, or the tolerance is negative
   * @throws org.alignkit.core.ModelException if the assessment does not fit the framework
   */
  public static List<BenchmarkPosition> compare(
      Framework framework,
      Assessment subject,
      Map<String, BigDecimal> reference,
      BigDecimal tolerance) {
    requireNonNull(framework, "framework");
    framework.requireValid(requireNonNull(subject, "subject"));
    checkReference(framework, reference, tolerance, true);
    List<BenchmarkPosition> out = new ArrayList<>();
    for (Indicator i : framework.indicators()) {
      Optional<Rating> r = subject.rating(i.id());
      Optional<BigDecimal> value = r.isPresent() && r.get().isRated()
          ? Optional.of(BigDecimal.valueOf(r.get().level().getAsInt()))
          : Optional.empty();
      out.add(position(i.id(), NodeType.INDICATOR, value, reference.get(i.id()), tolerance));
    }
    return List.copyOf(out);
  }

  /**
   * Each node's score (framework, then each domain followed by its components) against a reference
   * score per node, in tree order; nodes without a reference are left out.
   *
   * @throws IllegalArgumentException if the reference names an id that is not a framework, domain
   *     or component of the framework, or the tolerance is negative
   */
  public static List<BenchmarkPosition> compareNodes(
      Framework framework,
      NodeScores subject,
      Map<String, BigDecimal> reference,
      BigDecimal tolerance) {
    requireNonNull(framework, "framework");
    requireNonNull(subject, "subject");
    checkReference(framework, reference, tolerance, false);
    List<FrameworkNode> nodes = new ArrayList<>();
    nodes.add(framework);
    for (Domain d : framework.domains()) {
      nodes.add(d);
      nodes.addAll(d.components());
    }
    List<BenchmarkPosition> out = new ArrayList<>();
    for (FrameworkNode n : nodes) {
      BigDecimal ref = reference.get(n.id());
      if (ref != null) {
        out.add(position(n.id(), n.type(), subject.score(n.id()), ref, tolerance));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A reference per indicator: the mean of the levels given in several assessments (for example
   * the consensus of each country of a region), exact where it can be (a mean of levels that are all
   * 3 is exactly 3) and otherwise to 34 significant digits. Indicators that no assessment rated
   * have no reference.
   *
   * @throws org.alignkit.core.ModelException if an assessment does not fit the framework
   */
  public static Map<String, BigDecimal> meanReference(
      Framework framework, Collection<Assessment> assessments) {
    requireNonNull(framework, "framework");
    for (Assessment a : assessments) {
      framework.requireValid(a);
    }
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (Indicator i : framework.indicators()) {
      long sum = 0;
      int n = 0;
      for (Assessment a : assessments) {
        Optional<Rating> r = a.rating(i.id());
        if (r.isPresent() && r.get().isRated()) {
          sum += r.get().level().getAsInt();
          n++;
        }
      }
      if (n > 0) {
        out.put(
            i.id(),
            BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(n), MathContext.DECIMAL128)
                .stripTrailingZeros());
      }
    }
    return out;
  }

  private static void checkReference(
      Framework framework,
      Map<String, BigDecimal> reference,
      BigDecimal tolerance,
      boolean indicators) {
    requireNonNull(reference, "reference");
    requireNonNull(tolerance, "tolerance");
    checkArgument(tolerance.signum() >= 0, "the tolerance must not be negative, got %s", tolerance);
    for (Map.Entry<String, BigDecimal> e : reference.entrySet()) {
      requireNonNull(e.getValue(), "reference value of " + e.getKey());
      boolean known = indicators
          ? framework.indicator(e.getKey()).isPresent()
          : framework.id().equals(e.getKey())
              || framework.domain(e.getKey()).isPresent()
              || framework.component(e.getKey()).isPresent();
      checkArgument(
          known,
          "the reference names '%s', which is not %s of framework %s",
          e.getKey(),
          indicators ? "an indicator" : "the framework, a domain or a component",
          framework.label());
    }
  }

  private static BenchmarkPosition position(
      String id, NodeType type, Optional<BigDecimal> value, BigDecimal ref, BigDecimal tolerance) {
    BenchmarkPosition.Builder b = BenchmarkPosition.builder()
        .nodeId(id)
        .type(type)
        .value(value)
        .reference(Optional.ofNullable(ref));
    if (value.isEmpty() || ref == null) {
      return b.par(Par.NOT_AVAILABLE).build();
    }
    BigDecimal diff = value.get().subtract(ref);
    Par par = diff.compareTo(tolerance) > 0
        ? Par.ABOVE
        : diff.compareTo(tolerance.negate()) < 0 ? Par.BELOW : Par.AT;
    return b.par(par).build();
  }
}
