package se.sodertorn.governance.domain.shared;

import java.util.List;

/**
 * One page of rows and the number of rows in the whole list, both counted by the database.
 *
 * @param rows  the rows of this page
 * @param total the number of rows in the list, or {@link #NOT_COUNTED} when the request asked for the rows only;
 *              when {@code more} is set, the count stopped there and more rows match
 * @param more  whether more rows than {@code total} match: a count with a limit (a free-text search over a large
 *              list, see {@link PageRequest#SEARCH_COUNT_LIMIT}) stopped at the limit
 */
public record Page<T>(List<T> rows, long total, boolean more) {

    /** The total of a page fetched without counting. */
    public static final long NOT_COUNTED = -1;

    public Page {
        rows = List.copyOf(rows);
    }

    /** A page whose total is exact (or {@link #NOT_COUNTED}). */
    public Page(List<T> rows, long total) {
        this(rows, total, false);
    }
}
