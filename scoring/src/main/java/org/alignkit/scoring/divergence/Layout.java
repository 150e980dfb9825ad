package org.alignkit.scoring.divergence;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableMap;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.alignkit.core.Assessment;
import org.alignkit.core.Component;
import org.alignkit.core.Domain;
import org.alignkit.core.Framework;
import org.alignkit.core.Indicator;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.NodeType;
import org.alignkit.core.Rating;
import org.alignkit.core.Scale;

/**
 * A framework laid out in arrays for the analysis: indicators in tree order with their domain,
 * component, weight and descriptors; nodes in the analysis's order (the framework, then each domain
 * followed by its components). Immutable; built once per framework instance and cached (weakly, by
 * identity), so that analysing many rounds of one framework pays for it once.
 */
final class Layout {
  private static final LoadingCache<Framework, Layout> CACHE =
      CacheBuilder.newBuilder().weakKeys().maximumSize(64).build(CacheLoader.from(Layout::new));

  /** The framework's label (not the framework: the cache holds its key weakly). */
  final String label;

  final Indicator[] indicators;
  final String[] ids;
  final String[] domainIds;
  final String[] componentIds;
  final int[] domainIndex;
  final BigDecimal[] weights;
  /** Each indicator's weight as a rank, 0 for the largest weight: equal weights, equal ranks. */
  final int[] weightRank;

  /** Index of each domain's first indicator; one more entry for the end. */
  final int[] domainStart;

  final ImmutableMap<String, Integer> position;
  final int scaleMin;
  final int span;
  /** The scale's level names, by {@code level - scaleMin}. */
  final LocalizedText[] levelNames;
  /** Each indicator's descriptor of each level, by {@code [u][level - scaleMin]}. */
  final LocalizedText[][] descriptors;

  /** The same, wrapped once for the answers that show them. */
  final Optional<LocalizedText>[] levelNameOptions;

  final Optional<LocalizedText>[][] descriptorOptions;
  /** {@code OptionalInt.of(level)}, by {@code level - scaleMin}. */
  final OptionalInt[] levelOptions;

  /** Node ids in analysis order: the framework, then each domain followed by its components. */
  final String[] nodeIds;

  final NodeType[] nodeTypes;
  /**
   * Each node's position in a score card's order: the components (0..C−1), the domains (C..C+D−1),
   * then the framework (C+D).
   */
  final int[] nodeCardIndex;

  private Layout(Framework framework) {
    this.label = framework.label();
    int units = framework.indicators().size();
    List<Domain> domains = framework.domains();
    indicators = new Indicator[units];
    ids = new String[units];
    domainIds = new String[units];
    componentIds = new String[units];
    domainIndex = new int[units];
    weights = new BigDecimal[units];
    domainStart = new int[domains.size() + 1];
    Scale scale = framework.scale();
    scaleMin = scale.min();
    span = scale.span();
    levelNames = new LocalizedText[scale.levels().size()];
    for (int l = 0; l < levelNames.length; l++) {
      levelNames[l] = scale.levels().get(l).name();
    }
    descriptors = new LocalizedText[units][];
    levelNameOptions = options(levelNames);
    levelOptions = new OptionalInt[levelNames.length];
    for (int l = 0; l < levelNames.length; l++) {
      levelOptions[l] = OptionalInt.of(scaleMin + l);
    }
    descriptorOptions = newOptionsArray(units);
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builderWithExpectedSize(units);
    int components = framework.components().size();
    int nodes = 1 + domains.size() + components;
    nodeIds = new String[nodes];
    nodeTypes = new NodeType[nodes];
    nodeCardIndex = new int[nodes];
    nodeIds[0] = framework.id();
    nodeTypes[0] = NodeType.FRAMEWORK;
    nodeCardIndex[0] = components + domains.size();
    int u = 0;
    int k = 1;
    int c = 0;
    for (int d = 0; d < domains.size(); d++) {
      Domain domain = domains.get(d);
      domainStart[d] = u;
      nodeIds[k] = domain.id();
      nodeTypes[k] = NodeType.DOMAIN;
      nodeCardIndex[k++] = components + d;
      for (Component component : domain.components()) {
        nodeIds[k] = component.id();
        nodeTypes[k] = NodeType.COMPONENT;
        nodeCardIndex[k++] = c++;
        for (Indicator i : component.indicators()) {
          indicators[u] = i;
          ids[u] = i.id();
          domainIds[u] = domain.id();
          componentIds[u] = component.id();
          domainIndex[u] = d;
          weights[u] = i.weight().orElse(BigDecimal.ONE);
          descriptors[u] = new LocalizedText[levelNames.length];
          for (int l = 0; l < levelNames.length; l++) {
            descriptors[u][l] = i.descriptor(scaleMin + l, scale);
          }
          descriptorOptions[u] = options(descriptors[u]);
          index.put(i.id(), u);
          u++;
        }
      }
    }
    domainStart[domains.size()] = u;
    position = index.buildOrThrow();
    BigDecimal[] distinct =
        java.util.Arrays.stream(weights)
            .map(BigDecimal::stripTrailingZeros)
            .distinct()
            .sorted(java.util.Comparator.reverseOrder())
            .toArray(BigDecimal[]::new);
    weightRank = new int[units];
    for (int i = 0; i < units; i++) {
      weightRank[i] = java.util.Arrays.binarySearch(distinct, weights[i].stripTrailingZeros(), java.util.Comparator.reverseOrder());
    }
  }

  @SuppressWarnings("unchecked")
  private static Optional<LocalizedText>[] options(LocalizedText[] texts) {
    Optional<LocalizedText>[] out = new Optional[texts.length];
    for (int i = 0; i < texts.length; i++) {
      out[i] = Optional.of(texts[i]);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Optional<LocalizedText>[][] newOptionsArray(int units) {
    return new Optional[units][];
  }

  /** The last layout asked for, with its framework held weakly: most callers analyse one framework. */
  private static volatile Last last;

  private static final class Last {
    final WeakReference<Framework> framework;
    final Layout layout;

    Last(Framework framework, Layout layout) {
      this.framework = new WeakReference<>(framework);
      this.layout = layout;
    }
  }

  /** The layout of a framework, built on first use. */
  static Layout of(Framework framework) {
    Last l = last;
    if (l != null && l.framework.get() == framework) {
      return l.layout;
    }
    Layout layout = CACHE.getUnchecked(framework);
    last = new Last(framework, layout);
    return layout;
  }

  int size() {
    return ids.length;
  }

  /**
   * The ratings of an assessment that fits the framework, by indicator position ({@code null} where
   * it has none). Ratings listed in tree order are placed without a look-up.
   */
  Rating[] align(Assessment assessment) {
    Rating[] out = new Rating[ids.length];
    List<Rating> ratings = assessment.ratings();
    for (int i = 0; i < ratings.size(); i++) {
      Rating r = ratings.get(i);
      String id = r.indicatorId();
      if (i < ids.length && id.equals(ids[i])) {
        out[i] = r;
      } else {
        Integer u = position.get(id);
        if (u == null) {
          throw new IllegalArgumentException(
              "indicator '" + id + "' is not in framework " + label);
        }
        out[u] = r;
      }
    }
    return out;
  }
}
