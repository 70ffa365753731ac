package se.sodertorn.governance.reports.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkbookPartsTest {

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
        assertEquals(3, RowHeights.lines("Södertörns kompetensförsörjningsnätverk", 24),
                "wrapped at the space, the long word then broken");
        assertEquals(2, RowHeights.lines("ett två tre fyra", 8), "\"ett två\", then \"tre fyra\"");
    }
}
