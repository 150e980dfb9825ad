/**
 * Reports of an alignment diagnostic round for the harmonisation workshop.
 *
 * <p>A {@link org.alignkit.report.ReportModel} is an immutable, renderer-neutral view of one round:
 * the framework, the stakeholder groups, each group's and the whole's score and level per domain
 * and component, each group's rating per indicator with the divergent indicators flagged, the
 * ranked harmonisation agenda, agreement (Krippendorff's alpha), the distances between groups, the
 * workshop's outcome (the consensus record's dissents, action plan and endorsements) and, with a
 * baseline round, progress and the follow-up of the baseline's action plan ({@link
 * org.alignkit.report.FollowUpRow}). {@link org.alignkit.report.HtmlReport}, {@link
 * org.alignkit.report.JsonReport} and {@link org.alignkit.report.CsvReport} render it; all three
 * carry the same numbers. Renderers are immutable and safe to share between threads.
 */
@AlignKitStyle
package org.alignkit.report;

import org.alignkit.core.internal.AlignKitStyle;
