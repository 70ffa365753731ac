package se.sodertorn.governance.ejb.search;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the search index holds of one record: the title shown in a hit, the text searched besides it, the body and
 * year it can be filtered by, and the page it opens.
 *
 * @param title  the record's name as a hit shows it, e.g. "LG 2022-12-02" or an item's title
 * @param text   the record's other searchable text (notes, decision text, a paper's content), or {@code null}
 * @param bodyId the body (LG, SSK, …) the record belongs to, or {@code null}
 * @param year   the calendar year the record belongs to (a meeting's year, a plan's year), or {@code null}
 * @param link   the page showing the record, relative to the application's address, e.g.
 *               {@code meetings/meeting.xhtml?id=12}
 */
public record SearchEntry(String title, String text, Long bodyId, Integer year, String link) {

    /** The given texts that are not empty, one per line; {@code null} when none is. */
    static String lines(String... texts) {
        String joined = Stream.of(texts).filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }
}
