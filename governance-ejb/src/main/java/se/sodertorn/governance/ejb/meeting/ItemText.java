package se.sodertorn.governance.ejb.meeting;

/**
 * What the secretary wrote for one agenda item, and the version of the item they wrote it on.
 *
 * @param itemId  the agenda item
 * @param version the item's version when the page read it
 * @param title   the item's title; required
 * @param notes   the notes, or {@code null}
 */
public record ItemText(long itemId, int version, String title, String notes) {
}
