package se.sodertorn.governance.ejb.search;

/**
 * Searches meetings, agenda items, decisions, action items, activities, papers (title and text), persons and bodies
 * with Hibernate Search over a Lucene index kept beside the database (see README, "Search").
 */
public interface SearchService {

    /** Most hits on one page. */
    int PAGE_MAX = 100;
    /** How deep the hits can be paged: the first this many, however many match (Lucene collects them all). */
    int HITS_MAX = 10_000;

    /**
     * The records matching the query that the caller may read, best first.
     *
     * @param first the index of the first hit wanted, from 0; {@code first + size} at most {@link #HITS_MAX}
     * @param size  hits per page, 1 to {@link #PAGE_MAX}
     * @throws se.sodertorn.governance.domain.shared.GovernanceException for a page out of those bounds, or a body
     *         that does not exist ({@code search.unknownBody})
     */
    SearchResults search(SearchQuery query, int first, int size);

    /**
     * Rebuilds the whole index from the database, waiting until it is done (IT's command after restoring a
     * database or moving the server's data directory). Administrators only.
     *
     * @return the number of records indexed
     */
    long reindex() throws InterruptedException;
}
