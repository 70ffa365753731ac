package se.sodertorn.governance.ejb.calendar;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Folds iCalendar content lines as RFC 5545 §3.1 asks: no line longer than 75 octets of UTF-8 (the CRLF not
 * counted), a longer line continued on lines that begin with one space, and never a break inside a character.
 * <p>
 * Every break is placed before a character that is not a space or tab where the line allows it, so no
 * continuation line holds only white space (iCloud refuses the lone-space line ical4j writes after a line of
 * exactly its fold length) and readers that drop all white space when unfolding do not lose a space of the text.
 */
public final class ContentLineFolder {

    /** The longest line, in octets of UTF-8 without the CRLF (RFC 5545 §3.1). */
    public static final int MAX_OCTETS = 75;

    private static final String CRLF = "\r\n";

    private ContentLineFolder() {
    }

    /**
     * Folds unfolded iCalendar text.
     *
     * @param unfolded content lines, each ended by CRLF (a bare LF is read as a line end too)
     * @return the same lines folded, each ended by CRLF
     */
    public static String fold(String unfolded) {
        Objects.requireNonNull(unfolded, "unfolded");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split("\r?\n")) {
            foldLine(line, out);
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int start = 0;
        int room = MAX_OCTETS;
        while (octets(line, start, line.length()) > room) {
            int end = breakBefore(line, start, room);
            out.append(line, start, end).append(CRLF).append(' ');
            start = end;
            room = MAX_OCTETS - 1;
        }
        out.append(line, start, line.length()).append(CRLF);
    }

    /**
     * Where to break a line that does not fit from {@code start}: after as many whole characters as fit in
     * {@code room} octets, moved back so the next line begins with a character other than white space when some
     * character of this part allows it.
     */
    private static int breakBefore(String line, int start, int room) {
        int end = start;
        int used = 0;
        while (end < line.length()) {
            int codePoint = line.codePointAt(end);
            int size = utf8Length(codePoint);
            if (used + size > room) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        int lastFit = end;
        while (end > start && isBlank(line.charAt(end))) {
            end = line.offsetByCodePoints(end, -1);
        }
        return end > start ? end : lastFit;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static int octets(String line, int from, int to) {
        return line.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
