/**
 * The indicator model of the Alignment Framework ("one plan, one budget, one report").
 *
 * <p>A {@link org.alignkit.core.Framework} is a tree of {@link org.alignkit.core.Domain domains},
 * {@link org.alignkit.core.Component components} and {@link org.alignkit.core.Indicator
 * indicators} rated on a {@link org.alignkit.core.Scale}. A {@link
 * org.alignkit.core.StakeholderGroup} fills in an {@link org.alignkit.core.Assessment} (one
 * {@link org.alignkit.core.Rating} per indicator); the assessments of one round form an {@link
 * org.alignkit.core.Exercise}. All values are immutable, validated when built, and safe to share
 * between threads.
 */
@AlignKitStyle
package org.alignkit.core;

import org.alignkit.core.internal.AlignKitStyle;
