package org.alignkit.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An alignment framework: a versioned tree of {@link Domain domains}, {@link Component components}
 * and {@link Indicator indicators}, rated on a {@link Scale}, with texts in the languages it declares.
 *
 * <p>Built frameworks are valid: ids are unique across the tree, every text exists in every declared
 * language, indicator descriptors name levels of the scale and weights are positive. Lookups by id
 * take constant time.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Framework implements FrameworkNode {
  Framework() {}

  /** The framework's id, e.g. {@code alignkit-reference}. */
  @Override
  public abstract String id();

  /** The framework's version, e.g. {@code 1.0}. Assessments name the version they answer. */
  public abstract String version();

  @Override
  public abstract LocalizedText title();

  /** What the framework is for; may be empty. */
  @Value.Default
  public LocalizedText description() {
    return LocalizedText.empty();
  }

  /** Where the framework comes from. */
  @Value.Default
  public Provenance provenance() {
    return Provenance.unknown();
  }

  /** The BCP 47 tags of the languages every text must be given in; defaults to {@code [en]}. */
  @Value.Default
  public List<String> languages() {
    return List.of("en");
  }

  /** The scale that indicators are rated on. */
  public abstract Scale scale();

  /** The domains, in order; at least one. */
  public abstract List<Domain> domains();

  /** The framework has no weight; always empty. */
  @Override
  public final Optional<BigDecimal> weight() {
    return Optional.empty();
  }

  @Override
  public final NodeType type() {
    return NodeType.FRAMEWORK;
  }

  @Override
  public final List<Domain> children() {
    return domains();
  }

  /** Every indicator of the framework, in tree order. */
  @Value.Derived
  @Value.Auxiliary
  public List<Indicator> indicators() {
    ImmutableList.Builder<Indicator> b = ImmutableList.builder();
    domains().forEach(d -> d.components().forEach(c -> b.addAll(c.indicators())));
    return b.build();
  }

  /** Every component of the framework, in tree order. */
  @Value.Derived
  @Value.Auxiliary
  public List<Component> components() {
    ImmutableList.Builder<Component> b = ImmutableList.builder();
    domains().forEach(d -> b.addAll(d.components()));
    return b.build();
  }

  /**
   * The framework, its domains and its components in pre-order: the framework first, then each
   * domain followed by its components. A parent always comes before its children, so reading the
   * list backwards visits every node after all of its children (the order in which scores are
   * aggregated). This is the one order in which AlignKit lists a framework's nodes.
   */
  @Value.Derived
  @Value.Auxiliary
  public List<FrameworkNode> nodes() {
    ImmutableList.Builder<FrameworkNode> b = ImmutableList.builder();
    b.add(this);
    for (Domain d : domains()) {
      b.add(d);
      b.addAll(d.components());
    }
    return b.build();
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, Integer> indicatorIndexById() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    List<Indicator> all = indicators();
    for (int i = 0; i < all.size(); i++) {
      b.put(all.get(i).id(), i);
    }
    return b.buildKeepingLast();
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, Integer> nodeIndexById() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    List<FrameworkNode> all = nodes();
    for (int i = 0; i < all.size(); i++) {
      b.put(all.get(i).id(), i);
    }
    return b.buildKeepingLast();
  }

  /** The position of an indicator in {@link #indicators()}; empty for an id that is not one. */
  public final OptionalInt indicatorIndex(String id) {
    Integer i = indicatorIndexById().get(id);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * The position of the framework, a domain or a component in {@link #nodes()}; empty for any other
   * id.
   */
  public final OptionalInt nodeIndex(String id) {
    Integer i = nodeIndexById().get(id);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, FrameworkNode> nodesById() {
    // Built after check() has verified uniqueness; buildKeepingLast never throws here.
    ImmutableMap.Builder<String, FrameworkNode> b = ImmutableMap.builder();
    for (Domain d : domains()) {
      b.put(d.id(), d);
      for (Component c : d.components()) {
        b.put(c.id(), c);
        for (Indicator i : c.indicators()) {
          b.put(i.id(), i);
        }
      }
    }
    return b.buildKeepingLast();
  }

  @Value.Derived
  @Value.Auxiliary
  Map<String, FrameworkNode> parentsById() {
    ImmutableMap.Builder<String, FrameworkNode> b = ImmutableMap.builder();
    for (Domain d : domains()) {
      b.put(d.id(), this);
      for (Component c : d.components()) {
        b.put(c.id(), d);
        for (Indicator i : c.indicators()) {
          b.put(i.id(), c);
        }
      }
    }
    return b.buildKeepingLast();
  }

  /** The node with an id: a domain, a component or an indicator. */
  public final Optional<FrameworkNode> node(String id) {
    return Optional.ofNullable(nodesById().get(id));
  }

  /** The indicator with an id. */
  public final Optional<Indicator> indicator(String id) {
    FrameworkNode n = nodesById().get(id);
    return n instanceof Indicator ? Optional.of((Indicator) n) : Optional.empty();
  }

  /** The component with an id. */
  public final Optional<Component> component(String id) {
    FrameworkNode n = nodesById().get(id);
    return n instanceof Component ? Optional.of((Component) n) : Optional.empty();
  }

  /** The domain with an id. */
  public final Optional<Domain> domain(String id) {
    FrameworkNode n = nodesById().get(id);
    return n instanceof Domain ? Optional.of((Domain) n) : Optional.empty();
  }

  /** The parent of a node (the framework for a domain); empty for unknown ids. */
  public final Optional<FrameworkNode> parent(String id) {
    return Optional.ofNullable(parentsById().get(id));
  }

  /** The domain that holds a component or an indicator (or the domain itself). */
  public final Optional<Domain> domainOf(String id) {
    FrameworkNode n = nodesById().get(id);
    while (n != null && !(n instanceof Domain)) {
      n = parentsById().get(n.id());
    }
    return Optional.ofNullable((Domain) n);
  }

  /**
   * Checks an assessment against this framework: framework id and version, unknown indicators (with
   * a "did you mean" suggestion), levels outside the scale, levels given for indicators that do not
   * apply to the group, duplicate ratings.
   *
   * @return every problem found; empty when the assessment fits
   */
  public final List<ModelProblem> check(Assessment assessment) {
    return Checks.checkAssessment(this, assessment);
  }

  /**
   * Like {@link #check(Assessment)}, but throws.
   *
   * @throws ModelException listing every problem, if there is any
   */
  public final Assessment requireValid(Assessment assessment) {
    List<ModelProblem> problems = check(assessment);
    if (!problems.isEmpty()) {
      throw new ModelException(
          "assessment of group '" + assessment.group().id() + "' against framework " + label(),
          problems);
    }
    return assessment;
  }

  /** {@code id version}, for messages. */
  public final String label() {
    return id() + " " + version();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<ModelProblem> problems = Checks.checkFramework(this);
    if (!problems.isEmpty()) {
      throw new ModelException("framework " + label(), problems);
    }
  }

  /** Builds {@link Framework}s. */
  public static final class Builder extends ImmutableFramework.Builder {
    Builder() {}
  }
}
