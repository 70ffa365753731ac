package se.sodertorn.governance.ejb.search;

import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Text;

/**
 * What a user searches for: words (all must occur; "quotes" for a phrase, a trailing * for a prefix, - to exclude a
 * word), and optionally a kind, a body and a year.
 *
 * @param text   the words, 1 to {@value #TEXT_MAX} characters
 * @param kind   only records of this kind, or {@code null} for every kind
 * @param bodyId only records of this body, or {@code null}
 * @param year   only records of this year, or {@code null}
 * @throws GovernanceException {@code search.textRequired}, {@code search.textTooLong}, or {@code search.noWords} for
 *         a text of operators only (such as a lone *, which would match everything)
 */
public record SearchQuery(String text, SearchKind kind, Long bodyId, Integer year) {

    /** Longest search text, in characters. */
    public static final int TEXT_MAX = 200;

    public SearchQuery {
        text = Text.strippedOrNull(text);
        if (text == null) {
            throw new GovernanceException("search.textRequired");
        }
        if (text.length() > TEXT_MAX) {
            throw new GovernanceException("search.textTooLong", TEXT_MAX);
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new GovernanceException("search.noWords");
        }
    }
}
