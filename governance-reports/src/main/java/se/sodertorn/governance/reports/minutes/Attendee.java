package se.sodertorn.governance.reports.minutes;

/**
 * One person on a participant list of the minutes. Every part may be {@code null}.
 *
 * @param name         the person's name, e.g. "Magnus Gyllestad"
 * @param organisation the municipality or organisation, e.g. "Haninge"
 * @param role         the role at the meeting, e.g. "ordförande", or {@code null} for none
 */
public record Attendee(String name, String organisation, String role) {
}
