package org.alignkit.scoring.divergence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.ToDoubleFunction;
import org.alignkit.core.Assessment;
import org.alignkit.core.LocalizedText;
import org.alignkit.core.Rating;
import org.alignkit.core.StakeholderGroup;
import org.alignkit.scoring.spi.Rational;

/**
 * The numbers of one round, computed eagerly into arrays: per indicator the levels, spread, outliers
 * and reasons; per node the spread and outliers of the groups' scores; the agenda's order. The value
 * objects of {@link RoundAnalysis} ({@link IndicatorDivergence}, {@link GroupAnswer}, {@link
 * NodeDivergence}, {@link AgendaItem}) are made from these arrays when first asked for. Immutable
 * after construction (the per-indicator answer lists are filled in once, race-free).
 */
final class RoundTable {
  /** No level (the answer is not a level). */
  static final int NONE = Integer.MIN_VALUE;

  static final int RANGE = Thresholds.RANGE;
  static final int APART = Thresholds.APART;
  private static final List<Set<DivergenceReason>> REASONS =
      List.of(
          ImmutableSet.of(),
          Sets.immutableEnumSet(DivergenceReason.RANGE),
          Sets.immutableEnumSet(DivergenceReason.APART_FROM_OTHERS),
          Sets.immutableEnumSet(DivergenceReason.RANGE, DivergenceReason.APART_FROM_OTHERS));

  /** Converts exact node scores to the decimals a {@link Spread} shows. */
  static final MathContext DECIMALS = MathContext.DECIMAL64;

  final Layout layout;
  final List<StakeholderGroup> groups;
  final ImmutableList<String> groupIds;
  final int units;
  final int groupCount;
  private final List<Assessment> assessments;
  /** Each group's ratings by indicator position, aligned on first use; null entries where none. */
  private final AtomicReferenceArray<Rating[]> ratings;
  /** Levels, {@code [u * groups + g]}; {@link #NONE} where the answer is not a level. */
  final int[] levels;

  final int[] count;
  final int[] min;
  final int[] max;
  final int[] twiceMedian;
  final double[] standardDeviation;
  final double[] pairwise;
  final int[] reasons;
  /** Bits per indicator group set: {@code words} longs per indicator, bit g for group g. */
  final int words;
  /** The outlying groups of each indicator, as bits ({@link #words} longs per indicator). */
  final long[] outliers;
  /** The groups apart from the others' median, as bits ({@link #words} longs per indicator). */
  final long[] apart;
  /** The highly divergent indicators, in agenda order. */
  final int[] agendaOrder;

  private final AtomicReferenceArray<List<GroupAnswer>> answers;

  /**
   * The lists of group ids named by a set of groups (bit g set for group g), made once each; only
   * for rounds of at most {@link #MASKED_GROUPS} groups, null otherwise.
   */
  private final AtomicReferenceArray<List<String>> idLists;

  /** Rounds with up to this many groups cache their group-id lists by bit mask. */
  static final int MASKED_GROUPS = 10;

  // Nodes; null when no scores were given.
  final NodeTable nodes;

  /**
   * @param assessments the groups' assessments, which fit the framework
   * @param levels the groups' levels, {@code [u * groups + g]}, {@link #NONE} where there is none;
   *     kept, not copied
   */
  RoundTable(
      Layout layout,
      List<StakeholderGroup> groups,
      ImmutableList<String> groupIds,
      List<Assessment> assessments,
      int[] levels,
      NodeTable nodes,
      Thresholds thresholds) {
    this.layout = layout;
    this.groups = groups;
    this.groupIds = groupIds;
    this.assessments = assessments;
    this.levels = levels;
    this.nodes = nodes;
    this.units = layout.size();
    this.groupCount = groups.size();
    int gs = groupCount;
    ratings = new AtomicReferenceArray<>(gs);
    count = new int[units];
    min = new int[units];
    max = new int[units];
    twiceMedian = new int[units];
    standardDeviation = new double[units];
    pairwise = new double[units];
    reasons = new int[units];
    words = (gs + 63) >>> 6;
    outliers = new long[units * words];
    apart = new long[units * words];
    answers = new AtomicReferenceArray<>(units);
    idLists = gs <= MASKED_GROUPS ? new AtomicReferenceArray<>(1 << gs) : null;
    int[] sorted = new int[gs];
    int[] scratch = new int[gs];
    int divergent = 0;
    for (int u = 0; u < units; u++) {
      int n = 0;
      int base = u * gs;
      for (int g = 0; g < gs; g++) {
        int level = levels[base + g];
        if (level != NONE) {
          // insertion into the sorted prefix
          int i = n++;
          while (i > 0 && sorted[i - 1] > level) {
            sorted[i] = sorted[i - 1];
            i--;
          }
          sorted[i] = level;
        }
      }
      count[u] = n;
      if (n == 0) {
        continue;
      }
      min[u] = sorted[0];
      max[u] = sorted[n - 1];
      int median2 = Spreads.twiceMedian(sorted, n);
      twiceMedian[u] = median2;
      standardDeviation[u] = Spreads.standardDeviation(sorted, n);
      pairwise[u] = n >= 2 ? Spreads.meanAbsolutePairwiseDifference(sorted, n) : Double.NaN;
      if (sorted[0] != sorted[n - 1]) {
        // Outliers: furthest from the median of all levels (doubled units, exact); the furthest
        // is the lowest or the highest level.
        int low = median2 - 2 * sorted[0];
        int high = 2 * sorted[n - 1] - median2;
        markGroupsAt(
            base, low >= high ? sorted[0] : NONE, high >= low ? sorted[n - 1] : NONE, outliers, u * words);
      }
      int tested = thresholds.test(sorted, n, scratch);
      int bits = tested & (RANGE | APART);
      if ((bits & APART) != 0) {
        markGroupsWith(base, scratch, tested >>> 2, apart, u * words);
      }
      reasons[u] = bits;
      if (bits != 0) {
        divergent++;
      }
    }
    agendaOrder = agendaOrder(divergent);
  }

  /** Group {@code g}'s ratings by indicator position, aligned once. */
  private Rating[] ratings(int g) {
    Rating[] r = ratings.get(g);
    if (r == null) {
      r = layout.align(assessments.get(g));
      if (!ratings.compareAndSet(g, null, r)) {
        r = ratings.get(g);
      }
    }
    return r;
  }

  /** Sets bit g at {@code bits[from..]} for the groups whose level at {@code base} is a or b. */
  private void markGroupsAt(int base, int a, int b, long[] bits, int from) {
    for (int g = 0; g < groupCount; g++) {
      int l = levels[base + g];
      if (l != NONE && (l == a || l == b)) {
        bits[from + (g >>> 6)] |= 1L << g;
      }
    }
  }

  /** Sets bit g at {@code bits[from..]} for the groups whose level is one of {@code wanted[0..n)}. */
  private void markGroupsWith(int base, int[] wanted, int n, long[] bits, int from) {
    for (int g = 0; g < groupCount; g++) {
      int l = levels[base + g];
      if (l == NONE) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        if (wanted[i] == l) {
          bits[from + (g >>> 6)] |= 1L << g;
          break;
        }
      }
    }
  }

  /** Orders the divergent indicators as {@link RoundAnalysis#agenda()} documents. */
  private int[] agendaOrder(int divergent) {
    int[] order = new int[divergent];
    int k = 0;
    for (int u = 0; u < units; u++) {
      if (reasons[u] != 0) {
        // insertion sort: a few dozen items at most, compared on primitives
        int i = k++;
        while (i > 0 && before(u, order[i - 1])) {
          order[i] = order[i - 1];
          i--;
        }
        order[i] = u;
      }
    }
    return order;
  }

  /** Whether indicator {@code x} comes before {@code y} on the agenda. */
  private boolean before(int x, int y) {
    int c = Integer.compare(max[y] - min[y], max[x] - min[x]);
    if (c == 0) {
      c = Double.compare(pairwise[y], pairwise[x]);
    }
    if (c == 0) {
      c = Integer.compare(layout.domainIndex[x], layout.domainIndex[y]);
    }
    if (c == 0) {
      c = Integer.compare(layout.weightRank[x], layout.weightRank[y]);
    }
    return c != 0 ? c < 0 : x < y;
  }

  // ---------------------------------------------------------------- materialising the values

  /** The reasons as a set. */
  static Set<DivergenceReason> reasonSet(int bits) {
    return REASONS.get(bits);
  }

  /** The ids of the groups whose bits are set at {@code bits[from .. from + words)}, in group order. */
  private List<String> ids(long[] bits, int from) {
    if (idLists != null) {
      return ids((int) bits[from]);
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int w = 0; w < words; w++) {
      long word = bits[from + w];
      while (word != 0) {
        out.add(groupIds.get((w << 6) + Long.numberOfTrailingZeros(word)));
        word &= word - 1;
      }
    }
    return out.build();
  }

  /** The ids of the groups in {@code mask}, in group order; one list per mask, made once. */
  private List<String> ids(int mask) {
    List<String> list = idLists.get(mask);
    if (list == null) {
      ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(Integer.bitCount(mask));
      for (int g = 0; g < groupCount; g++) {
        if ((mask & (1 << g)) != 0) {
          out.add(groupIds.get(g));
        }
      }
      list = out.build();
      if (!idLists.compareAndSet(mask, null, list)) {
        list = idLists.get(mask);
      }
    }
    return list;
  }

  /** The ids of the groups whose level for indicator {@code u} is {@code level}, in group order. */
  private List<String> idsAtLevel(int u, int level) {
    int base = u * groupCount;
    if (idLists != null) {
      int mask = 0;
      for (int g = 0; g < groupCount; g++) {
        if (levels[base + g] == level) {
          mask |= 1 << g;
        }
      }
      return ids(mask);
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int g = 0; g < groupCount; g++) {
      if (levels[base + g] == level) {
        out.add(groupIds.get(g));
      }
    }
    return out.build();
  }

  /** Every group's answer for indicator {@code u}, in group order; made once. */
  List<GroupAnswer> answers(int u) {
    List<GroupAnswer> list = answers.get(u);
    if (list == null) {
      ImmutableList.Builder<GroupAnswer> out = ImmutableList.builderWithExpectedSize(groupCount);
      for (int g = 0; g < groupCount; g++) {
        out.add(answer(u, g));
      }
      list = out.build();
      if (!answers.compareAndSet(u, null, list)) {
        list = answers.get(u);
      }
    }
    return list;
  }

  private GroupAnswer answer(int u, int g) {
    return new TableAnswer(this, rating(u, g), u, g);
  }

  /**
   * Group {@code g}'s rating of indicator {@code u}, or null. Ratings listed in the framework's
   * order are read from the assessment's list; others from the group's ratings aligned once.
   */
  Rating rating(int u, int g) {
    List<Rating> list = assessments.get(g).ratings();
    if (u < list.size()) {
      Rating r = list.get(u);
      String id = r.indicatorId();
      // An assessment that fits the framework rates each indicator at most once.
      if (id == layout.ids[u] || id.equals(layout.ids[u])) {
        return r;
      }
    }
    return ratings(g)[u];
  }

  /**
   * A group's answer read from the round's arrays and the group's rating (three fields instead of
   * nine copied ones, 24 bytes): the analysis makes one for every group on every indicator it
   * shows.
   */
  private static final class TableAnswer extends GroupAnswer {
    private final RoundTable table;
    /** The group's rating of the indicator; null when it has none. */
    private final Rating rating;

    /** The cell {@code u × groups + g} of indicator u and group g. */
    private final int cell;

    TableAnswer(RoundTable table, Rating rating, int u, int g) {
      this.table = table;
      this.rating = rating;
      this.cell = u * table.groupCount + g;
    }

    private int u() {
      return cell / table.groupCount;
    }

    private int g() {
      return cell % table.groupCount;
    }

    /** The level's offset on the scale, or -1 when the answer is not a level. */
    private int levelOffset() {
      int level = table.levels[cell];
      return level == NONE ? -1 : level - table.layout.scaleMin;
    }

    @Override
    public String groupId() {
      return table.groupIds.get(g());
    }

    @Override
    public LocalizedText groupName() {
      return table.groups.get(g()).name();
    }

    @Override
    public AnswerStatus status() {
      Rating r = rating;
      if (r == null) {
        return AnswerStatus.NOT_RATED;
      }
      switch (r.status()) {
        case RATED:
          return AnswerStatus.RATED;
        case NOT_APPLICABLE:
          return AnswerStatus.NOT_APPLICABLE;
        case NO_INFORMATION:
          return AnswerStatus.NO_INFORMATION;
        default:
          throw new AssertionError(r.status());
      }
    }

    @Override
    public OptionalInt level() {
      int l = levelOffset();
      return l < 0 ? OptionalInt.empty() : table.layout.levelOptions[l];
    }

    @Override
    public Optional<LocalizedText> levelName() {
      int l = levelOffset();
      return l < 0 ? Optional.empty() : table.layout.levelNameOptions[l];
    }

    @Override
    public Optional<LocalizedText> descriptor() {
      int l = levelOffset();
      return l < 0 ? Optional.empty() : table.layout.descriptorOptions[u()][l];
    }

    @Override
    public Optional<String> evidence() {
      Rating r = rating;
      return r == null ? Optional.empty() : r.evidence();
    }

    @Override
    public Optional<String> comment() {
      Rating r = rating;
      return r == null ? Optional.empty() : r.comment();
    }

    @Override
    public boolean appliesToGroup() {
      return table.layout.indicators[u()].appliesTo(table.groups.get(g()));
    }
  }

  /** The spread of indicator {@code u}'s levels; null when no group gave one. */
  Spread spread(int u) {
    return count[u] == 0 ? null : new TableSpread(this, u);
  }

  /** The spread of an indicator's levels, read from the round's arrays (exact levels and halves). */
  private static final class TableSpread extends Spread {
    private final RoundTable table;
    private final int u;

    TableSpread(RoundTable table, int u) {
      this.table = table;
      this.u = u;
    }

    @Override
    public int count() {
      return table.count[u];
    }

    @Override
    public BigDecimal minimum() {
      return Spreads.decimal(table.min[u]);
    }

    @Override
    public BigDecimal maximum() {
      return Spreads.decimal(table.max[u]);
    }

    @Override
    public BigDecimal median() {
      return Spreads.half(table.twiceMedian[u]);
    }

    @Override
    public double standardDeviation() {
      return table.standardDeviation[u];
    }

    @Override
    public OptionalDouble meanAbsolutePairwiseDifference() {
      return table.count[u] >= 2 ? OptionalDouble.of(table.pairwise[u]) : OptionalDouble.empty();
    }

    @Override
    public int scaleSpan() {
      return table.layout.span;
    }
  }

  IndicatorDivergence indicator(int u) {
    return ImmutableIndicatorDivergence.of(
        layout.ids[u],
        layout.domainIds[u],
        layout.componentIds[u],
        answers(u),
        Optional.ofNullable(spread(u)),
        ids(outliers, u * words),
        ids(apart, u * words),
        reasonSet(reasons[u]));
  }

  List<IndicatorDivergence> indicators() {
    ImmutableList.Builder<IndicatorDivergence> out = ImmutableList.builderWithExpectedSize(units);
    for (int u = 0; u < units; u++) {
      out.add(indicator(u));
    }
    return out.build();
  }

  List<AgendaItem> agenda() {
    ImmutableList.Builder<AgendaItem> items = ImmutableList.builderWithExpectedSize(agendaOrder.length);
    for (int rank = 0; rank < agendaOrder.length; rank++) {
      items.add(new TableAgendaItem(this, rank + 1, agendaOrder[rank]));
    }
    return items.build();
  }

  /**
   * An agenda item of the round: its answers and spread are made with it; its ids, title, groups
   * and reasons are read from the round's arrays and the framework's layout (the group lists are
   * made once per set of groups and shared).
   */
  private static final class TableAgendaItem extends AgendaItem {
    private final RoundTable table;
    private final int rank;
    private final int u;
    private final List<GroupAnswer> answers;
    private final Spread spread;

    TableAgendaItem(RoundTable table, int rank, int u) {
      this.table = table;
      this.rank = rank;
      this.u = u;
      this.answers = table.answers(u);
      // An indicator on the agenda has at least one level: its spread exists.
      this.spread = table.spread(u);
    }

    @Override
    public int rank() {
      return rank;
    }

    @Override
    public String indicatorId() {
      return table.layout.ids[u];
    }

    @Override
    public LocalizedText title() {
      return table.layout.indicators[u].title();
    }

    @Override
    public String domainId() {
      return table.layout.domainIds[u];
    }

    @Override
    public String componentId() {
      return table.layout.componentIds[u];
    }

    @Override
    public List<GroupAnswer> answers() {
      return answers;
    }

    @Override
    public Spread spread() {
      return spread;
    }

    @Override
    public List<String> lowestGroups() {
      return table.idsAtLevel(u, table.min[u]);
    }

    @Override
    public List<String> highestGroups() {
      return table.idsAtLevel(u, table.max[u]);
    }

    @Override
    public List<String> apartFromOthers() {
      return table.ids(table.apart, u * table.words);
    }

    @Override
    public Set<DivergenceReason> reasons() {
      return reasonSet(table.reasons[u]);
    }
  }

  List<NodeDivergence> nodeDivergences() {
    if (nodes == null) {
      return ImmutableList.of();
    }
    int count = layout.nodeIds.length;
    ImmutableList.Builder<NodeDivergence> out = ImmutableList.builderWithExpectedSize(count);
    for (int k = 0; k < count; k++) {
      out.add(nodes.divergence(k));
    }
    return out.build();
  }

  /**
   * The groups' scores per node ({@code [k * groups + g]}, null where a group has none), exact:
   * {@link Rational}s from score cards, or the {@link BigDecimal}s a caller gave. The spreads'
   * double measures and the outliers are computed eagerly; the decimals a {@link Spread} shows are
   * the given ones, or derived from the exact scores on first use.
   */
  static final class NodeTable {
    private final Layout layout;
    private final ImmutableList<String> groupIds;
    private final int gs;

    /** The scores, {@code [k * gs + g]}: the exact ones, or the given decimals. */
    private final Object[] values;

    private final AtomicReferenceArray<BigDecimal[]> decimals;
    private final boolean exact;
    /** Group indices of each node's scores sorted ascending by score (stable), {@code [k * gs + i]}. */
    private final int[] order;
    /** How many groups have a score for each node. */
    private final int[] scoredCount;

    private final double[] standardDeviation;
    private final double[] pairwise;
    /** Bits per node's outlying groups: {@code words} longs per node, bit g for group g. */
    private final int words;

    private final long[] outliers;

    /** Node scores from score cards, {@code [k * groups + g]}; kept, not copied. */
    static NodeTable ofExact(Layout layout, ImmutableList<String> groupIds, Rational[] values) {
      return new NodeTable(layout, groupIds, values, RoundTable::compareSums, Rational::doubleValue, true);
    }

    /** Node scores given as decimals, {@code [k * groups + g]}; kept, not copied. */
    static NodeTable ofDecimals(Layout layout, ImmutableList<String> groupIds, BigDecimal[] values) {
      return new NodeTable(
          layout, groupIds, values, (a, b, c, d) -> a.add(b).compareTo(c.add(d)), Spreads::toDouble, false);
    }

    /** Compares {@code a + b} with {@code c + d}. */
    interface SumComparator<T> {
      int compare(T a, T b, T c, T d);
    }

    private <T extends Comparable<? super T>> NodeTable(
        Layout layout,
        ImmutableList<String> groupIds,
        T[] values,
        SumComparator<T> sums,
        ToDoubleFunction<T> toDouble,
        boolean exact) {
      this.layout = layout;
      this.groupIds = groupIds;
      this.values = values;
      this.exact = exact;
      int nodes = layout.nodeIds.length;
      int gs = groupIds.size();
      this.gs = gs;
      this.decimals = new AtomicReferenceArray<>(nodes);
      order = new int[nodes * gs];
      scoredCount = new int[nodes];
      standardDeviation = new double[nodes];
      pairwise = new double[nodes];
      words = (gs + 63) >>> 6;
      outliers = new long[nodes * words];
      double[] d = new double[gs];
      for (int k = 0; k < nodes; k++) {
        int row = k * gs;
        int n = 0;
        for (int g = 0; g < gs; g++) {
          T v = values[row + g];
          if (v == null) {
            continue;
          }
          int i = n++;
          while (i > 0 && values[row + order[row + i - 1]].compareTo(v) > 0) {
            order[row + i] = order[row + i - 1];
            i--;
          }
          order[row + i] = g;
        }
        scoredCount[k] = n;
        if (n == 0) {
          continue;
        }
        T lowest = values[row + order[row]];
        T highest = values[row + order[row + n - 1]];
        if (lowest.compareTo(highest) == 0) {
          standardDeviation[k] = 0.0;
          pairwise[k] = n >= 2 ? 0.0 : Double.NaN;
          continue;
        }
        for (int i = 0; i < n; i++) {
          d[i] = toDouble.applyAsDouble(values[row + order[row + i]]);
        }
        standardDeviation[k] = Spreads.standardDeviation(d, n);
        pairwise[k] = Spreads.meanAbsolutePairwiseDifference(d, n);
        // The furthest from the median is the lowest or the highest score: compare
        // median − lowest with highest − median, i.e. twice the median with lowest + highest.
        T m1 = values[row + order[row + (n - 1) / 2]];
        T m2 = values[row + order[row + n / 2]];
        int c = sums.compare(m1, m2, lowest, highest);
        for (int g = 0; g < gs; g++) {
          T v = values[row + g];
          if (v != null
              && ((c >= 0 && v.compareTo(lowest) == 0) || (c <= 0 && v.compareTo(highest) == 0))) {
            outliers[k * words + (g >>> 6)] |= 1L << g;
          }
        }
      }
    }

    private BigDecimal[] decimals(int k) {
      BigDecimal[] row = decimals.get(k);
      if (row == null) {
        row = new BigDecimal[gs];
        for (int g = 0; g < gs; g++) {
          Object v = values[k * gs + g];
          row[g] = v == null ? null : exact ? ((Rational) v).toBigDecimal(DECIMALS) : (BigDecimal) v;
        }
        if (!decimals.compareAndSet(k, null, row)) {
          row = decimals.get(k);
        }
      }
      return row;
    }

    NodeDivergence divergence(int k) {
      BigDecimal[] row = decimals(k);
      ImmutableMap.Builder<String, BigDecimal> scores = ImmutableMap.builderWithExpectedSize(row.length);
      List<String> unscored = new ArrayList<>();
      for (int g = 0; g < row.length; g++) {
        if (row[g] == null) {
          unscored.add(groupIds.get(g));
        } else {
          scores.put(groupIds.get(g), row[g]);
        }
      }
      int n = scoredCount[k];
      Optional<Spread> spread = Optional.empty();
      List<String> out = new ArrayList<>();
      if (n > 0) {
        BigDecimal[] sorted = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
          sorted[i] = row[order[k * gs + i]];
        }
        spread =
            Optional.of(
                ImmutableSpread.of(
                    n,
                    sorted[0],
                    sorted[n - 1],
                    Spreads.median(sorted, n),
                    standardDeviation[k],
                    n >= 2 ? OptionalDouble.of(pairwise[k]) : OptionalDouble.empty(),
                    layout.span));
        for (int w = 0; w < words; w++) {
          long word = outliers[k * words + w];
          while (word != 0) {
            out.add(groupIds.get((w << 6) + Long.numberOfTrailingZeros(word)));
            word &= word - 1;
          }
        }
      }
      return ImmutableNodeDivergence.of(
          layout.nodeIds[k], layout.nodeTypes[k], scores.buildOrThrow(), unscored, spread, out);
    }
  }

  /** Compares {@code a + b} with {@code c + d} exactly. */
  static int compareSums(Rational a, Rational b, Rational c, Rational d) {
    return a.add(b).compareTo(c.add(d));
  }
}
