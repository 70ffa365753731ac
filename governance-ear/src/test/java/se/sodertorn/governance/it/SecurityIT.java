package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What protects the service, tried from outside as an attacker would: headers and cookies, the API's own
 * credentials (a page's session cookie is not enough), a new session id at login, login throttling, approved
 * minutes that no path removes, control characters refused, and rules over several rows that hold when requests
 * come at once.
 */
class SecurityIT extends BrowserTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String SITE = Browser.BASE;

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerCarriesTheProtectiveHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(SITE + "login.xhtml")));
        HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + "municipalities")));
        for (HttpResponse<String> answer : List.of(login, api)) {
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""));
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""));
        }
        assertTrue(login.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(policy -> policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'.*")),
                "pages run only their own scripts and those with the page's nonce");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void aScriptSlippedIntoAPageDoesNotRun() {
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("index.xhtml");
        browser.script("const slipped = document.createElement('script');"
                + " slipped.textContent = 'window.slippedIn = true;'; document.body.appendChild(slipped);"
                + " document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.slippedIn = true\">');");
        AssertionError reported = assertThrows(AssertionError.class, () -> browser.waitUntil(
                d -> Boolean.TRUE.equals(browser.script("return [...document.images].every(i => i.complete);"))));
        assertTrue(reported.getMessage().contains("inline script") && reported.getMessage().contains("event handler"),
                reported::getMessage);
        assertEquals(null, browser.script("return window.slippedIn;"), "neither the script nor the handler ran");
    }

    @Test
    void theApiAnswers401AsJsonAndTakesNoSessionCookieInPlaceOfCredentials() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + "municipalities")));
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(anonymous.body().contains("\"unauthorized\""), anonymous.body());

        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        String session = "JSESSIONID=" + browser.cookie("JSESSIONID");
        HttpResponse<String> withCookie = send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + "me/tasks"))
                .header("Cookie", session));
        assertEquals(401, withCookie.statusCode(), "a logged-in browser's cookie alone does not open the API");
        long meeting = MeetingFixtures.propose(MeetingFixtures.bodyId("LG"), MeetingFixtures.freeDay());
        HttpResponse<String> forged = send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + "meetings/" + meeting
                + "/preparation")).header("Cookie", session).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(401, forged.statusCode(), "a cross-site form post with the user's cookie changes nothing");
        assertTrue(MeetingFixtures.items(meeting, false).isEmpty(), "the meeting was not prepared");
    }

    @Test
    void aLoginGivesTheSessionANewIdSoAnIdPlantedBeforeIsWorthNothing() throws Exception {
        browser.open("login.xhtml");
        String planted = browser.cookie("JSESSIONID");
        browser.login("admin", ApiClient.DEMO_PASSWORD);
        String after = browser.cookie("JSESSIONID");
        assertNotEquals(planted, after);
        HttpResponse<String> withPlanted = send(HttpRequest.newBuilder(URI.create(SITE + "admin/users.xhtml"))
                .header("Cookie", "JSESSIONID=" + planted));
        assertEquals(302, withPlanted.statusCode(), "the planted id leads to the login page");
        assertTrue(withPlanted.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    @Test
    void guessingPasswordsIsSlowedDownForTheApiAndThePages() {
        String guessed = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient guesser = ApiClient.as(guessed, "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, guesser.get("municipalities").statusCode());
        }
        HttpResponse<String> held = guesser.get("municipalities");
        assertEquals(429, held.statusCode(), held.body());
        assertTrue(held.headers().firstValue("Retry-After").isPresent());

        String other = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            browser.login(other, "not-the-password");
        }
        browser.login(other, "not-the-password");
        assertTrue(browser.text().contains("För många misslyckade inloggningar"), browser::text);
    }

    @Test
    void approvedMinutesAreNeverWithdrawnOrRemoved() {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        MeetingFixtures.minutesStep(MeetingFixtures.SECRETARIAT, meeting, "SEND", null);
        MeetingFixtures.minutesStep(ApiClient.demo("member"), meeting, "APPROVE", null);
        HttpResponse<String> withdrawn = MeetingFixtures.SECRETARIAT.delete("meetings/" + meeting + "?version="
                + MeetingFixtures.version(meeting));
        assertEquals(422, withdrawn.statusCode(), withdrawn.body());
        assertEquals(200, MeetingFixtures.SECRETARIAT.get("meetings/" + meeting).statusCode(), "still there");

        long bare = MeetingFixtures.propose(MeetingFixtures.bodyId("LG"), MeetingFixtures.freeDay());
        assertEquals(204, MeetingFixtures.SECRETARIAT.delete("meetings/" + bare + "?version="
                + MeetingFixtures.version(bare)).statusCode(), "a bare proposal can be withdrawn");
        assertEquals(404, MeetingFixtures.SECRETARIAT.get("meetings/" + bare).statusCode());
    }

    @Test
    void controlCharactersAreRefusedAtTheApi() {
        long meeting = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        int before = MeetingFixtures.items(meeting, true).size();
        for (String text : new String[] {"Punkt\\u0000med NUL", "Punkt\\u000bmed VT", "Punkt\\u001bmed ESC"}) {
            HttpResponse<String> refused = MeetingFixtures.SECRETARIAT.post("meetings/" + meeting + "/items",
                    "{\"title\":\"" + text + "\"}");
            assertEquals(400, refused.statusCode(), text + " -> " + refused.body());
            assertTrue(refused.body().contains("bad-text") && refused.body().contains("'title'"), refused.body());
        }
        HttpResponse<String> raw = MeetingFixtures.SECRETARIAT.post("meetings/" + meeting + "/items",
                "{\"title\":\"Punkt\u001bmed ESC\"}");
        assertEquals(400, raw.statusCode(), "an unescaped control character is not JSON: " + raw.body());
        assertEquals(before, MeetingFixtures.items(meeting, true).size(), "nothing was stored");
        HttpResponse<String> fine = MeetingFixtures.SECRETARIAT.post("meetings/" + meeting + "/items",
                "{\"title\":\"Två rader\\nmed tabb\\t och åäö\"}");
        assertEquals(201, fine.statusCode(), "line breaks and tabs are text: " + fine.body());
    }

    @Test
    void oneChairPerBodyAndTermAndOnePlanPerYearHoldWhenRequestsComeAtOnce() throws Exception {
        long network = ApiClient.array(MeetingFixtures.SECRETARIAT.get("bodies")).getValuesAs(JsonObject.class)
                .stream().filter(b -> b.getString("shortName").equals("KLIMAT")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        int year = 2101 + ThreadLocalRandom.current().nextInt(99);
        List<Long> people = ApiClient.array(MeetingFixtures.SECRETARIAT.get("bodies/" + MeetingFixtures.bodyId("LG")
                + "/members?date=2030-01-01")).getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("personId").longValue()).distinct().limit(6).toList();
        List<Callable<Integer>> chairs = new ArrayList<>();
        for (long person : people) {
            chairs.add(() -> MeetingFixtures.SECRETARIAT.post("memberships", "{\"personId\":" + person + ",\"bodyId\":"
                    + network + ",\"role\":\"CHAIR\",\"validFrom\":\"" + year + "-01-01\",\"validTo\":\"" + year
                    + "-12-31\"}").statusCode());
        }
        List<Integer> seated = all(chairs);
        assertEquals(1, seated.stream().filter(status -> status == 201).count(), seated.toString());
        assertTrue(seated.stream().allMatch(status -> status == 201 || status == 422), seated.toString());

        int planYear = ApiClient.freePlanYear(2031, 1);
        List<Callable<Integer>> plans = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            plans.add(() -> MeetingFixtures.SECRETARIAT.post("plans", "{\"year\":" + planYear
                    + ",\"name\":\"Samtidig plan\",\"programme\":\"SUP 2040\"}").statusCode());
        }
        List<Integer> created = all(plans);
        assertEquals(1, created.stream().filter(status -> status == 201).count(), created.toString());
        assertTrue(created.stream().allMatch(status -> status == 201 || status == 422), created.toString());
    }

    private static List<Integer> all(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(requests)) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPageDoesNotRedirectToTheHostARequestNames() throws Exception {
        HttpResponse<String> redirected = send(HttpRequest.newBuilder(URI.create(SITE + "index.xhtml"))
                .header("Host", "evil.example"));
        String location = redirected.headers().firstValue("Location").orElse("");
        assertFalse(location.contains("evil.example"), location);
    }
}
