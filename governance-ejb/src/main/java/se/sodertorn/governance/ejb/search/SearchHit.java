package se.sodertorn.governance.ejb.search;

/**
 * One record found.
 *
 * @param kind     what the record is
 * @param id       its id among records of its kind
 * @param title    its title (see {@link SearchEntry#title()})
 * @param markedTitle its title with the found words marked as in the fragment, or {@code null} when none is in it
 * @param fragment the part of its title or text where the words were found, each found word between
 *                 {@link #MARK_START} and {@link #MARK_END}; the start of its text when the words were only in the
 *                 title; {@code null} when it has no text
 * @param link     the page showing it, relative to the application's address
 */
public record SearchHit(SearchKind kind, long id, String title, String markedTitle, String fragment, String link) {

    /** Marks the start of a found word in {@link #fragment()}. */
    public static final char MARK_START = '\u0002';
    /** Marks the end of a found word in {@link #fragment()}. */
    public static final char MARK_END = '\u0003';

    /** The fragment as HTML: its text escaped, each found word in {@code <mark>}; empty when there is none. */
    public String fragmentHtml() {
        return html(fragment);
    }

    /** The title as HTML: escaped, each found word in {@code <mark>}. */
    public String titleHtml() {
        return html(markedTitle != null ? markedTitle : title);
    }

    private static String html(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        for (char c : marked.toCharArray()) {
            switch (c) {
                case MARK_START -> html.append("<mark>");
                case MARK_END -> html.append("</mark>");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
