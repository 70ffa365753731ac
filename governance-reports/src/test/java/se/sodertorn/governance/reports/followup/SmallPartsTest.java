package se.sodertorn.governance.reports.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void limitsMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new ImportLimits(0, 1, 1, 0.01));
        assertThrows(IllegalArgumentException.class, () -> new ImportLimits(1, 1, 1, 1));
    }

    @Test
    void readTextKeepsLineBreaksAndTabsButNoCharacterADatabaseRefuses() {
        assertEquals("Klart\r\n\tsedan maj 😀", ChangeCollector.text("Kl\u0000art\r\n\tsedan\u0085 maj\ud800 😀"));
        assertEquals("", ChangeCollector.text(null));
    }
}
