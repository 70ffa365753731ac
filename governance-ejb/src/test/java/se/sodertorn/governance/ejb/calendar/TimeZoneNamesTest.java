package se.sodertorn.governance.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TZIDs as producers write them, mapped to IANA zones. */
class TimeZoneNamesTest {

    @Test
    void everyWindowsNameOfTheCldrTableMapsToAZoneTheJdkKnows() throws IOException {
        String table;
        try (InputStream in = TimeZoneNames.class.getResourceAsStream(TimeZoneNames.WINDOWS_ZONES)) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long rows = table.lines().filter(line -> !line.startsWith("#")).peek(line -> {
            String[] cells = line.split("\t");
            // "UTC" and "UTC+12" are zone ids of java.time themselves, with the same rules
            assertEquals(ZoneId.of(cells[1]).getRules(), TimeZoneNames.resolve(cells[0]).orElseThrow().getRules(),
                    line);
        }).count();
        assertTrue(rows > 100, "the whole CLDR table, not " + rows + " rows");
    }

    @Test
    void namesOfEachFormResolveAndOthersDoNot() {
        assertEquals(Optional.of(ZoneId.of("Europe/Berlin")), TimeZoneNames.resolve("W. Europe Standard Time"));
        assertEquals(Optional.of(ZoneId.of("Europe/Berlin")), TimeZoneNames.resolve(" w. europe standard time "));
        assertEquals(Optional.of(ZoneId.of("Europe/Stockholm")), TimeZoneNames.resolve("Europe/Stockholm"));
        assertEquals(Optional.of(ZoneId.of("Europe/Stockholm")), TimeZoneNames.resolve("Centraleuropeisk sommartid"));
        assertEquals(Optional.of(ZoneId.of("Europe/Amsterdam")),
                TimeZoneNames.resolve("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"));
        assertEquals(Optional.of(ZoneId.of("Europe/Stockholm")),
                TimeZoneNames.resolve("(UTC+01:00) Rom, Wien, Stockholm"),
                "the first city the JDK knows names the zone");
        assertEquals(Optional.of(ZoneId.of("America/New_York")),
                TimeZoneNames.resolve("/softwarestudio.org/Tzfile/America/New_York"));
        assertEquals(Optional.empty(), TimeZoneNames.resolve("Kontorstid"));
        assertEquals(Optional.empty(), TimeZoneNames.resolve(""));
    }
}
