package se.sodertorn.governance.ejb.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Swedish public holidays (helgdagar) and the eves that are de facto days off (midsommarafton,
 * julafton, nyårsafton), with their Swedish names, as computed by Jollyday.
 */
public class SwedishHolidays {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** Jollyday's description keys of the Swedish calendar, to the names used here. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("NEW_YEAR", "Nyårsdagen"),
            Map.entry("EPIPHANY", "Trettondedag jul"),
            Map.entry("christian.GOOD_FRIDAY", "Långfredagen"),
            Map.entry("christian.EASTER", "Påskdagen"),
            Map.entry("christian.EASTER_MONDAY", "Annandag påsk"),
            Map.entry("LABOUR_DAY", "Första maj"),
            Map.entry("christian.ASCENSION_DAY", "Kristi himmelsfärdsdag"),
            Map.entry("NATIONAL_DAY", "Nationaldagen"),
            Map.entry("christian.PENTECOST", "Pingstdagen"),
            Map.entry("MIDSUMMER_EVE", "Midsommarafton"),
            Map.entry("MIDSUMMER", "Midsommardagen"),
            Map.entry("ALL_SAINTS", "Alla helgons dag"),
            Map.entry("CHRISTMAS_EVE", "Julafton"),
            Map.entry("CHRISTMAS", "Juldagen"),
            Map.entry("BOXING_DAY", "Annandag jul"),
            Map.entry("NEW_YEARS_EVE", "Nyårsafton"));

    /** Eves that must be in the result: the eve's key to the key of the holiday it is the day before. */
    private static final Map<String, String> EVES = Map.of(
            "MIDSUMMER_EVE", "MIDSUMMER",
            "CHRISTMAS_EVE", "CHRISTMAS",
            "NEW_YEARS_EVE", "NEW_YEAR");

    /**
     * The holidays and eves from {@code from} to {@code to}, both included, by date.
     *
     * @return a sorted map from date to Swedish name, not modifiable
     */
    public SortedMap<LocalDate, String> between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
        SortedMap<LocalDate, String> days = new TreeMap<>();
        // one year more: nyårsafton, if derived, comes from the next year's nyårsdagen
        for (int year = from.getYear(); year <= to.getYear() + 1; year++) {
            Map<String, LocalDate> byKey = new HashMap<>();
            for (Holiday holiday : manager.getHolidays(Year.of(year))) {
                byKey.put(holiday.getPropertiesKey(), holiday.getDate());
                days.merge(holiday.getDate(), name(holiday), SwedishHolidays::both);
            }
            EVES.forEach((eve, holiday) -> {
                if (!byKey.containsKey(eve) && byKey.containsKey(holiday)) {
                    days.putIfAbsent(byKey.get(holiday).minusDays(1), NAMES.get(eve));
                }
            });
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(days.subMap(from, to.plusDays(1))));
    }

    /** Two holidays on one day (Pingstdagen can fall on Nationaldagen): both names, in a fixed order. */
    private static String both(String one, String other) {
        return one.compareTo(other) <= 0 ? one + ", " + other : other + ", " + one;
    }

    private static String name(Holiday holiday) {
        String name = NAMES.get(holiday.getPropertiesKey());
        return name != null ? name : holiday.getDescription(SWEDISH);
    }
}
