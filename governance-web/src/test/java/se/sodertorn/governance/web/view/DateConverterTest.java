package se.sodertorn.governance.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateConverterTest {

    @Test
    void readsTheSwedishStandardFormItsShortVariantsAndDatesWrittenDayFirst() {
        LocalDate november30 = LocalDate.of(2026, 11, 30);
        Map<String, LocalDate> read = Map.of("2026-11-30", november30, " 2026-11-30 ", november30,
                "20261130", november30, "2026-1-5", LocalDate.of(2026, 1, 5), "30/11/2026", november30,
                "30.11.2026", november30, "30-11-2026", november30, "5.3.2026", LocalDate.of(2026, 3, 5));
        read.forEach((text, date) -> assertEquals(Optional.of(date), DateConverter.parse(text), text));
    }

    @Test
    void refusesWhatIsNoDate() {
        for (String text : new String[] {"2026-02-30", "31.04.2026", "30/11-2026", "11/30/2026", "30 november", "2026",
                "26-11-30", "idag"}) {
            assertEquals(Optional.empty(), DateConverter.parse(text), text);
        }
    }
}
