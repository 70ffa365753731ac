package se.sodertorn.governance.ejb.calendar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of an iCalendar file (RFC 5545 §3.1), unfolded on octets before they are decoded: a fold may
 * split a multi-octet UTF-8 character, so unfolding decoded text would garble it. A leading byte-order mark is
 * dropped; lines may end in CRLF, LF or CR; a line break followed by one space or tab is a fold. Each logical line
 * keeps the number of the physical line it starts on, for reports. Empty lines are left out.
 */
final class ContentLines {

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    /** A logical (unfolded) line and the physical line, from 1, where it starts. */
    record Line(int number, String text) {
    }

    private ContentLines() {
    }

    /** The logical lines of the octets, decoded as UTF-8 (a malformed sequence becomes U+FFFD). */
    static List<Line> of(byte[] octets) {
        List<Line> lines = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        int physical = 1;
        int startsOn = 1;
        int i = hasByteOrderMark(octets) ? 3 : 0;
        while (i < octets.length) {
            byte b = octets[i];
            if (b != CR && b != LF) {
                current.write(b);
                i++;
                continue;
            }
            int next = b == CR && i + 1 < octets.length && octets[i + 1] == LF ? i + 2 : i + 1;
            physical++;
            if (next < octets.length && (octets[next] == ' ' || octets[next] == '\t')) {
                i = next + 1;
            } else {
                add(lines, startsOn, current);
                startsOn = physical;
                i = next;
            }
        }
        add(lines, startsOn, current);
        return lines;
    }

    private static boolean hasByteOrderMark(byte[] octets) {
        return octets.length >= 3 && (octets[0] & 0xff) == 0xef && (octets[1] & 0xff) == 0xbb
                && (octets[2] & 0xff) == 0xbf;
    }

    private static void add(List<Line> lines, int number, ByteArrayOutputStream octets) {
        if (octets.size() > 0) {
            lines.add(new Line(number, octets.toString(StandardCharsets.UTF_8)));
            octets.reset();
        }
    }
}
