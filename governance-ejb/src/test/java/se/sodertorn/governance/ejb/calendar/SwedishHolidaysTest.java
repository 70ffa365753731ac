package se.sodertorn.governance.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The days a meeting plan must avoid, by their Swedish names. */
class SwedishHolidaysTest {

    private final SwedishHolidays holidays = new SwedishHolidays();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void the2023HolidaysAndEvesAreAllThereByName() {
        SortedMap<LocalDate, String> year = holidays.between(day("2023-01-01"), day("2023-12-31"));

        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry(day("2023-01-01"), "Nyårsdagen"),
                Map.entry(day("2023-01-06"), "Trettondedag jul"),
                Map.entry(day("2023-04-07"), "Långfredagen"),
                Map.entry(day("2023-04-09"), "Påskdagen"),
                Map.entry(day("2023-04-10"), "Annandag påsk"),
                Map.entry(day("2023-05-01"), "Första maj"),
                Map.entry(day("2023-05-18"), "Kristi himmelsfärdsdag"),
                Map.entry(day("2023-05-28"), "Pingstdagen"),
                Map.entry(day("2023-06-06"), "Nationaldagen"),
                Map.entry(day("2023-06-23"), "Midsommarafton"),
                Map.entry(day("2023-06-24"), "Midsommardagen"),
                Map.entry(day("2023-11-04"), "Alla helgons dag"),
                Map.entry(day("2023-12-24"), "Julafton"),
                Map.entry(day("2023-12-25"), "Juldagen"),
                Map.entry(day("2023-12-26"), "Annandag jul"),
                Map.entry(day("2023-12-31"), "Nyårsafton"))),
                year);
    }

    @Test
    void midsummerEveMovesWithTheYear() {
        assertEquals(Map.of(day("2024-06-21"), "Midsommarafton", day("2024-06-22"), "Midsommardagen"),
                holidays.between(day("2024-06-15"), day("2024-06-30")));
    }

    @Test
    void bothEndsAreIncludedAndARangeMayCrossNewYear() {
        assertEquals(Map.of(day("2023-12-31"), "Nyårsafton", day("2024-01-01"), "Nyårsdagen"),
                holidays.between(day("2023-12-31"), day("2024-01-01")));
        assertEquals(Map.of(), holidays.between(day("2023-06-07"), day("2023-06-22")));
        assertEquals(Map.of(day("2023-06-23"), "Midsommarafton"), holidays.between(day("2023-06-23"), day("2023-06-23")));
    }

    @Test
    void aBackwardRangeIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> holidays.between(day("2023-02-01"), day("2023-01-01")));
    }
}
