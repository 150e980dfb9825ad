/**
 * Agreement and divergence metrics that work on any data: Krippendorff's alpha over a units ×
 * coders matrix with missing values, and distance measures between raters.
 */
@AlignKitStyle
package org.alignkit.scoring.metrics;

import org.alignkit.core.internal.AlignKitStyle;
