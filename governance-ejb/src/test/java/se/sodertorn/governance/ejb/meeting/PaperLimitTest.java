package se.sodertorn.governance.ejb.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PaperLimitTest {

    @Test
    void aSetLimitIsTakenAndAnythingElseFallsBackTo50Megabytes() {
        assertEquals(52_428_800, PaperLimit.parsed(null));
        assertEquals(52_428_800, PaperLimit.parsed(" "));
        assertEquals(10_000_000, PaperLimit.parsed(" 10000000 "));
        assertEquals(52_428_800, PaperLimit.parsed("50MB"));
        assertEquals(52_428_800, PaperLimit.parsed("0"));
        assertEquals(52_428_800, PaperLimit.parsed("-5"));
        assertEquals(52_428_800, PaperLimit.parsed(String.valueOf(PaperLimit.CEILING + 1)));
        assertEquals(PaperLimit.CEILING, PaperLimit.parsed(String.valueOf(PaperLimit.CEILING)));
    }

    @Test
    void megabytesForMessagesAreWholeAndAtLeastOne() {
        assertEquals(50, PaperLimit.megabytes(52_428_800));
        assertEquals(1, PaperLimit.megabytes(4000));
    }
}
