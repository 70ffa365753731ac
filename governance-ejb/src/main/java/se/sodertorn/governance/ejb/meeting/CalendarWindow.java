package se.sodertorn.governance.ejb.meeting;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * How far back a subscribed calendar reaches: its meetings start at most this many months before today (Swedish
 * time) and include every coming one. The months are the system property {@value #PROPERTY} or the environment
 * variable {@value #VARIABLE}, a whole number from 0 to {@value #MAX_MONTHS}; without either, or with anything else
 * (which is logged), {@value #DEFAULT_MONTHS}.
 */
@Dependent
public class CalendarWindow {

    public static final String PROPERTY = "governance.feed.lookback-months";
    public static final String VARIABLE = "GOVERNANCE_FEED_LOOKBACK_MONTHS";
    public static final int DEFAULT_MONTHS = 12;
    public static final int MAX_MONTHS = 120;
    /** At most this many meetings go into one calendar, the earliest first, however many the window holds. */
    public static final int MAX_MEETINGS = 2000;

    private static final Logger LOG = Logger.getLogger(CalendarWindow.class.getName());

    private final Clock clock;
    private final int months;

    @Inject
    public CalendarWindow(Clock clock) {
        this(clock, System.getProperty(PROPERTY, System.getenv(VARIABLE)));
    }

    /** A window on the clock with the months as configured ({@code null} for the default). */
    public CalendarWindow(Clock clock, String configuredMonths) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.months = months(configuredMonths);
    }

    /** The months a setting stands for: the default when it is missing, not a whole number or out of range. */
    static int months(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_MONTHS;
        }
        String trimmed = setting.strip();
        if (trimmed.matches("\\d{1,3}") && Integer.parseInt(trimmed) <= MAX_MONTHS) {
            return Integer.parseInt(trimmed);
        }
        LOG.warning(() -> PROPERTY + " must be a whole number of months from 0 to " + MAX_MONTHS + "; using "
                + DEFAULT_MONTHS);
        return DEFAULT_MONTHS;
    }

    /** The months looked back. */
    public int months() {
        return months;
    }

    /** Today on the clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The start of the window: midnight of the day that many months before today. */
    public LocalDateTime start() {
        return today().minusMonths(months).atStartOfDay();
    }

    /** The time now on the clock, e.g. for when a feed was made or last fetched. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
