package org.alignkit.analysis.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.alignkit.analysis.NodeScores;
import org.alignkit.analysis.Rounds;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.ConsensusRecord;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.Indicator;
import org.alignkit.core.NodeType;
import org.alignkit.core.Rating;
import org.alignkit.core.StakeholderGroup;
import org.apiguardian.api.API;

/**
 * Progress between two rounds of the diagnostic.
 *
 * <p>Both rounds must answer the same framework (same id); their versions may differ, and then
 * indicators and nodes are matched by id. A change is {@link ProgressClass#NOT_COMPARABLE} when:
 * the node exists in one version only ({@link NotComparableReason#ADDED}, {@link
 * NotComparableReason#REMOVED}); the scale changed size ({@link NotComparableReason#RESCALED}, for
 * every indicator and node); a component, domain or the framework is made of a different set of
 * indicators ({@link NotComparableReason#COMPOSITION_CHANGED}); or a side has no score (an indicator
 * not rated, not applicable or "no information"; a node without a score). Otherwise the change is
 * classed by the {@link ProgressRule} (default: IHP+Results 2016, ±3 %).
 *
 * <p>Reversing the rounds negates every change, swaps progress and decline (for every symmetric
 * rule, the default included) and keeps stagnation and "not comparable". Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Progress {
  private Progress() {}

  /**
   * Compares a baseline with a later round of the same series, with the {@linkplain
   * ProgressRule#ihp2016() default rule}; see {@link #between(RoundData, RoundData, ProgressRule)}.
   *
   * @throws org.alignkit.analysis.RoundMismatchException if the rounds do not belong together
   */
  public static ProgressReport between(RoundData baseline, RoundData current) {
    return between(baseline, current, ProgressRule.ihp2016());
  }

  /**
   * Compares a baseline with a later round of the same series: first requires them to belong
   * together ({@link Rounds#requireProgression}: one country and unit, one framework by id, the
   * baseline dated before), then compares them as {@link #compare(RoundData, RoundData,
   * ProgressRule)} does. What applications and the command line use.
   *
   * @throws org.alignkit.analysis.RoundMismatchException listing every mismatch
   */
  public static ProgressReport between(RoundData baseline, RoundData current, ProgressRule rule) {
    requireNonNull(baseline, "baseline");
    requireNonNull(current, "current");
    Rounds.requireProgression(
        baseline.framework(), baseline.exercise(), current.framework(), current.exercise());
    return compare(baseline, current, rule);
  }

  /** Compares two rounds with the {@linkplain ProgressRule#ihp2016() default rule}. */
  public static ProgressReport compare(RoundData baseline, RoundData current) {
    return compare(baseline, current, ProgressRule.ihp2016());
  }

  /**
   * Compares two rounds: every group present in both, and the consensus if both rounds have one.
   * Any two rounds of one framework are compared, in either order (reversing them negates every
   * change); {@link #between} also requires them to be a baseline and a later round of one
   * country.
   *
   * @throws IllegalArgumentException if the rounds answer different frameworks (by id)
   */
  public static ProgressReport compare(RoundData baseline, RoundData current, ProgressRule rule) {
    requireNonNull(baseline, "baseline");
    requireNonNull(current, "current");
    requireNonNull(rule, "rule");
    Framework bf = baseline.framework();
    Framework cf = current.framework();
    checkArgument(
        bf.id().equals(cf.id()),
        "the rounds answer different frameworks, %s and %s: progress needs one framework (its"
            + " versions may differ)",
        bf.label(),
        cf.label());
    ProgressReport.Builder report = ProgressReport.builder()
        .baselineRoundId(baseline.exercise().round().id())
        .currentRoundId(current.exercise().round().id())
        .baselineFrameworkVersion(bf.version())
        .currentFrameworkVersion(cf.version())
        .rule(rule);
    Comparison comparison = new Comparison(bf, cf, rule);
    for (StakeholderGroup g : current.exercise().groups()) {
      Optional<Assessment> before = baseline.exercise().assessment(g.id());
      if (before.isEmpty()) {
        report.addOnlyInCurrent(g.id());
        continue;
      }
      report.addGroups(comparison.group(
          g.id(),
          before.get(),
          baseline.nodeScores().get(g.id()),
          current.exercise().assessment(g.id()).orElseThrow(),
          current.nodeScores().get(g.id())));
    }
    for (StakeholderGroup g : baseline.exercise().groups()) {
      if (current.exercise().assessment(g.id()).isEmpty()) {
        report.addOnlyInBaseline(g.id());
      }
    }
    if (baseline.consensus().isPresent() && current.consensus().isPresent()) {
      report.consensus(comparison.group(
          ConsensusRecord.CONSENSUS_GROUP_ID,
          baseline.consensus().get(),
          baseline.consensusScores().orElse(null),
          current.consensus().get(),
          current.consensusScores().orElse(null)));
    }
    return report.build();
  }

  /**
   * Compares one group's two assessments (or two consensus assessments) and, if given, its node
   * scores.
   *
   * @param baselineScores the earlier node scores, or {@code null} for none
   * @param currentScores the later node scores, or {@code null} for none
   * @throws IllegalArgumentException if the frameworks differ by id
   * @throws org.alignkit.core.ModelException if an assessment does not fit its framework
   */
  public static GroupProgress compareGroup(
      Framework baselineFramework,
      Assessment baseline,
      NodeScores baselineScores,
      Framework currentFramework,
      Assessment current,
      NodeScores currentScores,
      ProgressRule rule) {
    checkArgument(
        baselineFramework.id().equals(currentFramework.id()),
        "the rounds answer different frameworks, %s and %s",
        baselineFramework.label(),
        currentFramework.label());
    baselineFramework.requireValid(baseline);
    currentFramework.requireValid(current);
    return new Comparison(baselineFramework, currentFramework, requireNonNull(rule, "rule"))
        .group(current.group().id(), baseline, baselineScores, current, currentScores);
  }

  /** The two frameworks matched once; then any number of groups compared. */
  private static final class Comparison {
    private final Framework before;
    private final Framework after;
    private final ProgressRule rule;
    private final boolean rescaled;
    private final int span;
    /** Indicator ids: the later framework's in order, then the removed ones. */
    private final List<String> indicatorIds = new ArrayList<>();
    /** Node ids (framework, domains, components): same order rule. */
    private final List<FrameworkNode> nodes = new ArrayList<>();

    private final Map<String, Set<String>> compositionBefore = new LinkedHashMap<>();
    private final Map<String, Set<String>> compositionAfter = new LinkedHashMap<>();

    Comparison(Framework before, Framework after, ProgressRule rule) {
      this.before = before;
      this.after = after;
      this.rule = rule;
      this.rescaled = before.scale().max() != after.scale().max();
      this.span = after.scale().span();
      for (Indicator i : after.indicators()) {
        indicatorIds.add(i.id());
      }
      for (Indicator i : before.indicators()) {
        if (after.indicator(i.id()).isEmpty()) {
          indicatorIds.add(i.id());
        }
      }
      collect(after, nodes, compositionAfter, null);
      collect(before, nodes, compositionBefore, compositionAfter);
    }

    private static void collect(
        Framework f,
        List<FrameworkNode> out,
        Map<String, Set<String>> composition,
        Map<String, Set<String>> skipIfIn) {
      Set<String> all = new TreeSet<>();
      List<FrameworkNode> found = new ArrayList<>();
      found.add(f);
      for (Domain d : f.domains()) {
        found.add(d);
        Set<String> ofDomain = new TreeSet<>();
        for (Component c : d.components()) {
          found.add(c);
          Set<String> ofComponent = new TreeSet<>();
          for (Indicator i : c.indicators()) {
            ofComponent.add(i.id());
          }
          composition.put(c.id(), ofComponent);
          ofDomain.addAll(ofComponent);
        }
        composition.put(d.id(), ofDomain);
        all.addAll(ofDomain);
      }
      composition.put(f.id(), all);
      for (FrameworkNode n : found) {
        if (skipIfIn == null || !skipIfIn.containsKey(n.id())) {
          out.add(n);
        }
      }
    }

    GroupProgress group(
        String groupId,
        Assessment baseline,
        NodeScores baselineScores,
        Assessment current,
        NodeScores currentScores) {
      GroupProgress.Builder b = GroupProgress.builder().groupId(groupId);
      for (String id : indicatorIds) {
        boolean inBefore = before.indicator(id).isPresent();
        boolean inAfter = after.indicator(id).isPresent();
        Optional<BigDecimal> x = inBefore ? level(baseline.rating(id)) : Optional.empty();
        Optional<BigDecimal> y = inAfter ? level(current.rating(id)) : Optional.empty();
        b.addIndicators(change(id, NodeType.INDICATOR, inBefore, inAfter, true, x, y));
      }
      if (baselineScores != null || currentScores != null) {
        for (FrameworkNode n : nodes) {
          String id = n.id();
          boolean inBefore = compositionBefore.containsKey(id);
          boolean inAfter = compositionAfter.containsKey(id);
          boolean sameComposition =
              inBefore && inAfter && compositionBefore.get(id).equals(compositionAfter.get(id));
          Optional<BigDecimal> x =
              inBefore && baselineScores != null ? baselineScores.score(id) : Optional.empty();
          Optional<BigDecimal> y =
              inAfter && currentScores != null ? currentScores.score(id) : Optional.empty();
          b.addNodes(change(id, n.type(), inBefore, inAfter, sameComposition, x, y));
        }
      }
      return b.build();
    }

    private Change change(
        String id,
        NodeType type,
        boolean inBefore,
        boolean inAfter,
        boolean sameComposition,
        Optional<BigDecimal> x,
        Optional<BigDecimal> y) {
      Change.Builder c = Change.builder().nodeId(id).type(type).baseline(x).current(y);
      NotComparableReason reason = null;
      if (!inBefore) {
        reason = NotComparableReason.ADDED;
      } else if (!inAfter) {
        reason = NotComparableReason.REMOVED;
      } else if (rescaled) {
        reason = NotComparableReason.RESCALED;
      } else if (!sameComposition) {
        reason = NotComparableReason.COMPOSITION_CHANGED;
      } else if (x.isEmpty()) {
        reason = NotComparableReason.NO_BASELINE_SCORE;
      } else if (y.isEmpty()) {
        reason = NotComparableReason.NO_CURRENT_SCORE;
      }
      if (reason != null) {
        return c.progressClass(ProgressClass.NOT_COMPARABLE)
            .notComparableReason(reason)
            .build();
      }
      return c.progressClass(rule.classify(x.get(), y.get(), span)).build();
    }

    private static Optional<BigDecimal> level(Optional<Rating> rating) {
      if (rating.isPresent() && rating.get().isRated()) {
        return Optional.of(BigDecimal.valueOf(rating.get().level().getAsInt()));
      }
      return Optional.empty();
    }
  }
}
