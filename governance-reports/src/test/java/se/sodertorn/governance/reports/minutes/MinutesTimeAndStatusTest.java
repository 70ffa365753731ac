package se.sodertorn.governance.reports.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class MinutesTimeAndStatusTest {

    @Test
    void seedTimeLine() {
        assertEquals("Fredagen den 2 december 2022 kl 8.30–10.30",
                MeetingTime.of(LocalDateTime.of(2022, 12, 2, 8, 30), LocalDateTime.of(2022, 12, 2, 10, 30)));
    }

    @Test
    void everyWeekdayInDefiniteForm() {
        List<String> days = List.of("Måndagen", "Tisdagen", "Onsdagen", "Torsdagen", "Fredagen", "Lördagen",
                "Söndagen");
        for (int i = 0; i < 7; i++) {
            LocalDateTime start = LocalDateTime.of(2022, 11, 28, 13, 0).plusDays(i);
            assertEquals(days.get(i) + " den " + MeetingTime.date(start.toLocalDate()) + " kl 13.00–14.05",
                    MeetingTime.of(start, start.plusMinutes(65)));
        }
        assertEquals("4 december 2022", MeetingTime.date(LocalDate.of(2022, 12, 4)));
    }

    @Test
    void everyMonthInSwedish() {
        List<String> months = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                "september", "oktober", "november", "december");
        for (int m = 1; m <= 12; m++) {
            assertEquals("1 " + months.get(m - 1) + " 2023", MeetingTime.date(LocalDate.of(2023, m, 1)));
        }
    }

    @Test
    void timesAreHourDotMinutes() {
        assertEquals("0.05", MeetingTime.clock(LocalTime.of(0, 5)));
        assertEquals("23.59", MeetingTime.clock(LocalTime.of(23, 59)));
    }

    @Test
    void openEndedAndOvernightMeetings() {
        LocalDateTime start = LocalDateTime.of(2023, 9, 21, 13, 0);
        assertEquals("Torsdagen den 21 september 2023 kl 13.00", MeetingTime.of(start, null));
        assertEquals("Torsdagen den 21 september 2023 kl 13.00 – fredagen den 22 september 2023 kl 12.00",
                MeetingTime.of(start, start.plusHours(23)));
    }

    @Test
    void statusLinePerState() {
        assertEquals("Utkast – ej justerat", StatusLine.of(report(MinutesState.DRAFT, null, "Camilla Broo")));
        assertEquals("Skickat till justerare – ej justerat",
                StatusLine.of(report(MinutesState.SENT_TO_ADJUSTER, LocalDate.of(2022, 12, 9), "Camilla Broo")));
        assertEquals("Justerat 2022-12-09 av Camilla Broo",
                StatusLine.of(report(MinutesState.APPROVED, LocalDate.of(2022, 12, 9), "Camilla Broo")));
        assertEquals("Justerat 2022-12-09 av Camilla Broo",
                StatusLine.of(report(MinutesState.PUBLISHED, LocalDate.of(2022, 12, 9), "Camilla Broo")));
        assertEquals("Justerat av Camilla Broo", StatusLine.of(report(MinutesState.APPROVED, null, "Camilla Broo")));
        assertEquals("Justerat 2022-12-09", StatusLine.of(report(MinutesState.APPROVED, LocalDate.of(2022, 12, 9),
                " ")));
    }

    private static MinutesReport report(MinutesState state, LocalDate approvedOn, String adjuster) {
        return new MinutesReport("LG", LocalDateTime.of(2022, 12, 2, 8, 30), null, null, null, null, null, null,
                "Helene Olofsson", adjuster, state, approvedOn, null);
    }
}
