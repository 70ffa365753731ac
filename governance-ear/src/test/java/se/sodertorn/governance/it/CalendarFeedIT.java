package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendar feed addresses as a calendar program uses them: plain GETs without any header or cookie. A person in two
 * bodies gets exactly those bodies' decided meetings (a cancelled one as cancelled) from the window's start on, not a
 * proposal, not a meeting of a body they left, not one of 2003; one body's feed likewise; a revoked or replaced token
 * and anything malformed answers 404; no answer opens a session. The meetings lie in a far-future year the other
 * tests leave alone, so the test does not depend on the day it runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarFeedIT {

    private static final String SERVER = "http://localhost:" + System.getProperty("governance.test.http.port", "8080");
    private static final String FEEDS = SERVER + "/governance/feeds/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(FeedDataServlet.class, FeedFixtures.class);
    }

    private static JsonObject feedData(String query) {
        HttpResponse<String> made = ApiClient.exchange(HTTP, HttpRequest.newBuilder(URI.create(SERVER
                + "/governance-tests/feed-data" + query)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, made.statusCode(), made.body());
        return Json.createReader(new StringReader(made.body())).readObject();
    }

    /** A GET as a calendar program sends it: no Authorization, no cookie, no other header. */
    private static HttpResponse<String> fetch(String path) {
        return ApiClient.exchange(HTTP, HttpRequest.newBuilder(URI.create(FEEDS + path))
                .timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** The calendar at the address, checked as a calendar answer: type, caching, no session. */
    private static List<VEvent> calendar(String path) throws Exception {
        HttpResponse<String> answer = fetch(path);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        String type = answer.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        assertTrue(type.startsWith("text/calendar") && type.replace(" ", "").contains("charset=utf-8"), type);
        String caching = answer.headers().firstValue("Cache-Control").orElse("");
        assertTrue(caching.contains("no-store") && caching.contains("private"), caching);
        assertFalse(answer.headers().firstValue("Set-Cookie").isPresent(), "a feed opens no session");
        return new CalendarBuilder().build(new StringReader(answer.body())).getComponents(Component.VEVENT);
    }

    private static Set<String> uids(List<VEvent> events) {
        return events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .collect(Collectors.toSet());
    }

    private static Set<String> uidsOf(JsonObject data, String... names) {
        return Set.of(names).stream().map(data::getString).collect(Collectors.toSet());
    }

    private static void assertNotFound(String path) {
        HttpResponse<String> answer = fetch(path);
        assertEquals(404, answer.statusCode(), path);
        assertTrue(answer.body().contains("Kalendern finns inte"), answer.body());
        assertFalse(answer.body().contains("VCALENDAR"));
        assertFalse(answer.headers().firstValue("Set-Cookie").isPresent(), "a refused feed opens no session");
    }

    @Test
    void aPersonsFeedHoldsExactlyTheDecidedMeetingsOfTheBodiesTheySitInWithinTheWindow() throws Exception {
        JsonObject data = feedData("");
        List<VEvent> events = calendar(data.getString("token") + ".ics");
        assertEquals(uidsOf(data, "firstComing", "secondComing", "secondCancelled"), uids(events),
                "not the proposal, not the body the person left, not the meeting of 2003");
        VEvent cancelled = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue()
                .equals(data.getString("secondCancelled"))).findFirst().orElseThrow();
        assertEquals("CANCELLED", cancelled.getProperty(Property.STATUS).orElseThrow().getValue());
    }

    @Test
    void aBodysFeedHoldsThatBodysDecidedMeetingsWithinTheWindow() throws Exception {
        JsonObject data = feedData("");
        String token = data.getString("token");
        assertEquals(uidsOf(data, "firstComing"), uids(calendar(token + "/bodies/" + data.getInt("first") + ".ics")),
                "the meeting of 2003 lies before the window");
        assertEquals(uidsOf(data, "secondComing", "secondCancelled"),
                uids(calendar(token + "/bodies/" + data.getInt("second") + ".ics")));
        assertEquals(uidsOf(data, "formerComing"),
                uids(calendar(token + "/bodies/" + data.getInt("former") + ".ics")),
                "any body's feed, as every role may read every body's meetings");
    }

    @Test
    void anAccountWithoutAPersonHasAnEmptyCalendarAndBodiesFeeds() throws Exception {
        JsonObject data = feedData("");
        String token = data.getString("withoutPerson");
        assertTrue(calendar(token + ".ics").isEmpty());
        assertEquals(uidsOf(data, "firstComing"), uids(calendar(token + "/bodies/" + data.getInt("first") + ".ics")));
    }

    @Test
    void aRevokedOrReplacedAddressAnswers404() throws Exception {
        JsonObject data = feedData("");
        String token = data.getString("token");
        String body = "/bodies/" + data.getInt("first") + ".ics";
        String renewed = feedData("?renew=" + token).getString("token");
        assertNotFound(token + ".ics");
        assertNotFound(token + body);
        assertEquals(3, calendar(renewed + ".ics").size());
        assertEquals(1, calendar(renewed + body).size());

        feedData("?revoke=" + renewed);
        assertNotFound(renewed + ".ics");
        assertNotFound(renewed + body);
    }

    @Test
    void malformedAndUnknownAddressesAnswer404() {
        JsonObject data = feedData("");
        String token = data.getString("token");
        for (String path : List.of("abc.ics", "A".repeat(43) + ".ics", "A".repeat(44) + ".ics",
                "A".repeat(5000) + ".ics", token, token + ".ical", token.substring(1) + "%2B.ics",
                token + "/bodies/" + Long.MAX_VALUE + ".ics", token + "/bodies/abc.ics",
                token + "/bodies/99999999999999999999.ics", token + "/other/1.ics", "", "x/" + token + ".ics")) {
            assertNotFound(path);
        }
    }

    @Test
    void aFeedOnlyAnswersGet() {
        JsonObject data = feedData("");
        HttpResponse<String> posted = ApiClient.exchange(HTTP, HttpRequest.newBuilder(URI.create(FEEDS
                + data.getString("token") + ".ics")).POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, posted.statusCode());
        assertFalse(posted.headers().firstValue("Set-Cookie").isPresent());
    }
}
