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
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Search in the browser, as a member: the header's box finds the meeting that "beslutade" and the decision that
 * "beslutar" by the stem, "Näringsliv" finds the agenda item, its decision and the plan's activities in that focus
 * area, with the words marked; the kind links narrow the hits; an e-mail about the same words, which a member may
 * not read, is never shown; wrong parameters are told on the page, in Swedish and in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT {

    private static final By HITS = By.cssSelector("li.search-hit");
    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SearchDataServlet.class);
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser(TestInfo test) {
        browser.screenshot("SearchBrowserIT-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
        browser.close();
    }

    private static JsonObject searchData(String token) throws Exception {
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + System.getProperty("governance.test.http.port", "8080")
                        + "/governance-tests/search-data?token=" + token))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, made.statusCode(), made.body());
        return Json.createReader(new StringReader(made.body())).readObject();
    }

    private List<String> hitTitles() {
        return browser.all(HITS).stream().map(hit -> hit.findElement(By.cssSelector(".search-hit-title")).getText())
                .toList();
    }

    @Test
    void aMemberFindsMeetingDecisionItemAndActivitiesByInflectedWordsAndNoMail() throws Exception {
        String token = SearchApiIT.token();
        JsonObject ids = searchData(token);
        int year = ApiClient.freePlanYear(2083, 2);
        ApiClient secretariat = ApiClient.demo("secretariat");
        HttpResponse<String> plan = secretariat.post("plans", "{\"year\":" + year + ",\"name\":\"Sökplan " + year
                + "\",\"programme\":\"SUP 2040\"}");
        assertEquals(201, plan.statusCode(), plan.body());
        for (String title : List.of("Mässa för " + token, "Företagsbesök om " + token)) {
            HttpResponse<String> added = secretariat.post("plans/" + year + "/activities",
                    "{\"focusArea\":\"Näringsliv och kompetensförsörjning\",\"title\":\"" + title + "\"}");
            assertEquals(201, added.statusCode(), added.body());
        }

        browser.login("member", ApiClient.DEMO_PASSWORD);
        browser.type(By.id("headerSearchText"), "beslutade " + token);
        browser.press(Keys.ENTER);
        browser.waitForText(By.id("total"), "2 träffar");
        assertEquals(2, browser.all(HITS).size(), browser.text());
        String meetingGroup = browser.waitFor(By.id("group-meeting")).getText();
        assertTrue(meetingGroup.startsWith("Möten") && meetingGroup.contains(token), meetingGroup);
        WebElement decision = browser.waitFor(By.id("group-decision"));
        assertTrue(decision.getText().contains("Näringsliv och " + token), decision.getText());
        assertEquals("beslutar", decision.findElement(By.cssSelector(".search-fragment mark")).getText(),
                "the inflected word is marked");
        assertFalse(browser.text().contains("Internt om"), "the e-mail is not searched");

        browser.type(By.id("searchText"), "Näringsliv " + token);
        browser.click(By.id("searchButton"));
        browser.waitForText(By.id("total"), "4 träffar");
        assertTrue(hitTitles().containsAll(List.of("Mässa för " + token, "Företagsbesök om " + token,
                "Näringsliv och " + token)), hitTitles().toString());
        String itemPlace = browser.waitFor(By.id("group-agenda-item")).findElement(By.cssSelector("a.search-hit-title"))
                .getAttribute("href");
        assertTrue(itemPlace.endsWith("meetings/meeting.xhtml?id=" + ids.getJsonNumber("meeting") + "#item-"
                + ids.getJsonNumber("item")), "the item's hit opens its place on the meeting's page: " + itemPlace);
        browser.click(By.linkText("Aktiviteter (2)"));
        browser.waitForText(By.id("total"), "2 träffar");
        assertEquals(List.of("Aktiviteter"), browser.all(By.cssSelector(".search-group h2")).stream()
                .map(WebElement::getText).toList());
        assertEquals(List.of(token, token), browser.all(By.cssSelector(".search-hit-title mark")).stream()
                .map(WebElement::getText).toList(), "the word is marked in each activity's title");
        browser.click(By.linkText("Mässa för " + token));
        assertTrue(browser.currentUrl().contains("plans/plan.xhtml?year=" + year), browser.currentUrl());

        browser.open(itemPlace.substring(itemPlace.indexOf("meetings/")));
        assertTrue(browser.waitFor(By.id("item-" + ids.getJsonNumber("item"))).getText().contains("Näringsliv och " + token),
                "the place the hit names is the item on the meeting's page");

        browser.open("search.xhtml?q=" + token + "&body=" + ids.getJsonNumber("body") + "&year=" + (year + 1));
        browser.waitForText(By.id("total"), "0 träffar");
        browser.open("search.xhtml?q=" + token + "&body=" + ids.getJsonNumber("body") + "&year="
                + SearchDataServlet.YEAR);
        browser.waitForText(By.id("total"), "3 träffar");
    }

    @Test
    void wrongParametersAreToldOnThePageInBothLanguages() throws Exception {
        String token = SearchApiIT.token();
        searchData(token);
        ApiClient.useLanguage("member", "sv");
        browser.login("member", ApiClient.DEMO_PASSWORD);
        browser.open("search.xhtml?q=" + token + "&page=999999");
        browser.waitForText(By.id("messages"), "Sidan 999999 har inga träffar; de slutar på sida 1.");
        assertFalse(browser.waitFor(By.id("previous")).getAttribute("href").contains("page="),
                "the page before leads to the last page with hits, the first");
        browser.open("search.xhtml?q=-" + token);
        browser.waitForText(By.id("messages"), "inte bara ord som ska uteslutas");
        browser.open("search.xhtml?q=beslut&kind=protokoll");
        browser.waitForText(By.id("messages"), "Det slaget av träff finns inte");
        browser.open("search.xhtml?q=beslut&year=tjugo&page=-3");
        browser.waitForText(By.id("messages"), "Året ska vara ett årtal");
        browser.open("search.xhtml?body=abc");
        assertFalse(browser.shown(By.id("total")), "no words, no search");
        try {
            browser.click(By.id("nav:language"));
            browser.open("search.xhtml?q=beslut&kind=protokoll");
            browser.waitForText(By.id("messages"), "There is no such kind of hit");
            browser.open("search.xhtml?q=" + "x".repeat(201));
            browser.waitForText(By.id("messages"), "at most 200 characters");
            browser.open("search.xhtml?q=-" + token);
            browser.waitForText(By.id("messages"), "not only words to leave out");
        } finally {
            ApiClient.useLanguage("member", "sv");
        }
    }
}
