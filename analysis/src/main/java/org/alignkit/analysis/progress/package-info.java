/**
 * Progress between rounds of the diagnostic, benchmarks against a reference, and target profiles.
 *
 * <p>{@link org.alignkit.analysis.progress.Progress#compare} compares two rounds ({@link
 * org.alignkit.analysis.progress.RoundData}) per indicator and per component, domain and framework,
 * for each group and for the consensus, and classes every change as progress, stagnation or decline
 * under a {@link org.alignkit.analysis.progress.ProgressRule} (by default the IHP+Results 2016 rule of
 * ±3 %), or as not comparable where the instrument changed. {@link
 * org.alignkit.analysis.progress.Benchmarks} places a country above, at or below a reference such as
 * a regional mean; a {@link org.alignkit.analysis.progress.TargetProfile} turns the gaps to target
 * levels into action-plan items. All values are immutable and thread-safe.
 */
@AlignKitStyle
package org.alignkit.analysis.progress;

import org.alignkit.core.internal.AlignKitStyle;
