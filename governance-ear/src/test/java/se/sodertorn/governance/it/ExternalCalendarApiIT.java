package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * External calendars imported by script: a file with an unreadable event next to good ones is imported with that
 * event reported, a refresh replaces the year's events, only the secretariat and admin import, and a body that is no
 * calendar, too large, of another type, or a request without name or year is refused with the API's JSON error and
 * stores nothing. Each test imports calendars of its own names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExternalCalendarApiIT {

    private static final String CALENDAR = "text/calendar";
    private static final int YEAR = 2027;

    private final ApiClient secretariat = ApiClient.demo("secretariat");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String event(String uid, String summary, String... lines) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20270101T000000Z\r\nSUMMARY:" + summary + "\r\n"
                + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
    }

    private static byte[] calendar(String... events) {
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Governance tests//API//SV\r\n" + String.join("", events)
                + "END:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Three readable events (one with Apple's structured location), one with a rule that cannot be read. */
    private static byte[] storSthlm() {
        return calendar(
                event("api-1", "Styrelse", "DTSTART;TZID=Europe/Stockholm:20270204T090000",
                        "DTEND;TZID=Europe/Stockholm:20270204T110000"),
                event("api-2", "Serie som inte går att läsa", "DTSTART;TZID=Europe/Stockholm:20270205T090000",
                        "DTEND;TZID=Europe/Stockholm:20270205T100000", "RRULE:FREQ=NÄSTAN"),
                event("api-3", "Studiebesök", "DTSTART;TZID=W. Europe Standard Time:20270617T100000",
                        "DTEND;TZID=W. Europe Standard Time:20270617T120000",
                        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Rudsjöterrassen 2\\; Haninge:geo:59.17,18.14"),
                event("api-4", "Heldag", "DTSTART;VALUE=DATE:20270325", "DTEND;VALUE=DATE:20270325", "RRULE:"));
    }

    private static String path(String name, int year) {
        return "external-calendars?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&year=" + year;
    }

    private List<JsonObject> calendars() {
        return ApiClient.array(secretariat.get("external-calendars")).getValuesAs(JsonObject.class);
    }

    private JsonObject listed(String name) {
        return calendars().stream().filter(c -> c.getString("name").equals(name)).findFirst().orElse(null);
    }

    @Test
    void aFileWithOneUnreadableEventImportsTheOthersAndSaysWhatWasSkippedAndWhy() {
        String name = RegisterFixtures.unique("StorSthlm API ");

        HttpResponse<String> created = secretariat.send("POST", path(name, YEAR), CALENDAR, storSthlm());

        assertEquals(201, created.statusCode(), created.body());
        JsonObject result = ApiClient.object(created);
        long id = result.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/external-calendars/" + id));
        assertEquals(name, result.getString("name"));
        assertEquals(YEAR, result.getInt("year"));
        assertEquals(3, result.getInt("imported"));
        List<JsonObject> skipped = result.getJsonArray("skipped").getValuesAs(JsonObject.class);
        assertEquals(1, skipped.size(), created.body());
        assertEquals("api-2", skipped.get(0).getString("uid"));
        assertEquals("Serie som inte går att läsa", skipped.get(0).getString("summary"));
        assertEquals("BAD_RULE", skipped.get(0).getString("reason"));
        assertEquals("invalid recurrence rule", skipped.get(0).getString("message"));
        assertEquals(11, skipped.get(0).getInt("line"), "the line of its BEGIN:VEVENT");
        assertTrue(result.getString("message").contains("3 events imported, 1 skipped: invalid recurrence rule"),
                result.getString("message"));
        assertEquals(3, listed(name).getInt("events"));
    }

    @Test
    void aRefreshReplacesTheYearsEventsAndAnUnknownCalendarIs404() {
        String name = RegisterFixtures.unique("Mälartinget API ");
        HttpResponse<String> created = secretariat.send("POST", path(name, YEAR), CALENDAR, storSthlm());
        long id = ApiClient.object(created).getJsonNumber("id").longValue();

        HttpResponse<String> refreshed = ApiClient.demo("admin").send("PUT", "external-calendars/" + id + "?year="
                + YEAR, "text/calendar; charset=UTF-8", calendar(event("one", "Enda", "DTSTART;VALUE=DATE:20270616")));

        assertEquals(200, refreshed.statusCode(), refreshed.body());
        assertEquals(1, ApiClient.object(refreshed).getInt("imported"));
        assertEquals(0, ApiClient.object(refreshed).getJsonArray("skipped").size());
        assertEquals(1, listed(name).getInt("events"));
        HttpResponse<String> unknown = secretariat.send("PUT", "external-calendars/999999999?year=" + YEAR, CALENDAR,
                storSthlm());
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("\"not-found\""), unknown.body());
    }

    @Test
    void onlyTheSecretariatAndAdminImportAndEveryRoleLists() {
        String name = RegisterFixtures.unique("Regionen API ");

        for (String role : List.of("member", "director")) {
            HttpResponse<String> refused = ApiClient.demo(role).send("POST", path(name, YEAR), CALENDAR, storSthlm());
            assertEquals(403, refused.statusCode(), role + ": " + refused.body());
            assertTrue(refused.body().contains("\"forbidden\""), refused.body());
            assertEquals(200, ApiClient.demo(role).get("external-calendars").statusCode(), role);
        }
        HttpResponse<String> anonymous = ApiClient.anonymous().send("POST", path(name, YEAR), CALENDAR, storSthlm());
        assertEquals(401, anonymous.statusCode());
        assertEquals(null, listed(name), "a refused caller stores nothing");

        HttpResponse<String> created = secretariat.send("POST", path(name, YEAR), CALENDAR, storSthlm());
        long id = ApiClient.object(created).getJsonNumber("id").longValue();
        HttpResponse<String> refresh = ApiClient.demo("member").send("PUT", "external-calendars/" + id + "?year="
                + YEAR, CALENDAR, calendar());
        assertEquals(403, refresh.statusCode(), refresh.body());
        assertEquals(3, listed(name).getInt("events"), "the refused refresh changed nothing");
    }

    @Test
    void badBodiesAndParametersAreRefusedWithTheApisErrorAndStoreNothing() {
        String name = RegisterFixtures.unique("Korpus API ");
        int before = calendars().size();
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'X');
        record Bad(String path, String type, byte[] body, int status, String error) {
        }
        byte[] cutOff = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:cut\r\nDTSTART:20270101\r\n"
                .getBytes(StandardCharsets.UTF_8);
        for (Bad bad : List.of(
                new Bad(path(name, YEAR), CALENDAR, "Detta är ingen kalender".getBytes(StandardCharsets.UTF_8), 400,
                        "not-a-calendar"),
                new Bad(path(name, YEAR), CALENDAR, cutOff, 400, "not-a-calendar"),
                new Bad(path(name, YEAR), CALENDAR, new byte[0], 400, "missing-body"),
                new Bad(path(name, YEAR), CALENDAR, tooLarge, 400, "too-large"),
                new Bad(path(name, YEAR), "application/json", "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8), 415,
                        "unsupported-media-type"),
                new Bad(path(name, YEAR), "text/plain", storSthlm(), 415, "unsupported-media-type"),
                new Bad("external-calendars?year=" + YEAR, CALENDAR, storSthlm(), 400, "bad-request"),
                new Bad("external-calendars?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), CALENDAR,
                        storSthlm(), 400, "bad-request"),
                new Bad(path(name, 1800), CALENDAR, storSthlm(), 400, "bad-year"),
                new Bad(path(name, YEAR).replace("year=" + YEAR, "year=next"), CALENDAR, storSthlm(), 400,
                        "bad-parameter"))) {
            HttpResponse<String> answer = secretariat.send("POST", bad.path(), bad.type(), bad.body());
            assertEquals(bad.status(), answer.statusCode(), bad + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(answer.body().contains("\"" + bad.error() + "\""), bad.path() + ": " + answer.body());
            assertFalse(answer.body().contains("Exception"), answer.body());
        }
        assertEquals(before, calendars().size(), "nothing stored");
        assertEquals(null, listed(name));
    }
}
