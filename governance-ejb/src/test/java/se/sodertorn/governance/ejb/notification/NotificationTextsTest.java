package se.sodertorn.governance.ejb.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.notification.NotificationKind;

class NotificationTextsTest {

    private final NotificationTexts swedish = new NotificationTexts("sv");
    private final NotificationTexts english = new NotificationTexts("en");

    @Test
    void everyKindHasASubjectAndATextInBothLanguages() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (String part : new String[] {".subject", ".body"}) {
                String sv = swedish.format(kind + part, "A", "B", "C", "D", "E");
                String en = english.format(kind + part, "A", "B", "C", "D", "E");
                assertFalse(sv.isBlank() || en.isBlank(), kind + part);
                assertNotEquals(sv, en, kind + part + " is translated");
            }
        }
    }

    @Test
    void theTextsFollowTheRecipientsLanguageWhateverTheServersLocale() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            LocalDate day = LocalDate.of(2022, 12, 2);
            assertEquals("fredag 2 december 2022", new NotificationTexts("sv").day(day));
            assertEquals("Friday 2 December 2022", new NotificationTexts("en").day(day));
            assertTrue(new NotificationTexts("fi").get("greeting").startsWith("Hej"), "Swedish for any other language");
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void aLetterGreetsByNameAndEndsWithTheSignature() {
        String letter = english.letter("Camilla Broo", "The minutes wait.");
        assertTrue(letter.startsWith("Hello Camilla Broo,\n\nThe minutes wait.\n\n"), letter);
        assertTrue(letter.endsWith(english.get("signature")));
        assertTrue(swedish.letter(null, "x").startsWith("Hej,\n\nx"), "no name, no gap before the comma");
    }
}
