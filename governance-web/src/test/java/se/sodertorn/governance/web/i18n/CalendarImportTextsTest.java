package se.sodertorn.governance.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.meeting.ExternalCalendar;
import se.sodertorn.governance.ejb.calendar.ReadingNote;
import se.sodertorn.governance.ejb.calendar.ReadingNote.Reason;
import se.sodertorn.governance.ejb.meeting.CalendarImport;

/** The import's report in Swedish and English. */
class CalendarImportTextsTest {

    private static final Locale SWEDISH = new Locale("sv");
    private static final ReadingNote BAD_RULE = new ReadingNote(12, "serie-1", "Styrelsemöte", Reason.BAD_RULE,
            "RRULE:FREQ=SOMETIMES");
    private static final ReadingNote NO_START = new ReadingNote(30, "utan-start", "", Reason.NO_START, "");
    private static final ReadingNote ZONE = new ReadingNote(40, "", "", Reason.UNKNOWN_ZONE, "Kontorstid");

    @Test
    void theSummarySaysHowManyWereImportedAndSkippedAndWhy() {
        ExternalCalendar calendar = new ExternalCalendar("StorSthlm", null);

        assertEquals("Kalendern StorSthlm under 2027: 3 händelser inlästa, 1 hoppades över: ogiltig upprepningsregel.",
                CalendarImportTexts.summary(SWEDISH, new CalendarImport(calendar, 3, List.of(BAD_RULE, ZONE)), 2027));
        assertEquals("The calendar StorSthlm for 2027: 1 event imported, 2 skipped: invalid recurrence rule, "
                + "no start time.", CalendarImportTexts.summary(Locale.ENGLISH,
                new CalendarImport(calendar, 1, List.of(BAD_RULE, NO_START)), 2027));
        assertEquals("Kalendern StorSthlm är inläst: 4 händelser under 2027.",
                CalendarImportTexts.summary(SWEDISH, new CalendarImport(calendar, 4, List.of(ZONE)), 2027),
                "an assumption alone skips nothing");
    }

    @Test
    void eachNoteIsALineWithItsEventReasonAndWhatWasRead() {
        assertEquals("Rad 12: Styrelsemöte hoppades över – ogiltig upprepningsregel (RRULE:FREQ=SOMETIMES)",
                CalendarImportTexts.line(SWEDISH, BAD_RULE));
        assertEquals("Line 30: utan-start skipped – no start time", CalendarImportTexts.line(Locale.ENGLISH, NO_START));
        assertEquals("Rad 40: händelse utan namn lästes in – okänd tidszon, tiderna lästes som svensk tid (Kontorstid)",
                CalendarImportTexts.line(SWEDISH, ZONE));
    }
}
