/**
 * The indicator model of the Alignment Framework ("one plan, one budget, one report").
 *
 * <p>A {@link org.alignkit.core.Framework} is a tree of {@link org.alignkit.core.Domain domains},
 * {@link org.alignkit.core.Component components} and {@link org.alignkit.core.Indicator
 * indicators} rated on a {@link org.alignkit.core.Scale}. A {@link
 * org.alignkit.core.StakeholderGroup} fills in an {@link org.alignkit.core.Assessment} (one
 * {@link org.alignkit.core.Rating} per indicator); the assessments of one round form an {@link
 * org.alignkit.core.Exercise}. A harmonisation workshop's outcome is a {@link
 * org.alignkit.core.ConsensusRecord}: agreed levels, {@link org.alignkit.core.Dissent dissents}, an
 * action plan of {@link org.alignkit.core.ActionItem}s with stable ids and its {@link
 * org.alignkit.core.Endorsement endorsements}, and the next round's {@link
 * org.alignkit.core.PlanFollowUp follow-up} of that plan. All values are immutable, validated when
 * built, and safe to share between threads.
 */
@AlignKitStyle
package org.alignkit.core;

import org.alignkit.core.internal.AlignKitStyle;
