package se.sodertorn.governance.reports.minutes;

/**
 * An action item as the minutes show it: a task with the person responsible and when it is due, written under the
 * item that gave it ("Uppdrag") or under the outstanding-matters item of a later meeting. Texts may be {@code null}.
 *
 * @param text        the text of the task, e.g. "Helene Olofsson tar kontakt med regionen …"
 * @param responsible the responsible person's name, or {@code null}
 * @param due         when it is due as written, a date or a season such as "början av 2023", or {@code null}
 * @param closedHere  whether this meeting closed it
 */
public record ActionLine(String text, String responsible, String due, boolean closedHere) {
}
