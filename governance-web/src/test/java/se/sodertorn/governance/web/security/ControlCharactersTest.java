package se.sodertorn.governance.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void lineBreaksAndTabsAreTextButOtherControlsAreNot() {
        assertFalse(ControlCharacters.contains("Rad ett\r\nRad två\tmed tabb, åäö och – tankstreck"));
        for (String bad : new String[] {"a\u0000b", "a\u000bb", "a\u001bb", "a\u007fb", "a\u0085b", "\u0008"}) {
            assertTrue(ControlCharacters.contains(bad), bad);
        }
        assertEquals("Styrelsemöte\nPunkt 1\nPunkt 2", ControlCharacters.cleaned("Styrelse\u0000möte\u000bPunkt\u001b 1\fPunkt 2"),
                "Word's manual line and page breaks become line breaks, the rest is dropped");
        assertNull(ControlCharacters.cleaned(null));
    }

    @Test
    void halfASurrogatePairIsNoTextButAWholeOneIs() {
        assertFalse(ControlCharacters.contains("Möte \uD83D\uDCC5 i Huddinge"));
        for (String bad : new String[] {"a\uD800b", "a\uDC00", "\uDBFF", "a\uFFFEb", "\uFFFF"}) {
            assertTrue(ControlCharacters.contains(bad), bad);
        }
        assertEquals("Möte \uD83D\uDCC5", ControlCharacters.cleaned("M\uD800öte \uD83D\uDCC5\uDC00"));
    }
}
