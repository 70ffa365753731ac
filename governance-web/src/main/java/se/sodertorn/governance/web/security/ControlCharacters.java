package se.sodertorn.governance.web.security;

/**
 * Characters no text of the application holds: the C0 control characters other than tab, line feed and carriage
 * return, DEL, the C1 controls, half a surrogate pair and the non-characters U+FFFE and U+FFFF. They cannot be
 * typed, are invisible when pasted or are no character at all, and break the formats the texts are written to
 * (iCalendar, XML in Word and Excel files).
 */
public final class ControlCharacters {

    private static final int VERTICAL_TAB = 0x0b;
    private static final int FORM_FEED = 0x0c;

    private ControlCharacters() {
    }

    /** Whether the text holds a character no text may hold. */
    public static boolean contains(String text) {
        return text != null && text.codePoints().anyMatch(ControlCharacters::isControl);
    }

    /**
     * The text without such characters, except that a vertical tab or form feed becomes a line break (Word writes
     * its manual line break and page break so when text is copied out of it); {@code null} stays {@code null}.
     */
    public static String cleaned(String text) {
        if (!contains(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().map(c -> c == VERTICAL_TAB || c == FORM_FEED ? '\n' : c).filter(c -> !isControl(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Whether the code point (an unpaired surrogate comes as its own value) is no text. */
    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c < 0xa0
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE || c == 0xfffe || c == 0xffff;
    }
}
