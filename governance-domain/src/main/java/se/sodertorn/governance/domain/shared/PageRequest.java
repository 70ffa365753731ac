package se.sodertorn.governance.domain.shared;

/**
 * One page of a list: where it starts, how long it is, an optional sort field and an optional free-text filter.
 *
 * @param first     index of the first row, from 0
 * @param size      number of rows, 1 to 500
 * @param sortField name of a sortable property, or {@code null} for the list's natural order
 * @param ascending sort direction
 * @param search    free text to match, or {@code null}
 * @param part      what to fetch: the rows, their total or both (a table that counts first, then loads, asks for
 *                  each once, so that a request costs one count and one page query)
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, String search, Part part) {

    public static final int MAX_SIZE = 500;

    /**
     * How many matches a free-text search over a large list counts at most: beyond it the list says "more than
     * 1 000" instead of the exact number, so that the work of one keystroke stays bounded however many rows match
     * (a term found in half of 100 000 activities would otherwise have every row's texts read to count them).
     */
    public static final int SEARCH_COUNT_LIMIT = 1000;

    /** What a paged query fetches. */
    public enum Part {
        /** The page's rows and the number of rows in the whole list. */
        ROWS_AND_TOTAL,
        /** Only the number of rows in the whole list; the page has no rows. */
        TOTAL_ONLY,
        /** Only the page's rows; the page's total is {@link Page#NOT_COUNTED}. */
        ROWS_ONLY
    }

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must be >= 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        search = Text.strippedOrNull(search);
        part = part == null ? Part.ROWS_AND_TOTAL : part;
    }

    /** A request for the rows and their total. */
    public PageRequest(int first, int size, String sortField, boolean ascending, String search) {
        this(first, size, sortField, ascending, search, Part.ROWS_AND_TOTAL);
    }

    /** The same page, fetching only the given part. */
    public PageRequest only(Part wanted) {
        return new PageRequest(first, size, sortField, ascending, search, wanted);
    }

    /** Whether the total is to be counted. */
    public boolean counts() {
        return part != Part.ROWS_ONLY;
    }

    /** Whether the rows are to be fetched. */
    public boolean fetchesRows() {
        return part != Part.TOTAL_ONLY;
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
