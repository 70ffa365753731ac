package se.sodertorn.governance.reports.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the follow-up workbook says about itself: the plan, the follow-up round and the summary per focus area.
 *
 * @param planId           the plan's id, stored in the workbook so that an upload can be checked against it
 * @param planName         the plan's name
 * @param year             the plan's year
 * @param roundName        the follow-up round, or {@code null} for the current state ("Nuläge")
 * @param roundDate        the round's date, or {@code null} for the current state
 * @param earlierRoundName the round to compare with, or {@code null}; when set, the focus-area sheets get a
 *                         column with the status at that round
 * @param generatedAt      the instant the workbook was made (shown as Swedish time, see {@link #ZONE})
 * @param summaries        one summary per focus area, in the order of the sheets
 */
public record FollowUpHeader(long planId, String planName, int year, String roundName, LocalDate roundDate,
                             String earlierRoundName, Instant generatedAt, List<FocusAreaSummary> summaries) {

    public FollowUpHeader {
        Objects.requireNonNull(planName, "planName");
        Objects.requireNonNull(generatedAt, "generatedAt");
        summaries = List.copyOf(summaries);
    }

    /** The workbook is read in Sweden: its times are Swedish time, summer or winter, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    /** @return the time of generation as the wall clock in Stockholm showed it */
    public LocalDateTime localGeneratedAt() {
        return LocalDateTime.ofInstant(generatedAt, ZONE);
    }
}
