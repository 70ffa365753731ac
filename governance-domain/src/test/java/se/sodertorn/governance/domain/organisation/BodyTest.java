package se.sodertorn.governance.domain.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BodyTest {

    @Test
    void documentsAreHeadedWithTheFormalNameWhenThereIsOne() {
        Body lg = new Body("LG", "Ledningsgruppen", BodyKind.MANAGEMENT_GROUP);
        assertEquals("Ledningsgruppen", lg.getFullName());
        lg.setFormalName("  Södertörnskommunernas ledningsgrupp ");
        assertEquals("Södertörnskommunernas ledningsgrupp", lg.getFullName());
        lg.setFormalName(" ");
        assertNull(lg.getFormalName(), "a blank formal name is none");
        assertEquals("Ledningsgruppen", lg.getFullName());
    }
}
