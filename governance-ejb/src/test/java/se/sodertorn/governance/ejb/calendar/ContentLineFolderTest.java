package se.sodertorn.governance.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Content lines folded at 75 octets (RFC 5545 §3.1), between characters, never with a blank continuation. */
class ContentLineFolderTest {

    private static String unfold(String folded) {
        return folded.replace("\r\n ", "");
    }

    @Test
    void aLineOfSeventyFiveOctetsStaysWhole() {
        String line = "LOCATION:" + "x".repeat(66);

        assertEquals(line + "\r\n", ContentLineFolder.fold(line + "\r\n"));
    }

    @Test
    void aLineOfSeventySixOctetsContinuesWithItsLastCharacter() {
        String line = "LOCATION:" + "x".repeat(67);

        assertEquals("LOCATION:" + "x".repeat(66) + "\r\n x\r\n", ContentLineFolder.fold(line + "\r\n"));
    }

    @Test
    void aCharacterThatDoesNotFitWhollyGoesToTheNextLine() {
        String line = "SUMMARY:" + "x".repeat(66) + "Ö" + "🗓" + "y";

        String folded = ContentLineFolder.fold(line);

        assertEquals("SUMMARY:" + "x".repeat(66) + "\r\n Ö🗓y\r\n", folded);
        String split = "SUMMARY:" + "x".repeat(65) + "Ö🗓y";
        assertEquals("SUMMARY:" + "x".repeat(65) + "Ö\r\n 🗓y\r\n", ContentLineFolder.fold(split));
    }

    @Test
    void aBreakFallsBeforeAWordRatherThanBeforeASpace() {
        String line = "DESCRIPTION:" + "a".repeat(63) + " " + "b".repeat(5);

        String folded = ContentLineFolder.fold(line);

        assertEquals("DESCRIPTION:" + "a".repeat(62) + "\r\n a " + "b".repeat(5) + "\r\n", folded);
    }

    @Test
    void anyTextFoldsIntoShortLinesThatUnfoldToIt() {
        Random random = new Random(20241130L);
        String[] pieces = {"a", "Ö", "å", " ", "  ", "\\,", "–", "🗓️", "Z", "ä"};
        for (int round = 0; round < 500; round++) {
            StringBuilder line = new StringBuilder("DESCRIPTION:");
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            line.append('.');

            String folded = ContentLineFolder.fold(line + "\r\n");

            assertEquals(line + "\r\n", unfold(folded));
            for (String part : folded.split("\r\n")) {
                assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
                assertFalse(part.isBlank(), folded);
                assertFalse(part.startsWith("  "), () -> "a continuation begins with a space of the text: " + folded);
            }
        }
    }

    @Test
    void everyLineEndsWithCrlf() {
        assertEquals("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ContentLineFolder.fold("BEGIN:VCALENDAR\nEND:VCALENDAR\r\n"));
    }
}
