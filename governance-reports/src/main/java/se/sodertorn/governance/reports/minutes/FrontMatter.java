package se.sodertorn.governance.reports.minutes;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The top of the minutes: the title, the status line, "Tid", "Plats" and the participant lists ("Deltagare", "Ej
 * närvarande" and, when there are any, "Gäster"), one line per person: name, then organisation and role.
 */
final class FrontMatter {

    /** Twips of space above each participant list. */
    private static final int LIST_SPACING = 240;

    private FrontMatter() {
    }

    /**
     * @return the title with the body's full, formal name, e.g. "Minnesanteckningar från Södertörnskommunernas
     *         ledningsgrupp"
     */
    static String title(MinutesReport report) {
        return MinutesTexts.format("title", CleanText.line(report.bodyName())).strip();
    }

    static void write(Paragraphs paragraphs, MinutesReport report) {
        paragraphs.line(MinutesStyles.TITLE, title(report));
        paragraphs.line(MinutesStyles.STATUS, StatusLine.of(report));
        paragraphs.facts(MinutesTexts.get("label.time"), MeetingTime.of(report.start(), report.end()));
        paragraphs.facts(MinutesTexts.get("label.place"), report.place());
        attendees(paragraphs, "label.present", report.present());
        attendees(paragraphs, "label.absent", report.absent());
        if (!report.guests().isEmpty()) {
            attendees(paragraphs, "label.guests", report.guests());
        }
    }

    private static void attendees(Paragraphs paragraphs, String labelKey, List<Attendee> attendees) {
        String label = MinutesTexts.get(labelKey);
        if (attendees.isEmpty()) {
            paragraphs.facts(label).setSpacingBefore(LIST_SPACING);
            return;
        }
        for (int i = 0; i < attendees.size(); i++) {
            Attendee attendee = attendees.get(i);
            XWPFParagraph line = paragraphs.facts(i == 0 ? label : "", attendee.name(),
                    CleanText.joined(attendee.organisation(), attendee.role()));
            if (i == 0) {
                line.setSpacingBefore(LIST_SPACING);
            }
        }
    }
}
