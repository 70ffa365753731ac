/**
 * Minutes ("minnesanteckningar") as Word documents: callers map a meeting to the plain records of this package
 * ({@link se.sodertorn.governance.reports.minutes.MinutesReport} with its attendees, items, action lines and
 * corrections) and {@link se.sodertorn.governance.reports.minutes.MinutesDocumentWriter} writes the DOCX. The texts
 * are Swedish, from {@code MinutesTexts.properties}; user text is cleaned of control characters before it is written.
 */
package se.sodertorn.governance.reports.minutes;
