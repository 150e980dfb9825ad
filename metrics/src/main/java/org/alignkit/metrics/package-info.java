/**
 * Agreement and divergence metrics that work on any data: Krippendorff's alpha over a units ×
 * coders matrix with missing values ({@link org.alignkit.metrics.KrippendorffAlpha} on {@link
 * org.alignkit.metrics.ReliabilityData}), spreads of one unit's ratings and distances between
 * coders ({@link org.alignkit.metrics.Divergences}).
 *
 * <p>The value types follow AlignKit's one Immutables style, declared here rather than borrowed
 * from {@code org.alignkit.core} so that this package depends on no other AlignKit module.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false),
    get = {"is*", "get*"},
    allParameters = false)
package org.alignkit.metrics;

import org.immutables.value.Value;
