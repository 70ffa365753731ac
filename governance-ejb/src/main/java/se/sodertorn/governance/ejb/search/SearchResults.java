package se.sodertorn.governance.ejb.search;

import java.util.Map;
import se.sodertorn.governance.domain.shared.Page;

/**
 * A page of hits, best first, and how many records of each kind match the words, body and year (whatever kind was
 * asked for), so that a user sees where else the words occur.
 *
 * @param hits   the page of hits, with the total of the kind asked for
 * @param byKind the number of matching records of each kind that has any, in {@link SearchKind} order
 */
public record SearchResults(Page<SearchHit> hits, Map<SearchKind, Long> byKind) {

    public SearchResults {
        byKind = Map.copyOf(byKind);
    }
}
