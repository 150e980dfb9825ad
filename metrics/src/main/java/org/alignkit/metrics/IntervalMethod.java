package org.alignkit.metrics;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How {@link KrippendorffAlpha#interval(ReliabilityData, Metric, IntervalSpec)} estimates the
 * uncertainty of alpha. The three methods answer the same question (how far could alpha be from
 * the one computed, had other units been coded?) under different assumptions; {@code
 * docs/agreement.md} says when to prefer which.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum IntervalMethod {
  /**
   * The bootstrap of Hayes and Krippendorff (2007, <i>Communication Methods and Measures</i>
   * 1(1):77-89), as their KALPHA macro does it: each resample draws, with replacement, as many
   * pairs of values as the data have pairable pairs (Σ m<sub>u</sub>(m<sub>u</sub> − 1)/2) from the
   * observed coincidences, and compares their mean δ² with the data's expected disagreement, which
   * is kept fixed. Alphas below −1 count as −1, and a resample whose pairs all show one and the same
   * value (no variation, alpha 0/0) counts as 0, as in KALPHA. The interval is the percentile
   * interval of the resampled alphas; {@link AlphaInterval#probabilityBelow()} gives KALPHA's q.
   *
   * <p>Published studies quote it. It treats the pairs of one unit as independent draws although
   * they share the unit, and it does not resample the expected disagreement, so its intervals are
   * too narrow when units carry several pairs: it under-covers (Gwet 2015; Hughes 2022).
   */
  PAIR_BOOTSTRAP,

  /**
   * The nonparametric bootstrap of Efron and Tibshirani (<i>An Introduction to the Bootstrap</i>,
   * 1993): each resample draws the pairable units with replacement, as many as there are, and
   * computes alpha afresh on them (observed and expected disagreement alike); the interval is the
   * percentile interval. Resamples in which alpha is undefined (every value the same) are left out
   * and counted in {@link AlphaInterval#undefinedResamples()}.
   */
  UNIT_BOOTSTRAP,

  /**
   * The jackknife interval over units (Hughes 2022, "Toward improved inference for Krippendorff's
   * Alpha agreement coefficient", arXiv:2210.13265): alpha is computed with each pairable unit left
   * out in turn; the jackknife standard error √((N − 1)/N · Σ(α<sub>(u)</sub> −
   * ᾱ<sub>(·)</sub>)²) over the N pairable units gives the interval α ± t<sub>N−1</sub> · SE, its
   * upper limit capped at 1. No random numbers: the seed is not used. Its author shows it keeps its
   * coverage at small samples where the customary bootstrap does not.
   */
  JACKKNIFE;

  /** The method's id in files and on the command line: {@code pair-bootstrap}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The method with an id ({@link #id()}), in any case.
   *
   * @throws IllegalArgumentException if no method has that id
   */
  public static IntervalMethod ofId(String id) {
    for (IntervalMethod m : values()) {
      if (m.id().equalsIgnoreCase(id.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "'" + id + "' is not an interval method; use pair-bootstrap, unit-bootstrap or jackknife");
  }
}
