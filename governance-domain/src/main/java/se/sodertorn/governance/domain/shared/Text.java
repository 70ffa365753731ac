package se.sodertorn.governance.domain.shared;

/** Free text as it is stored: without surrounding blanks, and nothing at all rather than only blanks. */
public final class Text {

    private Text() {
    }

    /** The text stripped of surrounding white space, or null when it is null or blank. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
