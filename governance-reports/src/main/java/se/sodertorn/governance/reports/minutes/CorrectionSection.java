package se.sodertorn.governance.reports.minutes;

import java.util.List;

/**
 * The corrections at the end of the minutes: the heading "Rättelser", then per correction its date and author in
 * bold, and its text.
 */
final class CorrectionSection {

    private CorrectionSection() {
    }

    static void write(Paragraphs paragraphs, List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return;
        }
        paragraphs.heading(MinutesStyles.HEADING_1, MinutesTexts.get("corrections"));
        for (Correction correction : corrections) {
            String date = correction.date() == null ? null : correction.date().toString();
            paragraphs.heading(MinutesStyles.NORMAL, CleanText.joined(date, correction.author()));
            paragraphs.text(MinutesStyles.NORMAL, correction.text());
        }
    }
}
