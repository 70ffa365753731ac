package se.sodertorn.governance.domain.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyKind;

class PaperTextTest {

    private static Paper paper() {
        Meeting meeting = new Meeting(new Body("LG", "Ledningsgruppen", BodyKind.MANAGEMENT_GROUP),
                LocalDateTime.of(2030, 5, 6, 8, 30), LocalDateTime.of(2030, 5, 6, 10, 30));
        return new Paper(new AgendaItem(meeting, 4, "Budget", AgendaItemKind.REGULAR), "Underlag",
                LocalDateTime.of(2030, 5, 1, 9, 0));
    }

    @Test
    void controlCharactersOfAReadFileAreDroppedTabsAndLineBreaksKept() {
        PaperText text = new PaperText(paper(), 1, "Beslut\u0000 om\u0007 budget\tår 2030\r\nSida\u000C 2\u007F");
        assertEquals("Beslut om budget\tår 2030\r\nSida 2", text.getContent());
    }

    @Test
    void aNewerVersionsTextReplacesTheOldCutToTheLimit() {
        PaperText text = new PaperText(paper(), 1, "Första");
        text.replace(2, "x".repeat(PaperText.CONTENT_MAX) + "\u0000" + "y");
        assertEquals(2, text.getVersionNumber());
        assertEquals("x".repeat(PaperText.CONTENT_MAX), text.getContent());
        text.replace(3, null);
        assertNull(text.getContent());
    }
}
