package se.sodertorn.governance.ejb.search;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
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
 * @throws GovernanceException {@code search.textRequired}, {@code search.textTooLong}, {@code search.noWords} for
 *         a text of operators only (such as a lone *, which would match everything), or {@code search.onlyExcluded}
 *         for a text whose every word is excluded (-word, which would match everything else)
 */
public record SearchQuery(String text, SearchKind kind, Long bodyId, Integer year) {

    /** Longest search text, in characters. */
    public static final int TEXT_MAX = 200;
    /** A word or a "phrase", with the operators written before it. */
    private static final Pattern TERM = Pattern.compile("[^\\s\"]*\"[^\"]*\"?\\S*|\\S+");
    /** Operators that may come before an exclusion's minus: AND, OR, grouping. */
    private static final Pattern LEADING = Pattern.compile("^[+|(]+");

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
        if (TERM.matcher(text).results().map(MatchResult::group).noneMatch(SearchQuery::wanted)) {
            throw new GovernanceException("search.onlyExcluded");
        }
    }

    /** Whether the term asks for a word (not only for its absence) that holds a letter or digit. */
    private static boolean wanted(String term) {
        return !LEADING.matcher(term).replaceFirst("").startsWith("-")
                && term.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
