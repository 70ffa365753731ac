package se.sodertorn.governance.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One activity as a follow-up reports it: its status, progress and comment now or as recorded by a round,
 * and its status at the round before, if any.
 */
public record FollowUpLine(long activityId, String focusArea, String title, String responsible, LocalDate plannedStart,
        LocalDate plannedEnd, ActivityStatus status, int progressPercent, String comment, BigDecimal budget,
        BigDecimal outcome, ActivityStatus earlierStatus) {

    /** "Kv 1–2" when the period is whole quarters, otherwise "2023-02-01 – 2023-05-31". */
    public String period() {
        String quarters = PlannedPeriod.quarters(plannedStart, plannedEnd);
        return quarters != null ? "Kv " + quarters : plannedStart + " – " + plannedEnd;
    }
}
