package org.alignkit.scoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.alignkit.core.Assessment;
import org.alignkit.core.Framework;
import org.alignkit.core.FrameworkNode;
import org.alignkit.core.Indicator;
import org.alignkit.core.NodeType;
import org.alignkit.core.Rating;
import org.alignkit.scoring.spi.AggregationInputs;
import org.alignkit.scoring.spi.AggregationRule;
import org.alignkit.scoring.spi.BandingRule;
import org.alignkit.scoring.spi.MissingDataRule;
import org.alignkit.scoring.spi.MissingDataTreatment;
import org.alignkit.scoring.spi.RuleLoadingException;
import org.alignkit.scoring.spi.RuleParameterException;
import org.alignkit.scoring.spi.RuleRole;
import org.alignkit.scoring.spi.RuleSettings;
import org.alignkit.scoring.spi.ScoringRule;
import org.alignkit.scoring.spi.ScoringRuleProvider;
import org.apiguardian.api.API;

/**
 * Scores assessments of one framework under one rule set. Immutable and thread-safe: build it once
 * and share it. Building resolves the rule set's rules through the {@link ScoringRuleProvider}s and
 * compiles the framework into arrays, so scoring does no lookups beyond one hash lookup per rating.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.builder(framework).ruleSet(RuleSets.pefaM1()).build();
 * ScoreCard card = engine.score(assessment);
 * card.overall().level();
 * }</pre>
 *
 * <p>How a node is scored: its children's values are collected (indicator levels for a component,
 * child scores otherwise); "not applicable" children are left out; if any child is absent (no
 * information, not rated, or a child node without a score) the missing-data rule decides; the
 * aggregation rule combines the values into an exact score; the banding rule turns it into a level.
 * A node whose children are all not applicable is {@link Outcome#NOT_APPLICABLE}. An indicator that
 * does not apply to the assessing group's kind and is not rated counts as not applicable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScoringEngine {
  private final Plan plan;
  private final boolean explain;

  private ScoringEngine(Plan plan, boolean explain) {
    this.plan = plan;
    this.explain = explain;
  }

  /** A builder for an engine scoring assessments of {@code framework}. */
  public static Builder builder(Framework framework) {
    return new Builder(framework);
  }

  /** The framework this engine scores. */
  public Framework framework() {
    return plan.framework;
  }

  /** The rule set this engine applies. */
  public RuleSet ruleSet() {
    return plan.ruleSet;
  }

  /** Whether score cards carry explanations. */
  public boolean explains() {
    return explain;
  }

  /**
   * Scores one assessment.
   *
   * @throws ScoringException if the assessment answers another framework or version, rates an
   *     unknown indicator, rates one twice or gives a level off the scale; or if a rule fails
   */
  public ScoreCard score(Assessment assessment) {
    requireNonNull(assessment, "assessment");
    return new Run(plan, explain).score(assessment);
  }

  /**
   * Scores a stream of assessments lazily, one at a time: memory stays flat however long the stream.
   * The result has the order of the input; each card depends only on its assessment, so a parallel
   * stream gives the same cards as a sequential one.
   */
  public Stream<ScoreCard> scoreAll(Stream<Assessment> assessments) {
    requireNonNull(assessments, "assessments");
    return assessments.map(this::score);
  }

  /** Scores one assessment with several engines (e.g. one per rule set), side by side. */
  public static SideBySide compare(Assessment assessment, Collection<ScoringEngine> engines) {
    List<ScoreCard> cards = new ArrayList<>();
    for (ScoringEngine e : engines) {
      cards.add(e.score(assessment));
    }
    return SideBySide.of(assessment, cards);
  }

  /** Scores one assessment under several rule sets, side by side, with explanations. */
  public static SideBySide compare(
      Framework framework, Assessment assessment, List<RuleSet> ruleSets) {
    List<ScoringEngine> engines = new ArrayList<>();
    for (RuleSet r : ruleSets) {
      engines.add(builder(framework).ruleSet(r).build());
    }
    return compare(assessment, engines);
  }

  /** Builds {@link ScoringEngine}s. Not thread-safe; the engines it builds are. */
  public static final class Builder {
    private final Framework framework;
    private RuleSet ruleSet = RuleSets.defaultRules();
    private boolean explain = true;
    private final List<ScoringRuleProvider> providers = new ArrayList<>();

    private Builder(Framework framework) {
      this.framework = requireNonNull(framework, "framework");
    }

    /** The rule set; {@link RuleSets#defaultRules()} unless given. */
    public Builder ruleSet(RuleSet ruleSet) {
      this.ruleSet = requireNonNull(ruleSet, "ruleSet");
      return this;
    }

    /** Whether score cards carry explanations (default true); off is faster. */
    public Builder explanations(boolean explain) {
      this.explain = explain;
      return this;
    }

    /** Adds a rule provider beside those found through {@link java.util.ServiceLoader}. */
    public Builder addProvider(ScoringRuleProvider provider) {
      providers.add(requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Builds the engine.
     *
     * @throws RuleLoadingException if providers cannot be loaded or two claim the same id
     * @throws ScoringException if the rule set names an unknown rule or a rule of the wrong role
     * @throws RuleParameterException if a rule's parameters are bad
     */
    public ScoringEngine build() {
      return new ScoringEngine(new Plan(framework, ruleSet, RuleRegistry.with(providers)), explain);
    }
  }

  /** The framework compiled into arrays, with the resolved rules of each node. */
  static final class Plan {
    final Framework framework;
    final RuleSet ruleSet;
    final int scaleMin;
    final int scaleMax;
    final String[] indicatorIds;
    final Indicator[] indicators;
    final int[] restricted; // indicators with applicableTo
    // nodes in the framework's order (Framework.nodes()): the framework, each domain, its
    // components
    final String[] nodeIds;
    final NodeType[] nodeTypes;
    final int[][] children;
    final String[][] childIds;
    final Rational[][] childWeights;
    final int[][] indicatorsBelow;
    final AggregationRule[] aggregation;
    final BandingRule[] banding;
    final MissingDataRule[] missing;
    final NodeRules[] rules;
    final int maxChildren;

    /** The status of input {@code j} of node {@code k}, from the indicators' statuses and the nodes' outcomes. */
    InputStatus childStatus(int k, int j, InputStatus[] st, Outcome[] outcomes) {
      int c = children[k][j];
      if (nodeTypes[k] == NodeType.COMPONENT) {
        return st[c];
      }
      switch (outcomes[c]) {
        case SCORED:
          return InputStatus.RATED;
        case NOT_APPLICABLE:
          return InputStatus.NOT_APPLICABLE;
        default:
          return InputStatus.NO_INFORMATION;
      }
    }

    /** Per node, the statuses of its direct inputs, counted {@code [k * 4 + status.ordinal()]}. */
    int[] coverage(InputStatus[] st, Outcome[] outcomes) {
      int[] cov = new int[nodeIds.length * 4];
      for (int k = 0; k < nodeIds.length; k++) {
        for (int j = 0; j < children[k].length; j++) {
          cov[k * 4 + childStatus(k, j, st, outcomes).ordinal()]++;
        }
      }
      return cov;
    }

    /** Per node, the statuses of every indicator below it, counted {@code [k * 4 + status.ordinal()]}. */
    int[] indicatorCoverage(InputStatus[] st) {
      int[] icov = new int[nodeIds.length * 4];
      for (int k = 0; k < nodeIds.length; k++) {
        for (int b : indicatorsBelow[k]) {
          icov[k * 4 + st[b].ordinal()]++;
        }
      }
      return icov;
    }

    Plan(Framework framework, RuleSet ruleSet, RuleRegistry registry) {
      this.framework = framework;
      this.ruleSet = ruleSet;
      this.scaleMin = framework.scale().min();
      this.scaleMax = framework.scale().max();
      List<Indicator> inds = framework.indicators();
      indicators = inds.toArray(new Indicator[0]);
      indicatorIds = new String[indicators.length];
      List<Integer> restr = new ArrayList<>();
      for (int i = 0; i < indicators.length; i++) {
        indicatorIds[i] = indicators[i].id();
        if (!indicators[i].applicableTo().isEmpty()) {
          restr.add(i);
        }
      }
      restricted = restr.stream().mapToInt(Integer::intValue).toArray();
      List<FrameworkNode> nodes = framework.nodes();
      int n = nodes.size();
      nodeIds = new String[n];
      nodeTypes = new NodeType[n];
      children = new int[n][];
      childIds = new String[n][];
      childWeights = new Rational[n][];
      indicatorsBelow = new int[n][];
      aggregation = new AggregationRule[n];
      banding = new BandingRule[n];
      missing = new MissingDataRule[n];
      rules = new NodeRules[n];
      for (int i = 0; i < n; i++) {
        nodeIds[i] = nodes.get(i).id();
        nodeTypes[i] = nodes.get(i).type();
      }
      int max = 0;
      Map<String, Map<RuleRef, ScoringRule>> cache = new LinkedHashMap<>();
      // Backwards: every node after its children, whose indicators below it are then known.
      for (int i = n - 1; i >= 0; i--) {
        FrameworkNode node = nodes.get(i);
        List<? extends FrameworkNode> ch = node.children();
        children[i] = new int[ch.size()];
        childIds[i] = new String[ch.size()];
        childWeights[i] = new Rational[ch.size()];
        List<Integer> below = new ArrayList<>();
        for (int j = 0; j < ch.size(); j++) {
          FrameworkNode c = ch.get(j);
          childIds[i][j] = c.id();
          childWeights[i][j] = c.weight().map(Rational::of).orElse(Rational.ONE);
          if (c instanceof Indicator) {
            children[i][j] = framework.indicatorIndex(c.id()).getAsInt();
            below.add(children[i][j]);
          } else {
            children[i][j] = framework.nodeIndex(c.id()).getAsInt();
            for (int b : indicatorsBelow[children[i][j]]) {
              below.add(b);
            }
          }
        }
        indicatorsBelow[i] = below.stream().mapToInt(Integer::intValue).toArray();
        max = Math.max(max, ch.size());
      }
      // Forwards, so that a problem is reported at the first node in the framework's order.
      for (int i = 0; i < n; i++) {
        FrameworkNode node = nodes.get(i);
        NodeRules r = ruleSet.rulesFor(node);
        rules[i] = r;
        String context = "rule set '" + ruleSet.id() + "', node '" + nodeIds[i] + "'";
        aggregation[i] = (AggregationRule)
            resolve(registry, RuleRole.AGGREGATION, r.aggregation().get(), context, cache);
        banding[i] =
            (BandingRule) resolve(registry, RuleRole.BANDING, r.banding().get(), context, cache);
        missing[i] = (MissingDataRule)
            resolve(registry, RuleRole.MISSING_DATA, r.missingData().get(), context, cache);
      }
      for (String id : ruleSet.nodes().keySet()) {
        OptionalInt i = framework.nodeIndex(id);
        if (i.isEmpty() || nodeTypes[i.getAsInt()] == NodeType.FRAMEWORK) {
          throw new ScoringException(
              "rule set '" + ruleSet.id() + "' overrides rules for node '" + id
                  + "', which is not a domain or component of framework " + framework.label(),
              null,
              id,
              null);
        }
      }
      maxChildren = max;
    }

    private ScoringRule resolve(
        RuleRegistry registry,
        RuleRole role,
        RuleRef ref,
        String context,
        Map<String, Map<RuleRef, ScoringRule>> cache) {
      Map<RuleRef, ScoringRule> byRef = cache.computeIfAbsent(role.id(), k -> new HashMap<>());
      ScoringRule cached = byRef.get(ref);
      if (cached != null) {
        return cached;
      }
      Optional<ScoringRuleProvider> p = registry.provider(ref.id());
      if (p.isEmpty()) {
        List<String> known = new ArrayList<>();
        registry.providers().values().stream()
            .filter(x -> x.role() == role)
            .forEach(x -> known.add(x.id()));
        throw new ScoringException(
            context + ": unknown " + role.id() + " rule '" + ref.id() + "' (known: "
                + String.join(", ", known) + ")",
            ref.id(),
            null,
            null);
      }
      ScoringRuleProvider provider = p.get();
      if (provider.role() != role) {
        throw new ScoringException(
            context + ": rule '" + ref.id() + "' is a " + provider.role().id() + " rule, not a "
                + role.id() + " rule",
            ref.id(),
            null,
            null);
      }
      RuleSettings settings = RuleSettings.of(
          ref.id(), context, ref.parameters(), provider.parameters(), scaleMin, scaleMax);
      ScoringRule rule;
      try {
        rule = provider.create(settings);
      } catch (ScoringException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new ScoringException(
            context + ": rule '" + ref.id() + "' (" + provider.getClass().getName()
                + ") failed to build: " + e.getMessage(),
            ref.id(),
            null,
            null,
            e);
      }
      if (!role.ruleType().isInstance(rule)) {
        throw new ScoringException(
            context + ": provider " + provider.getClass().getName() + " of rule '" + ref.id()
                + "' made " + (rule == null ? "null" : rule.getClass().getName()) + ", not a "
                + role.ruleType().getSimpleName(),
            ref.id(),
            null,
            null);
      }
      byRef.put(ref, rule);
      return rule;
    }

    int indicatorIndex(String id) {
      OptionalInt i = framework.indicatorIndex(id);
      if (i.isEmpty()) {
        throw new IllegalArgumentException(
            "framework " + framework.label() + " has no indicator '" + id + "'");
      }
      return i.getAsInt();
    }
  }

  /** Aggregation inputs over reusable arrays. */
  static final class Inputs implements AggregationInputs {
    final Rational[] values;
    /** The child (index into the node's children) each input comes from. */
    final int[] child;

    final int min;
    final int max;
    int size;
    String nodeId;
    /** The node's children's weights and ids, indexed by child. */
    Rational[] childWeights;

    String[] childIds;

    Inputs(int capacity, int min, int max) {
      values = new Rational[capacity];
      child = new int[capacity];
      this.min = min;
      this.max = max;
    }

    @Override
    public String nodeId() {
      return nodeId;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Rational value(int i) {
      if (i >= size) {
        throw new IndexOutOfBoundsException(i);
      }
      return values[i];
    }

    @Override
    public Rational weight(int i) {
      if (i >= size) {
        throw new IndexOutOfBoundsException(i);
      }
      return childWeights[child[i]];
    }

    @Override
    public String id(int i) {
      if (i >= size) {
        throw new IndexOutOfBoundsException(i);
      }
      return childIds[child[i]];
    }

    @Override
    public int scaleMin() {
      return min;
    }

    @Override
    public int scaleMax() {
      return max;
    }
  }

  /** One scoring run: the working arrays of one assessment. */
  private static final class Run {
    private final Plan p;
    private final boolean explain;
    private final Inputs in;

    Run(Plan p, boolean explain) {
      this.p = p;
      this.explain = explain;
      this.in = new Inputs(p.maxChildren, p.scaleMin, p.scaleMax);
    }

    ScoreCard score(Assessment a) {
      if (!a.frameworkId().equals(p.framework.id())
          || !a.frameworkVersion().equals(p.framework.version())) {
        throw new ScoringException(
            "assessment of group '" + a.group().id() + "' answers framework " + a.frameworkId()
                + " " + a.frameworkVersion() + ", but this engine scores " + p.framework.label(),
            null,
            null,
            null);
      }
      int ni = p.indicatorIds.length;
      int[] lv = new int[ni];
      InputStatus[] st = new InputStatus[ni];
      List<Rating> ratings = a.ratings();
      for (int pos = 0; pos < ratings.size(); pos++) {
        Rating r = ratings.get(pos);
        // Ratings listed in the framework's order are placed without a look-up.
        OptionalInt idx = pos < ni && r.indicatorId().equals(p.indicatorIds[pos])
            ? OptionalInt.of(pos)
            : p.framework.indicatorIndex(r.indicatorId());
        if (idx.isEmpty()) {
          throw new ScoringException(
              "assessment of group '" + a.group().id() + "' rates indicator '" + r.indicatorId()
                  + "', which framework " + p.framework.label()
                  + " does not have (check it with Framework.check)",
              null,
              null,
              r.indicatorId());
        }
        int i = idx.getAsInt();
        if (st[i] != null) {
          throw new ScoringException(
              "assessment of group '" + a.group().id() + "' rates indicator '" + r.indicatorId()
                  + "' twice; keep one rating",
              null,
              null,
              r.indicatorId());
        }
        switch (r.status()) {
          case RATED:
            int level = r.levelOr(0);
            if (level < p.scaleMin || level > p.scaleMax) {
              throw new ScoringException(
                  "assessment of group '" + a.group().id() + "' rates indicator '"
                      + r.indicatorId() + "' at level " + level + ", off the scale "
                      + p.scaleMin + ".." + p.scaleMax,
                  null,
                  null,
                  r.indicatorId());
            }
            lv[i] = level;
            st[i] = InputStatus.RATED;
            break;
          case NOT_APPLICABLE:
            st[i] = InputStatus.NOT_APPLICABLE;
            break;
          default:
            st[i] = InputStatus.NO_INFORMATION;
            break;
        }
      }
      for (int i = 0; i < ni; i++) {
        if (st[i] == null) {
          st[i] = InputStatus.MISSING;
        }
      }
      for (int i : p.restricted) {
        if (st[i] == InputStatus.MISSING && !p.indicators[i].appliesTo(a.group())) {
          st[i] = InputStatus.NOT_APPLICABLE;
        }
      }
      int n = p.nodeIds.length;
      Rational[] scores = new Rational[n];
      int[] levels = new int[n];
      Outcome[] outcomes = new Outcome[n];
      Explanation[] expl = explain ? new Explanation[n] : null;
      // Backwards through the framework's nodes: every node after its children.
      for (int k = n - 1; k >= 0; k--) {
        scoreNode(k, lv, st, scores, levels, outcomes, expl);
      }
      return new ScoreCard(p, a, lv, st, scores, levels, outcomes, expl);
    }

    private InputStatus childStatus(int k, int j, InputStatus[] st, Outcome[] outcomes) {
      return p.childStatus(k, j, st, outcomes);
    }

    private Rational childValue(int k, int j, int[] lv, Rational[] scores) {
      int c = p.children[k][j];
      return p.nodeTypes[k] == NodeType.COMPONENT ? Rational.of(lv[c]) : scores[c];
    }

    private void scoreNode(
        int k,
        int[] lv,
        InputStatus[] st,
        Rational[] scores,
        int[] levels,
        Outcome[] outcomes,
        Explanation[] expl) {
      int m = p.children[k].length;
      int rated = 0;
      int absent = 0;
      for (int j = 0; j < m; j++) {
        InputStatus s = childStatus(k, j, st, outcomes);
        if (s == InputStatus.RATED) {
          rated++;
        } else if (s != InputStatus.NOT_APPLICABLE) {
          absent++;
        }
      }
      MissingDataTreatment treatment = null;
      if (rated + absent == 0) {
        outcomes[k] = Outcome.NOT_APPLICABLE;
      } else {
        if (absent > 0) {
          try {
            treatment = p.missing[k].treat(rated, absent);
          } catch (RuntimeException e) {
            throw wrap(e, p.rules[k].missingData().get(), k);
          }
          if (treatment == null) {
            throw new ScoringException(
                "missing-data rule '" + p.rules[k].missingData().get().id()
                    + "' returned null at node '" + p.nodeIds[k] + "'",
                p.rules[k].missingData().get().id(),
                p.nodeIds[k],
                null);
          }
          if (treatment == MissingDataTreatment.FAIL) {
            String first = null;
            for (int j = 0; j < m && first == null; j++) {
              InputStatus s = childStatus(k, j, st, outcomes);
              if (s == InputStatus.NO_INFORMATION || s == InputStatus.MISSING) {
                first = p.childIds[k][j];
              }
            }
            throw new ScoringException(
                "node '" + p.nodeIds[k] + "': input '" + first + "' has no value and rule '"
                    + p.rules[k].missingData().get().id() + "' does not allow absent inputs"
                    + " (rate it, or choose another missing-data rule)",
                p.rules[k].missingData().get().id(),
                p.nodeIds[k],
                p.nodeTypes[k] == NodeType.COMPONENT ? first : null);
          }
        }
        if (treatment == MissingDataTreatment.INSUFFICIENT_COVERAGE) {
          outcomes[k] = Outcome.INSUFFICIENT_COVERAGE;
        } else {
          boolean lowest = treatment == MissingDataTreatment.COUNT_AS_LOWEST;
          fill(k, lv, st, scores, outcomes, lowest);
          if (in.size == 0) {
            outcomes[k] = Outcome.NO_INFORMATION;
          } else {
            Rational score = aggregate(k, in);
            int level = band(k, score);
            scores[k] = score;
            levels[k] = level;
            outcomes[k] = Outcome.SCORED;
          }
        }
      }
      if (expl != null) {
        expl[k] = explain(k, lv, st, scores, levels, outcomes, treatment);
      }
    }

    private void fill(
        int k, int[] lv, InputStatus[] st, Rational[] scores, Outcome[] outcomes, boolean lowest) {
      int m = p.children[k].length;
      int size = 0;
      Rational low = Rational.of(p.scaleMin);
      for (int j = 0; j < m; j++) {
        InputStatus s = childStatus(k, j, st, outcomes);
        Rational v;
        if (s == InputStatus.RATED) {
          v = childValue(k, j, lv, scores);
        } else if (s != InputStatus.NOT_APPLICABLE && lowest) {
          v = low;
        } else {
          continue;
        }
        in.values[size] = v;
        in.child[size] = j;
        size++;
      }
      in.size = size;
      in.nodeId = p.nodeIds[k];
      in.childWeights = p.childWeights[k];
      in.childIds = p.childIds[k];
    }

    private Rational aggregate(int k, Inputs inputs) {
      Rational score;
      try {
        score = p.aggregation[k].aggregate(inputs);
      } catch (RuntimeException e) {
        throw wrap(e, p.rules[k].aggregation().get(), k);
      }
      if (score == null) {
        throw new ScoringException(
            "aggregation rule '" + p.rules[k].aggregation().get().id()
                + "' returned no score at node '" + p.nodeIds[k] + "'",
            p.rules[k].aggregation().get().id(),
            p.nodeIds[k],
            null);
      }
      return score;
    }

    private int band(int k, Rational score) {
      int level;
      try {
        level = p.banding[k].level(score, p.scaleMin, p.scaleMax);
      } catch (RuntimeException e) {
        throw wrap(e, p.rules[k].banding().get(), k);
      }
      if (level < p.scaleMin || level > p.scaleMax) {
        throw new ScoringException(
            "banding rule '" + p.rules[k].banding().get().id() + "' gave level " + level
                + " for score "
                + score + " at node '" + p.nodeIds[k] + "', off the scale " + p.scaleMin + ".."
                + p.scaleMax,
            p.rules[k].banding().get().id(),
            p.nodeIds[k],
            null);
      }
      return level;
    }

    private ScoringException wrap(RuntimeException e, RuleRef rule, int k) {
      if (e instanceof ScoringException
          && ((ScoringException) e).ruleId().isPresent()
          && ((ScoringException) e).nodeId().isPresent()) {
        return (ScoringException) e;
      }
      return new ScoringException(
          "rule '" + rule.id() + "' failed at node '" + p.nodeIds[k] + "': " + e.getMessage(),
          rule.id(),
          p.nodeIds[k],
          null,
          e);
    }

    private Explanation explain(
        int k,
        int[] lv,
        InputStatus[] st,
        Rational[] scores,
        int[] levels,
        Outcome[] outcomes,
        MissingDataTreatment treatment) {
      int m = p.children[k].length;
      boolean lowest = treatment == MissingDataTreatment.COUNT_AS_LOWEST;
      boolean scored = outcomes[k] == Outcome.SCORED;
      InputStatus[] statuses = new InputStatus[m];
      Rational[] given = new Rational[m];
      Rational[] used = new Rational[m];
      Rational low = Rational.of(p.scaleMin);
      for (int j = 0; j < m; j++) {
        InputStatus s = childStatus(k, j, st, outcomes);
        statuses[j] = s;
        if (s == InputStatus.RATED) {
          given[j] = childValue(k, j, lv, scores);
          used[j] = scored ? given[j] : null;
        } else if (scored && lowest && s != InputStatus.NOT_APPLICABLE) {
          used[j] = low;
        }
      }
      return new Explanation(
          p.nodeIds[k],
          p.rules[k],
          p.aggregation[k],
          p.banding[k],
          outcomes[k],
          treatment,
          scores[k],
          levels[k],
          p.scaleMin,
          p.scaleMax,
          p.childIds[k],
          p.childWeights[k],
          statuses,
          given,
          used);
    }
  }
}
