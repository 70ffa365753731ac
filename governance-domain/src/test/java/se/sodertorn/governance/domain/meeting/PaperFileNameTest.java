package se.sodertorn.governance.domain.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaperFileNameTest {

    @Test
    void aNameKeepsItsSwedishLettersAndGetsTheExtensionOfItsContent() {
        assertEquals("Förslag till mötesplan.pdf", PaperFileName.of("Förslag till mötesplan.pdf", "pdf"));
        assertEquals("Förslag till mötesplan.pdf", PaperFileName.of("Förslag till mötesplan.docx", "pdf"));
        assertEquals("Budget v1.2.xlsx", PaperFileName.of("Budget v1.2", "xlsx"), "a version number is no extension");
        assertEquals("Förslag.pdf", PaperFileName.of("Fo\u0308rslag.pdf", "pdf"), "decomposed letters are composed (NFC)");
    }

    @Test
    void foldersControlCharactersAndForbiddenCharactersAreTakenOut() {
        assertEquals("Förslag.docx", PaperFileName.of("C:\\Users\\sekr\\Förslag.docx", "docx"));
        assertEquals("passwd.pdf", PaperFileName.of("../../etc/passwd", "pdf"));
        assertEquals("a_b_c_.pdf", PaperFileName.of("a<b>c?.pdf", "pdf"));
        assertEquals("rad ett.pdf", PaperFileName.of("rad\r\nett\t.pdf", "pdf"));
        assertEquals("fdp.exe.pdf", PaperFileName.of("\u202Efdp.exe.pdf", "pdf"), "no right-to-left override");
        assertEquals("citat rad två.pdf", PaperFileName.of("citat%22rad%0Atvå.pdf", "pdf"), "as browsers send them");
    }

    @Test
    void emptyHiddenAndReservedNamesGetASafeOne() {
        assertEquals("handling.pdf", PaperFileName.of(null, "pdf"));
        assertEquals("handling.pdf", PaperFileName.of("   ", "pdf"));
        assertEquals("handling.png", PaperFileName.of(".png", "png"));
        assertEquals("htaccess.pdf", PaperFileName.of(".htaccess", "pdf"));
        assertEquals("_con.pdf", PaperFileName.of("con.pdf", "pdf"));
    }

    @Test
    void aLongNameIsCutToTheLimitKeepingItsExtension() {
        String name = PaperFileName.of("å".repeat(400) + ".pdf", "pdf");
        assertEquals(PaperFileName.MAX, name.length());
        assertTrue(name.endsWith("å.pdf"));
    }
}
