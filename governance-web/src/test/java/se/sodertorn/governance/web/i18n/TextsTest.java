package se.sodertorn.governance.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void anApostropheInAFormattedTextIsKept() {
        assertTrue(Texts.format(Locale.ENGLISH, "actionItem.notLater", "2030-05-06").startsWith("The body's next"));
    }

    @Test
    void yearsInMessagesAreWrittenAsYearsNotAsGroupedNumbers() {
        assertEquals("The year 2134 is outside what can be planned (2000–2100).",
                Texts.format(Locale.ENGLISH, "meetingPlan.yearOutOfRange", 2134));
        assertTrue(Texts.format(Locale.forLanguageTag("sv"), "plan.noneForYear", 2026).endsWith("för 2026."));
    }

    @Test
    void everyTextHasBothLanguages() throws IOException {
        Properties swedish = load("messages_sv.properties");
        Properties english = load("messages.properties");
        assertEquals(swedish.keySet(), english.keySet());
    }

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream(name)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
