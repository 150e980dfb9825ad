package org.alignkit.analysis.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alignkit.analysis.NodeScores;
import org.alignkit.analysis.Spread;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.Indicator;
import org.alignkit.core.NodeType;
import org.alignkit.core.Rating;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A target profile (as in CMMI's continuous representation): a target level per indicator,
 * component or domain. {@link #actionPlan(RoundData)} turns the gaps between a round and the targets
 * into action-plan items.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class TargetProfile {
  TargetProfile() {}

  /** The target level by node id (indicators, components or domains). */
  public abstract Map<String, Integer> targets();

  /**
   * How far a group's own value must be from the current value for the group to count as
   * disagreeing about it; default 0.5 level (so any other level disagrees, and with no consensus
   * the two groups either side of a median of 2.5 both do).
   */
  @Value.Default
  public BigDecimal disagreementMargin() {
    return new BigDecimal("0.5");
  }

  /** A profile of the given targets, with the default margin. */
  public static TargetProfile of(Map<String, Integer> targets) {
    return builder().putAllTargets(targets).build();
  }

  /**
   * The action plan: one item per target that the round does not reach, or that nobody gave a value
   * for.
   *
   * <p>The current value of an indicator is the consensus level if the round has a rated consensus,
   * else the median of the groups' levels; of a component or domain, the consensus score if given,
   * else the median of the groups' node scores. Items come in the framework's domain order; within
   * a domain the largest gap first, items without a current value last, ties in tree order.
   *
   * @throws IllegalArgumentException if a target names no indicator, component or domain of the
   *     round's framework, or a level outside its scale
   */
  public final List<ActionPlanItem> actionPlan(RoundData round) {
    requireNonNull(round, "round");
    Framework f = round.framework();
    List<FrameworkNode> order = new ArrayList<>();
    Map<String, Integer> domainIndex = new HashMap<>();
    Map<String, String> domainOf = new HashMap<>();
    for (int d = 0; d < f.domains().size(); d++) {
      Domain domain = f.domains().get(d);
      order.add(domain);
      domainIndex.put(domain.id(), d);
      domainOf.put(domain.id(), domain.id());
      for (Component c : domain.components()) {
        order.add(c);
        domainOf.put(c.id(), domain.id());
        for (Indicator i : c.indicators()) {
          order.add(i);
          domainOf.put(i.id(), domain.id());
        }
      }
    }
    for (Map.Entry<String, Integer> t : targets().entrySet()) {
      checkArgument(
          domainOf.containsKey(t.getKey()),
          "target for '%s', which is not an indicator, component or domain of framework %s",
          t.getKey(),
          f.label());
      checkArgument(
          f.scale().contains(t.getValue()),
          "target %s for '%s' is not a level of the scale 1..%s",
          t.getValue(),
          t.getKey(),
          f.scale().max());
    }
    List<ActionPlanItem> items = new ArrayList<>();
    Map<String, Integer> position = new HashMap<>();
    for (int p = 0; p < order.size(); p++) {
      FrameworkNode node = order.get(p);
      Integer target = targets().get(node.id());
      if (target == null) {
        continue;
      }
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      Optional<BigDecimal> agreed;
      if (node.type() == NodeType.INDICATOR) {
        for (Assessment a : round.exercise().assessments()) {
          level(a.rating(node.id())).ifPresent(v -> values.put(a.group().id(), v));
        }
        agreed = round.consensus().flatMap(c -> level(c.rating(node.id())));
      } else {
        for (Assessment a : round.exercise().assessments()) {
          NodeScores s = round.nodeScores().get(a.group().id());
          if (s != null) {
            s.score(node.id()).ifPresent(v -> values.put(a.group().id(), v));
          }
        }
        agreed = round.consensusScores().flatMap(s -> s.score(node.id()));
      }
      ActionPlanItem.Builder item = ActionPlanItem.builder()
          .nodeId(node.id())
          .type(node.type())
          .domainId(domainOf.get(node.id()))
          .target(target)
          .putAllGroupValues(values);
      Optional<BigDecimal> current;
      if (agreed.isPresent()) {
        current = agreed;
        item.currentSource(CurrentSource.CONSENSUS);
      } else if (!values.isEmpty()) {
        current = Optional.of(
            Spread.of(List.copyOf(values.values()), f.scale().span()).median());
        item.currentSource(CurrentSource.MEDIAN_OF_GROUPS);
      } else {
        current = Optional.empty();
        item.currentSource(CurrentSource.NONE);
      }
      item.current(current);
      if (current.isPresent()) {
        if (BigDecimal.valueOf(target).compareTo(current.get()) <= 0) {
          continue; // target reached
        }
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
          if (e.getValue().subtract(current.get()).abs().compareTo(disagreementMargin()) >= 0) {
            item.addDisagreeing(e.getKey());
          }
        }
      }
      ActionPlanItem built = item.build();
      position.put(built.nodeId(), p);
      items.add(built);
    }
    items.sort(Comparator.<ActionPlanItem>comparingInt(i -> domainIndex.get(i.domainId()))
        .thenComparing((a, b) -> {
          if (a.gap().isPresent() != b.gap().isPresent()) {
            return a.gap().isPresent() ? -1 : 1;
          }
          return a.gap().isPresent() ? b.gap().get().compareTo(a.gap().get()) : 0;
        })
        .thenComparingInt(i -> position.get(i.nodeId())));
    return List.copyOf(items);
  }

  private static Optional<BigDecimal> level(Optional<Rating> rating) {
    return rating.isPresent() && rating.get().isRated()
        ? Optional.of(BigDecimal.valueOf(rating.get().level().getAsInt()))
        : Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        disagreementMargin().signum() > 0,
        "the disagreement margin must be positive, got %s",
        disagreementMargin());
  }

  /** Builds {@link TargetProfile}s. */
  public static final class Builder extends ImmutableTargetProfile.Builder {
    Builder() {}
  }
}
