package se.sodertorn.governance.domain.shared;

import java.util.List;

/**
 * One page of rows and the number of rows in the whole list, both counted by the database.
 *
 * @param rows  the rows of this page
 * @param total the number of rows in the list
 */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
