package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The meeting record in the browser: the secretariat prepares a meeting, takes attendance, chooses the adjuster,
 * writes notes, a decision and an action item and sends the minutes; the adjuster approves them in person, after
 * which the record is read-only; the action item is outstanding at the body's next meeting. The demo minutes of
 * LG 2 December 2022 show their outstanding matters and decisions, read-only.
 */
class MeetingBrowserIT extends BrowserTest {

    private static final ApiClient SECRETARIAT = ApiClient.demo("secretariat");
    private static final By OUTSTANDING_ITEM = By.xpath("//ol[@class='agenda']/li[.//h3[contains(., 'Utestående ärenden')]]");

    private static long lgId() {
        return MeetingFixtures.bodyId("LG");
    }

    /** An even year from 2060 on without meetings (other tests take other ranges). */
    private static int freeYear() {
        int year = 2060;
        while (!ApiClient.array(SECRETARIAT.get("meetings?year=" + year)).isEmpty()) {
            year += 2;
        }
        assertTrue(year <= 2098, "no free year left for the meeting record test");
        return year;
    }

    private void openMeeting(long id) {
        openMeeting(id, "Ledningsgruppen");
    }

    private void openMeeting(long id, String bodyName) {
        browser.open("meetings/meeting.xhtml?id=" + id);
        browser.waitForText(By.tagName("h1"), bodyName);
    }

    private void confirm() {
        browser.waitFor(By.cssSelector(".ui-confirm-dialog"));
        browser.checkAccessibility();
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }

    @Test
    void theSecretariatKeepsTheRecordAndTheAdjusterApprovesTheMinutes() {
        int year = freeYear();
        long lg = lgId();
        LocalDate day = LocalDate.of(year, 3, 10);
        long first = MeetingFixtures.propose(lg, day);
        long second = MeetingFixtures.propose(lg, day.plusMonths(1));
        HttpResponse<String> decided = SECRETARIAT.post("meetings/plans/" + year + "/decision",
                "{\"day\":\"" + year + "-01-15\",\"reference\":\"test\"}");
        assertEquals(200, decided.statusCode(), decided.body());
        String note = "Alla hälsas välkomna till mötet " + year + ".";
        String decision = "Ledningsgruppen ställer sig bakom förslaget " + year + ".";
        String task = "Helene Olofsson tar fram underlag om samverkan " + year + ".";

        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        openMeeting(first);
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("sv"));
        assertTrue(browser.waitFor(By.tagName("h1")).getText().contains(weekday + " 10 mars " + year),
                () -> browser.waitFor(By.tagName("h1")).getText());
        browser.waitForText(By.id("minutesStatus"), "Utkast");
        browser.click(By.id("agenda:prepare"));
        browser.waitFor(By.id("agenda:items:0:notes"));
        assertTrue(browser.waitFor(By.id("roles")).getText().contains("Helene Olofsson"), "the secretary is set");

        browser.click(By.xpath("//*[@id='attendance:lines']//tr[contains(., 'Leif Eriksson')]//div[contains(@class, 'ui-chkbox-box')]"));
        browser.waitForText(By.id("attendanceSummary"), "Ej närvarande: 1");

        browser.choose("roles:adjuster", "Camilla Broo");
        browser.click(By.id("roles:save"));
        browser.waitForText(By.id("messages"), "Sparat");
        assertTrue(browser.waitFor(By.id("minutes:send")).isEnabled(), "with an adjuster the minutes can be sent");

        browser.type(By.id("agenda:items:0:notes"), note);
        browser.click(By.id("agenda:items:0:save"));
        browser.waitForText(By.id("messages"), "Sparat: 1.");

        browser.openDialog(By.id("agenda:items:0:addDecision"), By.id("decisionDialog"));
        browser.type(By.id("decisionForm:text"), decision);
        browser.choose("decisionForm:recommendedTo", "SSK – Samarbetskommittén");
        browser.click(By.id("decisionForm:save"));
        browser.waitForText(By.id("agenda"), decision);
        assertTrue(browser.waitFor(By.id("agenda")).getText().contains("Rekommendation till SSK"), "the recommendation is shown");

        browser.openDialog(By.id("agenda:items:0:addAction"), By.id("actionDialog"));
        browser.type(By.id("actionForm:text"), task);
        browser.suggest("actionForm:responsible", "Olofsson", "Helene Olofsson");
        browser.type(By.id("actionForm:dueText"), "början av " + (year + 1));
        browser.click(By.id("actionForm:save"));
        browser.waitForText(By.id("agenda"), task);
        assertTrue(browser.waitFor(By.id("agenda")).getText().contains("början av " + (year + 1)), "the due season is shown");
        assertEquals(note, browser.waitFor(By.id("agenda:items:0:notes")).getAttribute("value"), "the notes stay");
        browser.checkAccessibility();

        browser.click(By.id("minutes:send"));
        browser.waitForText(By.id("minutesStatus"), "Skickade till justerare");
        assertTrue(browser.all(By.id("minutes:approve")).isEmpty(), "only the adjuster approves");

        browser.click(By.id("nav:logout"));
        browser.login("member", ApiClient.DEMO_PASSWORD);
        openMeeting(first);
        assertTrue(browser.all(By.id("agenda:items:0:notes")).isEmpty(), "a member reads the record");
        browser.click(By.id("minutes:approve"));
        confirm();
        browser.waitForText(By.id("minutesStatus"), "Justerad");
        assertTrue(browser.all(By.id("minutes:approve")).isEmpty(), "approved minutes are not approved again");
        String record = browser.text();
        assertTrue(record.contains(note) && record.contains(decision) && record.contains(task), record);
        browser.checkAccessibility();

        browser.click(By.id("nav:logout"));
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        openMeeting(first);
        browser.waitForText(By.id("minutesStatus"), "Justerad");
        for (String control : List.of("agenda:items:0:notes", "agenda:items:0:save", "agenda:items:0:addDecision",
                "roles:save", "attendance:addGuest", "minutes:send", "minutes:takeBack")) {
            assertTrue(browser.all(By.id(control)).isEmpty(), control + " is gone once the minutes are approved");
        }
        assertTrue(browser.all(By.id("minutes:correction")).size() == 1, "approved minutes take corrections");

        openMeeting(second);
        browser.click(By.id("agenda:prepare"));
        browser.waitForText(OUTSTANDING_ITEM, task);
        assertTrue(browser.waitFor(OUTSTANDING_ITEM).getText().contains(day.toString()), "the item shows where it was given");
        browser.checkAccessibility();
        By taskRow = By.xpath("//ol[@class='agenda']/li//tr[contains(., '" + task + "')]");
        browser.click(By.xpath("//ol[@class='agenda']/li//tr[contains(., '" + task + "')]//button[contains(., 'Klart')]"));
        browser.waitForText(taskRow, "Avslutat vid det här mötet");
        browser.click(By.xpath("//ol[@class='agenda']/li//tr[contains(., '" + task + "')]//button[contains(., 'Öppna igen')]"));
        browser.waitForText(taskRow, "Öppet");
    }

    @Test
    void theDecisionDialogKeepsALongRecommendationInsideItsEdges() {
        int year = freeYear();
        LocalDate lgDay = LocalDate.of(year, 2, 10);
        long lgMeeting = MeetingFixtures.propose(lgId(), lgDay);
        long sskMeeting = MeetingFixtures.propose(MeetingFixtures.bodyId("SSK"), LocalDate.of(year, 3, 10));
        for (long id : List.of(lgMeeting, sskMeeting)) {
            assertEquals(200, SECRETARIAT.post("meetings/" + id + "/preparation", "").statusCode());
        }
        String recommendation = "Ledningsgruppen rekommenderar Samarbetskommittén att anta den gemensamma"
                + " handlingsplanen för kompetensförsörjning, klimatomställning och regional infrastruktur"
                + " på Södertörn " + year + ".";
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        openMeeting(lgMeeting);
        browser.openDialog(By.id("agenda:items:0:addDecision"), By.id("decisionDialog"));
        browser.type(By.id("decisionForm:text"), recommendation);
        browser.choose("decisionForm:recommendedTo", "SSK – Samarbetskommittén");
        browser.click(By.id("decisionForm:save"));
        browser.waitForText(By.id("agenda"), "Rekommendation till SSK");

        openMeeting(sskMeeting, "Samarbetskommittén");
        browser.openDialog(By.id("agenda:items:0:addDecision"), By.id("decisionDialog"));
        assertEquals(List.of(), browser.outsideOfDialog("decisionDialog"), "every field fits in the dialog");
        browser.choose("decisionForm:follows", "LG " + lgDay + ": " + recommendation);
        assertEquals(List.of(), browser.outsideOfDialog("decisionDialog"), "the long entry chosen still fits");
    }

    @Test
    void theDemoMinutesOfDecember2022ShowOutstandingMattersAndDecisionsReadOnly() throws Exception {
        long december = demoMeetingOn("2022-12-02");
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        openMeeting(december);
        browser.waitForText(By.tagName("h1"), "fredag 2 december 2022");
        browser.waitForText(By.id("minutesStatus"), "Publicerad");

        String outstanding = browser.waitFor(OUTSTANDING_ITEM).getText();
        for (String matter : List.of("nya RUFS", "BioDrivÖst", "samarbetsytan", "externa gäster")) {
            assertTrue(outstanding.contains(matter), outstanding);
        }
        List<String> decisions = browser.all(By.cssSelector(".decision-text")).stream().map(e -> e.getText()).toList();
        assertEquals(3, decisions.size(), decisions::toString);
        assertTrue(browser.waitFor(By.id("agenda")).getText().contains("Rekommendation till SSK"), "LG recommends SSK");
        assertTrue(browser.waitFor(By.id("roles")).getText().contains("Camilla Broo"), "the adjuster is shown");
        assertTrue(browser.all(By.cssSelector("[id='agenda'] textarea")).isEmpty(), "published minutes are read-only");
        assertTrue(browser.all(By.id("agenda:items:0:addDecision")).isEmpty(), "no decisions are added");

        browser.click(By.id("meetingActions:downloadMinutes"));
        Path minutes = browser.downloaded("minnesanteckningar-LG-2022-12-02.docx");
        assertTrue(Files.size(minutes) > 1000, "the minutes are a Word document");
        browser.click(By.id("meetingActions:downloadCalendar"));
        assertTrue(Files.readString(browser.downloaded("mote-LG-2022-12-02.ics")).contains("BEGIN:VEVENT"));

        openMeeting(demoMeetingOn("2023-01-12"), "Samarbetskommittén");
        assertTrue(browser.waitFor(By.id("agenda")).getText().contains("Följer rekommendationen från LG 2022-12-02"),
                "SSK's decision shows the recommendation it follows");
    }

    /** The demo's only meeting on the day (YYYY-MM-DD). */
    private static long demoMeetingOn(String day) {
        return ApiClient.array(SECRETARIAT.get("meetings?year=" + day.substring(0, 4)))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("start").startsWith(day))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
