package se.sodertorn.governance.domain.plan;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Planned periods in the way plans speak of them: quarters when the dates fall on quarter boundaries. */
public final class PlannedPeriod {

    private PlannedPeriod() {
    }

    /**
     * "2" for the second quarter, "1–3" for the first three, when {@code start} is a quarter's first day and
     * {@code end} a quarter's last day of the same year; otherwise null.
     */
    public static String quarters(LocalDate start, LocalDate end) {
        if (start == null || end == null || start.getYear() != end.getYear()
                || !start.equals(firstDayOfQuarter(start)) || !end.equals(lastDayOfQuarter(end))) {
            return null;
        }
        int first = start.get(IsoFields.QUARTER_OF_YEAR);
        int last = end.get(IsoFields.QUARTER_OF_YEAR);
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    /** The dates of quarters {@code first} to {@code last} (1–4) of the year. */
    public static LocalDate[] ofQuarters(int year, int first, int last) {
        if (first < 1 || last > 4 || first > last) {
            throw new IllegalArgumentException("quarters 1 to 4, first <= last");
        }
        LocalDate start = LocalDate.of(year, (first - 1) * 3 + 1, 1);
        return new LocalDate[] {start, lastDayOfQuarter(LocalDate.of(year, last * 3, 1))};
    }

    private static LocalDate firstDayOfQuarter(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    private static LocalDate lastDayOfQuarter(LocalDate day) {
        return day.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
    }
}
