package org.alignkit.scoring.spi;

import org.apiguardian.api.API;

/**
 * A scoring rule made by a {@link ScoringRuleProvider}: an {@link AggregationRule}, a {@link
 * BandingRule} or a {@link MissingDataRule}.
 *
 * <p>Rules must be immutable and thread-safe: one instance serves every thread of an engine.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ScoringRule {}
