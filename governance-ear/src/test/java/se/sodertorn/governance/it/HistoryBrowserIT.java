package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A record's history in the browser: the secretariat changes an activity's status twice, and its "Historik" shows
 * both changes, newest first, with who made them and each field from what to what, in Swedish and in English.
 */
class HistoryBrowserIT extends BrowserTest {

    private static final By CHANGES = By.cssSelector("[id='historyForm'] ol.history > li");

    private void setStatus(String status) {
        browser.click(By.cssSelector("[id='activities:table'] .ui-row-editor-pencil"));
        browser.choose("activities:table:0:rowStatus", status);
        browser.click(By.cssSelector("[id='activities:table'] .ui-row-editor-check"));
        browser.waitForText(By.id("activities:table"), status);
    }

    @Test
    void anActivityChangedTwiceShowsBothChangesWithWhoAndWhatInItsHistory() {
        int year = ApiClient.freePlanYear(2071, 2); // odd and late: the other plan tests take even years and odd ones from 2001
        ApiClient secretariat = ApiClient.demo("secretariat");
        HttpResponse<String> plan = secretariat.post("plans", "{\"year\":" + year + ",\"name\":\"Historikplan "
                + year + "\",\"programme\":\"SUP 2040\"}");
        assertEquals(201, plan.statusCode(), plan.body());
        HttpResponse<String> added = secretariat.post("plans/" + year + "/activities",
                "{\"focusArea\":\"Klimat och hållbarhet\",\"title\":\"Laddplatser vid kommunhusen\",\"budget\":1500}");
        assertEquals(201, added.statusCode(), added.body());

        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("plans/plan.xhtml?year=" + year);
        browser.waitForText(By.id("activities:table"), "Laddplatser vid kommunhusen");
        setStatus("Pågående");
        setStatus("Genomförd");

        browser.openDialog(By.id("activities:table:0:history"), By.id("historyDialog"));
        List<WebElement> changes = browser.all(CHANGES);
        assertEquals(3, changes.size(), () -> browser.waitFor(By.id("historyDialog")).getText());
        String latest = changes.get(0).getText();
        assertTrue(latest.contains("Ändrad av Helene Olofsson") && latest.contains("Status Pågående Genomförd")
                && latest.contains("Framsteg (%)"), latest);
        String first = changes.get(1).getText();
        assertTrue(first.contains("Ändrad av Helene Olofsson") && first.contains("Status Planerad Pågående"), first);
        assertTrue(changes.get(2).getText().contains("Skapad av Helene Olofsson"), changes.get(2).getText());
        assertTrue(changes.get(2).getText().contains("Aktivitet – Laddplatser vid kommunhusen"),
                changes.get(2).getText());
        assertTrue(changes.get(2).getText().matches("(?s).*Budget\\s+–\\s+1[\\s\\u00a0]?500 kr.*"),
                () -> "an amount in kronor: " + changes.get(2).getText());

        browser.click(By.id("historyForm:close"));
        try {
            browser.click(By.id("nav:language"));
            browser.waitForText(By.id("activities:table"), "Done");
            browser.openDialog(By.id("activities:table:0:history"), By.id("historyDialog"));
            String english = browser.all(CHANGES).get(0).getText();
            assertTrue(english.contains("Changed by Helene Olofsson") && english.contains("Status Ongoing Done"),
                    english);
        } finally {
            ApiClient.useLanguage("secretariat", "sv");
        }
    }

    @Test
    void anActionItemsHistoryIsOnTheRegisterAndTheAdministratorSeesThePersonsLatestChange() {
        String token = SearchApiIT.token();
        ApiClient secretariat = ApiClient.demo("secretariat");
        long meeting = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        long item = MeetingFixtures.items(meeting).get(2).getJsonNumber("id").longValue();
        HttpResponse<String> given = secretariat.post("agenda-items/" + item + "/action-items",
                "{\"text\":\"Ta fram underlag om " + token + "\"}");
        assertEquals(201, given.statusCode(), given.body());
        JsonObject action = ApiClient.object(given);
        HttpResponse<String> closed = secretariat.post("action-items/" + action.getJsonNumber("id") + "/closing",
                "{\"version\":" + action.getInt("version") + "}");
        assertEquals(200, closed.statusCode(), closed.body());

        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("meetings/actions.xhtml?mine=false&status=DONE&body=" + MeetingFixtures.bodyId("LG"));
        browser.type(By.id("register:table:globalFilter"), token);
        browser.waitForText(By.id("register:table"), "Ta fram underlag om " + token);
        browser.openDialog(By.id("register:table:0:showHistory"), By.id("historyDialog"));
        List<WebElement> changes = browser.all(CHANGES);
        assertEquals(2, changes.size(), () -> browser.waitFor(By.id("historyDialog")).getText());
        assertTrue(changes.get(0).getText().contains("Ändrad av Helene Olofsson"), changes.get(0).getText());
        assertTrue(changes.get(1).getText().contains("Skapad av Helene Olofsson"), changes.get(1).getText());

        browser.click(By.id("historyForm:close"));
        browser.click(By.id("nav:logout"));
        browser.login("admin", ApiClient.DEMO_PASSWORD);
        browser.open("admin/changes.xhtml?user=secretariat");
        String latest = browser.all(By.cssSelector("#changes ol.history > li")).get(0).getText();
        assertTrue(latest.contains("Uppdrag · Ta fram underlag om " + token) && latest.contains("Ändrad av Helene Olofsson"),
                latest);
        String day = latest.substring(0, 10);
        browser.open("admin/changes.xhtml?day=" + day);
        List<String> thatDay = browser.all(By.cssSelector("#changes ol.history > li h2")).stream()
                .map(WebElement::getText).toList();
        assertTrue(thatDay.stream().allMatch(heading -> heading.startsWith(day)), thatDay.toString());
        assertTrue(thatDay.stream().anyMatch(heading -> heading.contains("Ta fram underlag om " + token)),
                thatDay.toString());
        browser.open("admin/changes.xhtml?day=igår");
        browser.waitForText(By.id("messages"), "Dagen ska vara ett datum");
    }
}
