package org.alignkit.analysis.progress;

import org.apiguardian.api.API;

/**
 * What a {@link ProgressRule}'s relative threshold is a fraction of.
 *
 * <p>The IHP+Results 2016 rule reads "progress if up by at least 3 % of the baseline, decline if
 * down by at least 3 % of the baseline". Taken literally ({@link #BASELINE}) it is not symmetric:
 * 100 → 103 is progress (+3 % of 100) but 103 → 100 is stagnation (−2.9 % of 103). AlignKit's
 * default, {@link #SMALLER_OF_BOTH}, keeps the IHP+ rule exactly for every rise and measures a fall
 * against the lower, later value, so that reversing two rounds always swaps progress and decline.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ThresholdBase {
  /**
   * The smaller of the two scores (absolute values). A rise is measured against the baseline,
   * exactly as in IHP+Results 2016; a fall against the later score, so a fall of 2.92 % to 3 % of
   * the baseline already counts as decline. Symmetric: the default.
   */
  SMALLER_OF_BOTH,
  /** The larger of the two scores (absolute values). Symmetric; stricter than IHP+ for rises. */
  LARGER_OF_BOTH,
  /** The baseline score, the IHP+Results 2016 rule to the letter. Not symmetric. */
  BASELINE,
  /** The span of the scale ({@code max − min} levels). Symmetric, independent of the origin. */
  SCALE_SPAN
}
