package se.sodertorn.governance.reports.followup;

import java.text.Normalizer;
import java.util.Optional;

import se.sodertorn.governance.reports.workbook.ReportTexts;

/** The status of an activity in a follow-up, with the Swedish label the workbook shows. */
public enum ActivityStatus {
    PLANNED, ONGOING, DONE, POSTPONED, NOT_DONE, CANCELLED;

    private final String label;

    ActivityStatus() {
        label = ReportTexts.get("status." + name());
    }

    /** @return the Swedish label, e.g. "Genomförd" */
    public String label() {
        return label;
    }

    /**
     * Parses a label ("Genomförd") or an enum name ("DONE"), ignoring case and surrounding white space.
     *
     * @param text what a user typed or picked, may be {@code null}
     * @return the status, or empty when the text names none
     */
    public static Optional<ActivityStatus> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        for (ActivityStatus status : values()) {
            if (status.label.equalsIgnoreCase(wanted) || status.name().equalsIgnoreCase(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
