package org.alignkit.scoring.divergence;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What one round of the diagnostic shows about the groups' divergence, made by {@link
 * RoundAnalyser}: per indicator and per node, agreement overall and per domain, and the ranked
 * harmonisation agenda.
 *
 * <p>Immutable and thread-safe. Every number is computed when the analysis is made; the value
 * objects that present them ({@link #indicators()}, {@link #nodes()}, {@link #agenda()}) are made on
 * first use and then kept, so that a caller who needs only the agenda and alpha does not pay for 41
 * × 5 answer objects. Two analyses are equal when every value they present is equal.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RoundAnalysis {
  private final String frameworkId;
  private final String frameworkVersion;
  private final String country;
  private final String roundId;
  private final DivergenceCriteria criteria;
  private final RoundTable table;
  private final Agreement agreement;
  private final ImmutableMap<String, Agreement> agreementByDomain;
  // Made on first use; two threads racing make equal lists and either may be kept.
  private volatile List<IndicatorDivergence> indicators;
  private volatile List<NodeDivergence> nodes;
  private volatile List<AgendaItem> agenda;

  RoundAnalysis(
      String frameworkId,
      String frameworkVersion,
      String country,
      String roundId,
      DivergenceCriteria criteria,
      RoundTable table,
      Agreement agreement,
      ImmutableMap<String, Agreement> agreementByDomain) {
    this.frameworkId = frameworkId;
    this.frameworkVersion = frameworkVersion;
    this.country = country;
    this.roundId = roundId;
    this.criteria = criteria;
    this.table = table;
    this.agreement = agreement;
    this.agreementByDomain = agreementByDomain;
  }

  /** The framework's id. */
  public String frameworkId() {
    return frameworkId;
  }

  /** The framework's version. */
  public String frameworkVersion() {
    return frameworkVersion;
  }

  /** The country of the exercise. */
  public String country() {
    return country;
  }

  /** The round's id. */
  public String roundId() {
    return roundId;
  }

  /** The groups' ids, in the order of the exercise. */
  public List<String> groupIds() {
    return table.groupIds;
  }

  /** The criteria used for the agenda. */
  public DivergenceCriteria criteria() {
    return criteria;
  }

  /** Divergence per indicator, in the framework's tree order. */
  public List<IndicatorDivergence> indicators() {
    List<IndicatorDivergence> list = indicators;
    if (list == null) {
      list = table.indicators();
      indicators = list;
    }
    return list;
  }

  /**
   * Divergence on the groups' scores per node: the framework first, then each domain followed by
   * its components, in tree order. Empty when no node scores were given.
   */
  public List<NodeDivergence> nodes() {
    List<NodeDivergence> list = nodes;
    if (list == null) {
      list = table.nodeDivergences();
      nodes = list;
    }
    return list;
  }

  /** Agreement over all indicators. */
  public Agreement agreement() {
    return agreement;
  }

  /** Agreement per domain, by domain id in the framework's order. */
  public Map<String, Agreement> agreementByDomain() {
    return agreementByDomain;
  }

  /**
   * The harmonisation agenda: the highly divergent indicators, ranked. The order is total and
   * deterministic:
   *
   * <ol>
   *   <li>larger range of levels (the gap) first;
   *   <li>then larger mean absolute pairwise difference first;
   *   <li>then the indicator's domain, in the framework's domain order;
   *   <li>then larger indicator weight first (no weight counts as 1);
   *   <li>then the indicator's position in the framework's tree order.
   * </ol>
   *
   * Items are numbered from 1 in that order. The order does not depend on the order of the groups.
   */
  public List<AgendaItem> agenda() {
    List<AgendaItem> list = agenda;
    if (list == null) {
      list = table.agenda();
      agenda = list;
    }
    return list;
  }

  /** The number of items on the {@link #agenda()}, without making them. */
  public int agendaSize() {
    return table.agendaOrder.length;
  }

  /** The divergence of an indicator. */
  public Optional<IndicatorDivergence> indicator(String indicatorId) {
    Integer u = table.layout.position.get(indicatorId);
    return u == null ? Optional.empty() : Optional.of(indicators().get(u));
  }

  /** The divergence of a node (framework, domain or component). */
  public Optional<NodeDivergence> node(String nodeId) {
    for (NodeDivergence d : nodes()) {
      if (d.nodeId().equals(nodeId)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RoundAnalysis)) {
      return false;
    }
    RoundAnalysis a = (RoundAnalysis) o;
    return frameworkId.equals(a.frameworkId)
        && frameworkVersion.equals(a.frameworkVersion)
        && country.equals(a.country)
        && roundId.equals(a.roundId)
        && groupIds().equals(a.groupIds())
        && criteria.equals(a.criteria)
        && agreement.equals(a.agreement)
        && agreementByDomain.equals(a.agreementByDomain)
        && indicators().equals(a.indicators())
        && nodes().equals(a.nodes())
        && agenda().equals(a.agenda());
  }

  @Override
  public int hashCode() {
    return Objects.hash(frameworkId, frameworkVersion, country, roundId, groupIds(), agreement);
  }

  @Override
  public String toString() {
    return "RoundAnalysis{"
        + frameworkId
        + " "
        + frameworkVersion
        + ", "
        + country
        + " "
        + roundId
        + ", groups "
        + groupIds()
        + ", "
        + table.units
        + " indicators, "
        + agendaSize()
        + " on the agenda}";
  }
}
