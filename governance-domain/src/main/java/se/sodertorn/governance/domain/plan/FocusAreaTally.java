package se.sodertorn.governance.domain.plan;

import java.math.BigDecimal;

/**
 * Counted in the database: how many activities of a focus area have a status, and their budget and outcome.
 */
public record FocusAreaTally(long focusAreaId, String focusArea, int sortOrder, ActivityStatus status, long count,
        BigDecimal budget, BigDecimal outcome) {
}
