package se.sodertorn.governance.reports.followup;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of one focus area on the summary sheet.
 *
 * @param focusArea the focus area's name
 * @param counts    activities per status; a missing status counts as 0
 * @param budget    the summed budget in SEK, or {@code null} when none is set
 * @param outcome   the summed outcome in SEK, or {@code null} when none is set
 */
public record FocusAreaSummary(String focusArea, Map<ActivityStatus, Integer> counts, BigDecimal budget,
                               BigDecimal outcome) {

    public FocusAreaSummary {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    /** @return the number of activities with that status */
    public int count(ActivityStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** @return the number of activities of the focus area */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return the share of activities done, from 0 to 1; 0 when the focus area has none */
    public double shareDone() {
        int total = total();
        return total == 0 ? 0 : (double) count(ActivityStatus.DONE) / total;
    }
}
