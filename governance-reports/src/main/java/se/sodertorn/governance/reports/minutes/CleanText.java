package se.sodertorn.governance.reports.minutes;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes user text fit for the document: {@code null} becomes empty, tabs become spaces, line ends become
 * {@code \n}, and control characters and code points XML cannot hold (lone surrogates, U+FFFE, U+FFFF) are dropped.
 */
final class CleanText {

    private static final Pattern BLANK_LINES = Pattern.compile("\n\\s*\n");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CleanText() {
    }

    /** @return the text on one line: line breaks and runs of white space become one space; trimmed */
    static String line(String text) {
        return WHITESPACE.matcher(clean(text)).replaceAll(" ").strip();
    }

    /** @return the parts that are not blank, each on one line, separated by ", " */
    static String joined(String... parts) {
        return Arrays.stream(parts).map(CleanText::line).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
    }

    /**
     * @return the paragraphs of the text, each as its lines: blank lines separate paragraphs, single line breaks
     *         separate lines; trailing white space is dropped and blank paragraphs are left out
     */
    static List<List<String>> paragraphs(String text) {
        return Arrays.stream(BLANK_LINES.split(clean(text)))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .map(paragraph -> paragraph.lines().map(String::stripTrailing).toList())
                .toList();
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder clean = new StringBuilder(lines.length());
        lines.codePoints().filter(CleanText::allowed).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean allowed(int codePoint) {
        if (codePoint == '\n') {
            return true;
        }
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.SURROGATE && codePoint != 0xFFFE
                && codePoint != 0xFFFF;
    }
}
