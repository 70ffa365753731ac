package se.sodertorn.governance.reports.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void summaryCountsMissingStatusesAsZero() {
        FocusAreaSummary summary = new FocusAreaSummary("Skola",
                Map.of(ActivityStatus.DONE, 3, ActivityStatus.ONGOING, 1), null, null);
        assertEquals(0, summary.count(ActivityStatus.CANCELLED));
        assertEquals(4, summary.total());
        assertEquals(0.75, summary.shareDone());
        assertEquals(0, new FocusAreaSummary("Tom", null, null, null).shareDone());
    }

    @Test
    void textStartingLikeAFormulaIsGuarded() {
        for (String text : new String[] {"=1", "+46", "-1", "@x", "\tx", "\rx"}) {
            assertTrue(SafeText.looksLikeFormula(text), text);
        }
        for (String text : new String[] {"", "a=1", " =1", "Q1–Q2", "1"}) {
            assertFalse(SafeText.looksLikeFormula(text), text);
        }
    }

    @Test
    void wrappedTextLinesAreEstimatedFromWidthAndBreaks() {
        assertEquals(1, RowHeights.lines(null, 50));
        assertEquals(1, RowHeights.lines("x".repeat(50), 50));
        assertEquals(2, RowHeights.lines("x".repeat(51), 50));
        assertEquals(3, RowHeights.lines("a\nb\n", 50));
        assertEquals(4, RowHeights.lines("x".repeat(120) + "\nslut", 50));
    }

    @Test
    void limitsMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new ImportLimits(0, 1, 1, 0.01));
        assertThrows(IllegalArgumentException.class, () -> new ImportLimits(1, 1, 1, 1));
    }
}
