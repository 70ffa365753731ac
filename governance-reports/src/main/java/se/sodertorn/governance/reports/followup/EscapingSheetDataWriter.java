package se.sodertorn.governance.reports.followup;

import java.io.IOException;

import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's sheet data writer with a faster text escaping: POI writes text one code point at a time through a
 * synchronized writer, which took half the export time; this writes the runs between escaped characters in one
 * call. The escaping itself is POI's: {@code < > & "}, line breaks, tabs and no-break spaces as entities, other
 * control characters and U+FFFE/U+FFFF as "?".
 */
final class EscapingSheetDataWriter extends SheetDataWriter {

    EscapingSheetDataWriter() throws IOException {
        super();
    }

    @Override
    protected void outputEscapedString(String text) throws IOException {
        if (text == null) {
            return;
        }
        int length = text.length();
        int run = 0;
        for (int i = 0; i < length; i++) {
            String replacement = replacement(text.charAt(i));
            if (replacement != null) {
                _out.write(text, run, i - run);
                _out.write(replacement);
                run = i + 1;
            }
        }
        _out.write(text, run, length - run);
    }

    private static String replacement(char c) {
        if (c > '>' && c < '\u00A0') {
            return null;
        }
        switch (c) {
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '&':
                return "&amp;";
            case '"':
                return "&quot;";
            case '\n':
                return "&#xa;";
            case '\r':
                return "&#xd;";
            case '\t':
                return "&#x9;";
            case '\u00A0':
                return "&#xa0;";
            default:
                return c < ' ' || c >= '\uFFFE' ? "?" : null;
        }
    }
}
