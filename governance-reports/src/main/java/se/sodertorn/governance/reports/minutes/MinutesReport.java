package se.sodertorn.governance.reports.minutes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The minutes ("minnesanteckningar") of one meeting as {@link MinutesDocumentWriter} writes them. Texts are user
 * input and may be {@code null}; {@code null} lists are empty.
 *
 * @param bodyName    the full, formal name of the body that met, as the title "Minnesanteckningar från …" shows
 *                    it, e.g. "Södertörnskommunernas ledningsgrupp" (not a short name such as "LG")
 * @param start       when the meeting started; required
 * @param end         when it ended, or {@code null}
 * @param place       where it was held
 * @param present     who took part, in the order to show
 * @param absent      who did not attend
 * @param guests      guests; the section is left out when there are none
 * @param items       the numbered items in the order to show, "Nästa möte" included, each with its outstanding
 *                    matters, decisions and action items
 * @param secretary   who took the minutes; also the document's author
 * @param adjuster    who approves ("justerar") the minutes
 * @param state       the review state; required
 * @param approvedOn  the day the minutes were approved, or {@code null}
 * @param corrections notes added after approval, in the order to show
 */
public record MinutesReport(String bodyName, LocalDateTime start, LocalDateTime end, String place,
                            List<Attendee> present, List<Attendee> absent, List<Attendee> guests,
                            List<Item> items, String secretary, String adjuster,
                            MinutesState state, LocalDate approvedOn, List<Correction> corrections) {

    public MinutesReport {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(state, "state");
        present = Lists.copy(present);
        absent = Lists.copy(absent);
        guests = Lists.copy(guests);
        items = Lists.copy(items);
        corrections = Lists.copy(corrections);
    }
}
