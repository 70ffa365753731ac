package se.sodertorn.governance.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.shared.NotFoundException;

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
    void aMissingRecordIsNamedAsPeopleKnowItWithItsNumberUngrouped() {
        assertEquals("Det finns ingen punkt på dagordningen med nummer 12345.",
                Texts.format(Locale.forLanguageTag("sv"), new NotFoundException("agendaItem", 12345).getMessageKey(), 12345L));
        assertEquals("There is no meeting with number 7.", Texts.format(Locale.ENGLISH, "error.notFound.meeting", 7L));
    }

    /** Every kind of record the code reports missing ({@code new NotFoundException("kind", …)}) has its text. */
    @Test
    void everyKindOfMissingRecordHasItsText() throws IOException {
        Properties swedish = load("messages_sv.properties");
        Pattern thrown = Pattern.compile("new NotFoundException\\(\"(\\w+)\"");
        Set<String> kinds = new TreeSet<>();
        for (String module : List.of("governance-domain", "governance-ejb", "governance-reports", "governance-web")) {
            try (Stream<Path> sources = Files.walk(Path.of("..", module, "src", "main", "java"))) {
                for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher found = thrown.matcher(Files.readString(source));
                    while (found.find()) {
                        kinds.add(found.group(1));
                    }
                }
            }
        }
        assertTrue(kinds.size() > 10, "the sources were found: " + kinds);
        assertEquals(Set.of(), kinds.stream().filter(kind -> !swedish.containsKey("error.notFound." + kind))
                .collect(Collectors.toSet()));
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
