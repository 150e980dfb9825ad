/**
 * Maturity scoring: the {@code ScoringEngine}, its score cards and explanations.
 */
@AlignKitStyle
package org.alignkit.scoring;

import org.alignkit.core.internal.AlignKitStyle;
