package se.sodertorn.governance.domain.shared;

import java.util.List;

/**
 * One page of rows and the number of rows in the whole list, both counted by the database.
 *
 * @param rows  the rows of this page
 * @param total the number of rows in the list, or {@link #NOT_COUNTED} when the request asked for the rows only
 */
public record Page<T>(List<T> rows, long total) {

    /** The total of a page fetched without counting. */
    public static final long NOT_COUNTED = -1;

    public Page {
        rows = List.copyOf(rows);
    }
}
