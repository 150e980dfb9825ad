/**
 * Internals of the scoring engine: the rule registry and the built-in rules. Not exported; the
 * built-in rules register through {@link java.util.ServiceLoader} like any third-party rule.
 */
@AlignKitStyle
package org.alignkit.scoring.internal;

import org.alignkit.core.internal.AlignKitStyle;
