package se.sodertorn.governance.web.i18n;

import java.util.Locale;
import java.util.stream.Collectors;
import se.sodertorn.governance.ejb.calendar.ReadingNote;
import se.sodertorn.governance.ejb.meeting.CalendarImport;

/**
 * What an import of an external calendar did, in the user's words: one summary ("3 händelser inlästa, 1 hoppades
 * över: ogiltig upprepningsregel") and a line per skipped event or assumption (line, event, reason, what it read).
 */
public final class CalendarImportTexts {

    private CalendarImportTexts() {
    }

    /** The summary of the import of the year: the calendar, the events imported, those skipped and why. */
    public static String summary(Locale locale, CalendarImport result, int year) {
        long skipped = result.skipped().size();
        if (skipped == 0) {
            return Texts.format(locale, "calendar.ui.imported", result.calendar().getName(), result.imported(), year);
        }
        String reasons = result.skipped().stream().map(note -> reason(locale, note)).distinct()
                .collect(Collectors.joining(", "));
        return Texts.format(locale, "calendar.ui.importedSkipping", result.calendar().getName(), result.imported(),
                year, skipped, reasons);
    }

    /** Why, in a few words, e.g. "ogiltig upprepningsregel". */
    public static String reason(Locale locale, ReadingNote note) {
        return Texts.format(locale, note.reason().messageKey());
    }

    /** One note as a line of the report, e.g. "Rad 12, Styrelsemöte: ogiltig upprepningsregel (RRULE:FREQ=X)". */
    public static String line(Locale locale, ReadingNote note) {
        String event = note.event().isBlank() ? Texts.format(locale, "calendar.ui.report.noName") : note.event();
        String text = Texts.format(locale, note.skipped() ? "calendar.ui.report.skipped" : "calendar.ui.report.assumed",
                note.line(), event, reason(locale, note));
        return note.detail().isBlank() ? text : text + " (" + note.detail() + ")";
    }
}
