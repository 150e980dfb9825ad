/**
 * Progress between rounds of the diagnostic, benchmarks against a reference, and target profiles.
 *
 * <p>{@link org.alignkit.scoring.progress.Progress#compare} compares two rounds ({@link
 * org.alignkit.scoring.progress.RoundData}) per indicator and per component, domain and framework,
 * for each group and for the consensus, and classes every change as progress, stagnation or decline
 * under a {@link org.alignkit.scoring.progress.ProgressRule} (by default the IHP+Results 2016 rule of
 * ±3 %), or as not comparable where the instrument changed. {@link
 * org.alignkit.scoring.progress.Benchmarks} places a country above, at or below a reference such as
 * a regional mean; a {@link org.alignkit.scoring.progress.TargetProfile} turns the gaps to target
 * levels into action-plan items. All values are immutable and thread-safe.
 */
@AlignKitStyle
package org.alignkit.scoring.progress;

import org.alignkit.core.internal.AlignKitStyle;
