/**
 * The service provider interface for scoring rules: aggregation, banding and missing-data rules
 * found through {@link java.util.ServiceLoader}.
 */
@AlignKitStyle
package org.alignkit.scoring.spi;

import org.alignkit.core.internal.AlignKitStyle;
