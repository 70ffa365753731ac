package se.sodertorn.governance.domain.meeting;

import java.time.LocalDate;

/**
 * What the register of action items is searched by; every part but {@code today} may be left out.
 *
 * @param responsibleId the responsible person
 * @param bodyId        the body at whose meeting the item was given
 * @param status        open or done
 * @param due           how soon it is due, counted from {@code today}
 * @param today         the day "overdue" and "within" count from; required
 */
public record ActionItemFilter(Long responsibleId, Long bodyId, ActionItemStatus status, DueWithin due,
        LocalDate today) {

    public ActionItemFilter {
        if (today == null) {
            throw new IllegalArgumentException("today required");
        }
    }

    /** How soon an action item is due, as the register filters it. */
    public enum DueWithin {
        /** Due before today. */
        OVERDUE(0),
        /** Due before today or within the next 14 days. */
        TWO_WEEKS(14),
        /** Due before today or within the next 30 days. */
        THIRTY_DAYS(30),
        /** Due in words only ("våren 2023") or not at all. */
        NO_DATE(-1);

        private final int days;

        DueWithin(int days) {
            this.days = days;
        }

        /** The last due day included, or {@code null} for {@link #NO_DATE}. */
        public LocalDate lastDay(LocalDate today) {
            if (this == NO_DATE) {
                return null;
            }
            return this == OVERDUE ? today.minusDays(1) : today.plusDays(days);
        }
    }
}
