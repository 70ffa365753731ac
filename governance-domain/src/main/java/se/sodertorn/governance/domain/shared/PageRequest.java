package se.sodertorn.governance.domain.shared;

/**
 * One page of a list: where it starts, how long it is, an optional sort field and an optional free-text filter.
 *
 * @param first     index of the first row, from 0
 * @param size      number of rows, 1 to 500
 * @param sortField name of a sortable property, or {@code null} for the list's natural order
 * @param ascending sort direction
 * @param search    free text to match, or {@code null}
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, String search) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must be >= 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        search = Text.strippedOrNull(search);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, null);
    }

    /** The search text as a case-insensitive SQL LIKE pattern, or {@code null}. */
    public String searchPattern() {
        return likePattern(search);
    }

    /** Any text as a case-insensitive "contains" SQL LIKE pattern (escape character backslash); null if blank. */
    public static String likePattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
