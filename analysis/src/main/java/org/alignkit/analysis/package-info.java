/**
 * Divergence between stakeholder groups in one round of the diagnostic, and what the harmonisation
 * workshop discusses.
 *
 * <p>{@link org.alignkit.analysis.RoundAnalyser} turns an {@link
 * org.alignkit.core.Exercise} (one assessment per group) into a {@link
 * org.alignkit.analysis.RoundAnalysis}: per indicator each group's answer side by side with
 * the range, standard deviation and mean absolute pairwise difference (also normalised by the
 * scale's span) and the outlying groups; the same per component and domain on the groups' scores
 * ({@link org.alignkit.analysis.NodeScores}); a group × group distance matrix and
 * Krippendorff's alpha overall and per domain; and the ranked harmonisation agenda of the areas of
 * high divergence. {@link org.alignkit.analysis.ConsensusComparison} shows divergence
 * before and after a workshop's {@link org.alignkit.core.ConsensusRecord}, dissent included.
 *
 * <p>Start from {@link org.alignkit.analysis.RoundAnalyser#analyse(org.alignkit.scoring.ScoringEngine,
 * org.alignkit.core.Exercise)}: it scores each group once and keeps the cards in the analysis.
 * {@link org.alignkit.analysis.MedianAnswer} gives the whole of a round without a consensus.
 *
 * <p>"Not applicable", "no information" and "not rated" are kept visible in every result and are
 * never counted as a level. All values are immutable and thread-safe.
 */
@AlignKitStyle
package org.alignkit.analysis;

import org.alignkit.core.internal.AlignKitStyle;
