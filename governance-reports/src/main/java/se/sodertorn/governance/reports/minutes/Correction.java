package se.sodertorn.governance.reports.minutes;

import java.time.LocalDate;

/**
 * A note added after the minutes were approved, shown at the end under "Rättelser".
 *
 * @param date   when it was added, or {@code null}
 * @param author who added it, or {@code null}
 * @param text   the note; blank lines separate paragraphs
 */
public record Correction(LocalDate date, String author, String text) {
}
