package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Min kalender in the browser: a member makes their secret feed address with the keyboard, reads it from the page,
 * a calendar program fetches it without logging in; renewing replaces it (the old one answers 404), revoking ends
 * it. From a body's meetings page, "Prenumerera på kalendern" leads to the body's own feed address.
 */
class CalendarFeedBrowserIT extends BrowserTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The address fetched as a calendar program does: no login, no cookie. */
    private static HttpResponse<String> fetch(String address) {
        return ApiClient.exchange(HTTP, HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30))
                .GET().build());
    }

    private void openMyCalendar(String query) {
        browser.open("meetings/calendar.xhtml" + query);
        browser.waitForText(By.tagName("h1"), "Min kalender");
        if (!browser.all(By.id("feed:revoke")).isEmpty()) {
            revoke();
            browser.open("meetings/calendar.xhtml" + query);
        }
    }

    private void confirm() {
        browser.waitFor(By.cssSelector(".ui-confirm-dialog"));
        browser.checkAccessibility();
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }

    private void revoke() {
        browser.tabToAndEnter(By.id("feed:revoke"));
        confirm();
        browser.waitForText(By.id("feed:state"), "Du har ingen kalenderadress");
    }

    @Test
    void aMemberMakesTheAddressACalendarFetchesItRenewingAndRevokingEndIt() {
        browser.login("member", ApiClient.DEMO_PASSWORD);
        openMyCalendar("");
        assertTrue(browser.text().contains("Camilla Broo"), "the feed is the person's");
        assertTrue(browser.text().contains("Google Kalender") && browser.text().contains("Prenumerera från webben"),
                "how to subscribe");

        browser.tabToAndEnter(By.id("feed:create"));
        browser.waitFor(By.id("feed:personalAddress"));
        browser.checkAccessibility();
        String address = browser.value(By.id("feed:personalAddress"));
        assertTrue(address.matches("http://localhost:\\d+/governance/feeds/[A-Za-z0-9_-]{43}\\.ics"), address);
        String webcal = browser.waitFor(By.id("feed:personalWebcal")).getAttribute("href");
        assertEquals(address.replaceFirst("^http://", "webcal://"), webcal);

        HttpResponse<String> fetched = fetch(address);
        assertEquals(200, fetched.statusCode());
        assertTrue(fetched.body().startsWith("BEGIN:VCALENDAR"), fetched.body());
        assertTrue(fetched.body().contains("Camilla Broo"), "the calendar is named for its person");
        assertFalse(fetched.headers().firstValue("Set-Cookie").isPresent());

        browser.reload();
        assertTrue(browser.all(By.id("feed:personalAddress")).isEmpty(), "the address is shown only when made");
        browser.waitForText(By.id("feed:state"), "Du har en kalenderadress, skapad");
        String state = browser.waitFor(By.id("feed:state")).getText();
        assertTrue(state.contains("Senast hämtad") && !state.contains("aldrig"), "the fetch is noted: " + state);

        browser.tabToAndEnter(By.id("feed:renew"));
        confirm();
        browser.waitFor(By.id("feed:personalAddress"));
        String renewed = browser.value(By.id("feed:personalAddress"));
        assertNotEquals(address, renewed);
        assertEquals(404, fetch(address).statusCode(), "the old address ends");
        assertEquals(200, fetch(renewed).statusCode());

        revoke();
        assertEquals(404, fetch(renewed).statusCode());
        browser.checkNoScriptBlocked();
    }

    @Test
    void aBodysPageLeadsToTheBodysOwnFeed() {
        long lg = MeetingFixtures.bodyId("LG");
        browser.login("director", ApiClient.DEMO_PASSWORD);
        browser.open("meetings/body.xhtml?id=" + lg);
        browser.click(By.id("subscribe"));
        browser.waitForText(By.tagName("h1"), "Min kalender");
        if (!browser.all(By.id("feed:revoke")).isEmpty()) {
            revoke();
        }
        browser.waitForText(By.id("bodyFeed"), "Ledningsgruppen");
        browser.click(By.id("feed:create"));
        browser.waitFor(By.id("feed:bodyAddress"));
        browser.checkAccessibility();
        String address = browser.value(By.id("feed:bodyAddress"));
        assertTrue(address.endsWith("/bodies/" + lg + ".ics"), address);
        HttpResponse<String> fetched = fetch(address);
        assertEquals(200, fetched.statusCode());
        assertTrue(fetched.body().contains("X-WR-CALNAME:Ledningsgruppen"), fetched.body());

        browser.open("meetings/body.xhtml?id=" + lg);
        browser.click(By.id("subscribe"));
        browser.waitForText(By.id("bodyFeed"), "skapa en ny adress för att se den. Din nuvarande adress slutar då att fungera");
        revoke();
        assertEquals(404, fetch(address).statusCode());
    }
}
