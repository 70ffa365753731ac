package se.sodertorn.governance.reports.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    private final SheetNames names = new SheetNames();

    @Test
    void replacesForbiddenCharacters() {
        assertEquals("Kultur  fritid  idrott", names.unique("Kultur/[fritid]:idrott"));
    }

    @Test
    void keepsNamesUniqueIgnoringCaseAndWithin31Characters() {
        String longName = "Kompetensförsörjning och arbetsmarknad";
        String first = names.unique(longName);
        String second = names.unique(longName);
        assertEquals(longName.substring(0, 31), first);
        assertTrue(second.endsWith(" (2)") && second.length() <= 31, second);
        assertEquals("skola", names.unique("skola"));
        assertEquals("Skola (2)", names.unique("Skola"));
    }

    @Test
    void namesBlankAndReservedOnes() {
        assertEquals("Utan fokusområde", names.unique(null));
        assertEquals("Utan fokusområde (2)", names.unique(" ?* "));
        assertEquals("History (2)", names.unique("History"));
    }
}
