package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A working day in the browser: the adjuster finds minutes to approve on the start page and approves them; notes
 * typed in two agenda items survive saving one of them and saving other parts of the page; an action item needs a
 * picked responsible person, reaches that person by e-mail, the register of action items and the Word minutes.
 */
class WorkingDayBrowserIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(Mails.SMTP);

    private void openMeeting(long id) {
        browser.open("meetings/meeting.xhtml?id=" + id);
        browser.waitForText(By.tagName("h1"), "Ledningsgruppen");
    }

    private void confirm() {
        browser.waitFor(By.cssSelector(".ui-confirm-dialog"));
        browser.checkAccessibility();
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }

    @Test
    void theAdjusterFindsTheMinutesOnTheStartPageAndApprovesThem() throws Exception {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        openMeeting(meeting);
        browser.click(By.id("minutes:send"));
        browser.waitForText(By.id("minutesStatus"), "Skickade till justerare");
        Mails.Received toAdjuster = Mails.awaitTo(MAIL, "camilla.broo@demo.example", "LG " + day);
        assertTrue(toAdjuster.body().contains("meetings/meeting.xhtml?id=" + meeting), toAdjuster.body());

        browser.click(By.id("nav:logout"));
        browser.login("member", ApiClient.DEMO_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Start");
        By link = By.xpath("//*[@id='tasks:toApprove']//a[contains(., 'LG " + day + "')]");
        browser.click(link);
        assertTrue(browser.currentUrl().contains("id=" + meeting), browser.currentUrl());
        browser.click(By.id("minutes:approve"));
        confirm();
        browser.waitForText(By.id("minutesStatus"), "Justerad");
        assertTrue(browser.waitFor(By.id("minutes")).getText().contains("av Camilla Broo"),
                "the approval names the adjuster, not the login name");
        Mails.Received toSecretariat = Mails.awaitTo(MAIL, "helene.olofsson@demo.example", "LG " + day);
        assertTrue(toSecretariat.subject().startsWith("Justerade"), toSecretariat.subject());

        browser.open("index.xhtml");
        assertTrue(browser.all(link).isEmpty(), "approved minutes leave the adjuster's tasks");
    }

    @Test
    void notesTypedInTwoItemsSurviveSavingOneAndSavingOtherParts() {
        long meeting = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        openMeeting(meeting);
        browser.type(By.id("agenda:items:0:notes"), "Alla hälsas välkomna.");
        browser.type(By.id("agenda:items:1:notes"), "Camilla Broo valdes till justerare.");
        browser.click(By.id("agenda:items:0:save"));
        browser.waitForText(By.id("messages"), "2. Val av justerare");
        browser.reload();
        assertEquals("Alla hälsas välkomna.", browser.value(By.id("agenda:items:0:notes")));
        assertEquals("Camilla Broo valdes till justerare.", browser.value(By.id("agenda:items:1:notes")),
                "saving one item saves what was typed in the other");

        String typed = "Genomgång av de utestående ärendena.";
        browser.type(By.id("agenda:items:2:notes"), typed);
        browser.type(By.id("attendance:guestName"), "Eva Gäst");
        browser.click(By.id("attendance:addGuest"));
        browser.waitForText(By.id("attendance"), "Eva Gäst");
        browser.click(By.id("roles:save"));
        browser.waitForText(By.id("messages"), "Sparat");
        browser.openDialog(By.id("agenda:items:3:addDecision"), By.id("decisionDialog"));
        browser.type(By.id("decisionForm:text"), "Ledningsgruppen noterar informationen.");
        browser.click(By.id("decisionForm:save"));
        browser.waitForText(By.id("agenda"), "Ledningsgruppen noterar informationen.");
        assertEquals(typed, browser.value(By.id("agenda:items:2:notes")),
                "text typed in the agenda stays while other parts of the page are saved");

        browser.click(By.id("agenda:saveAll"));
        browser.waitForText(By.id("messages"), "3. Utestående ärenden");
        browser.reload();
        assertEquals(typed, browser.value(By.id("agenda:items:2:notes")));
    }

    @Test
    void twoSecretariesAtOnceNeverOverwriteEachOthersNotes() {
        long meeting = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        openMeeting(meeting);
        try (Browser other = Browser.start()) {
            other.login("secretariat", ApiClient.DEMO_PASSWORD);
            other.open("meetings/meeting.xhtml?id=" + meeting);
            other.type(By.id("agenda:items:0:notes"), "B:s anteckning, skriven medan A sparade.");

            browser.type(By.id("agenda:items:0:notes"), "A:s anteckning, sparad först.");
            browser.click(By.id("agenda:items:0:save"));
            browser.waitForText(By.id("messages"), "1. Välkommen");

            other.click(By.id("agenda:items:0:save"));
            other.waitForText(By.id("messages"), "Punkt 1 har ändrats av någon annan");
            assertEquals("B:s anteckning, skriven medan A sparade.", other.value(By.id("agenda:items:0:notes")),
                    "the second writer keeps their text to put in again");

            other.type(By.id("agenda:items:1:notes"), "B skriver i punkt 2.");
            other.click(By.id("agenda:items:1:save"));
            other.waitForText(By.id("messages"), "Punkt 1 har ändrats av någon annan");
        }
        browser.reload();
        assertEquals("A:s anteckning, sparad först.", browser.value(By.id("agenda:items:0:notes")),
                "what was saved first is never overwritten by a page that did not see it");
    }

    @Test
    void anActionItemNeedsAPickedPersonAndReachesThemTheRegisterAndTheWordMinutes() throws Exception {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        String task = "Helene Olofsson tar fram en tidplan för remissvaret " + day + ".";
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        openMeeting(meeting);

        browser.openDialog(By.id("agenda:items:3:addAction"), By.id("actionDialog"));
        browser.type(By.id("actionForm:text"), task);
        browser.type(By.id("actionForm:responsible_input"), "Olofs");
        browser.type(By.id("actionForm:dueText"), "före sommaren");
        browser.click(By.id("actionForm:save"));
        browser.waitForText(By.id("actionDialog"), "är inte ett val i listan");
        assertFalse(browser.waitFor(By.id("agenda")).getText().contains(task), "nothing is stored half");

        browser.suggest("actionForm:responsible", "Olofs", "Helene Olofsson");
        browser.click(By.id("actionForm:save"));
        browser.waitForText(By.id("agenda"), task);
        assertTrue(browser.waitFor(By.id("agenda")).getText().contains("Helene Olofsson"), "the responsible is kept");
        Mails.Received toResponsible = Mails.awaitTo(MAIL, "helene.olofsson@demo.example", "Nytt uppdrag");
        assertTrue(toResponsible.body().contains(task), toResponsible.body());

        browser.click(By.id("meetingActions:downloadMinutes"));
        Path minutes = browser.downloaded("minnesanteckningar-LG-" + day + ".docx");
        try (InputStream in = Files.newInputStream(minutes); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            JsonObject lg = ApiClient.object(MeetingFixtures.SECRETARIAT.get("bodies/" + MeetingFixtures.bodyId("LG")));
            String fullName = lg.containsKey("formalName") ? lg.getString("formalName") : lg.getString("name");
            assertTrue(text.contains("Minnesanteckningar från " + fullName), text);
            assertTrue(text.contains("Uppdrag") && text.contains(task), text);
            assertTrue(text.contains("Ansvarig: Helene Olofsson") && text.contains("före sommaren"), text);
        }

        browser.open("meetings/actions.xhtml");
        browser.type(By.id("register:table:globalFilter"), String.valueOf(day));
        browser.waitUntil(page -> page.findElements(By.cssSelector("[id='register:table_data'] > tr")).size() == 1);
        By row = By.xpath("//*[@id='register:table']//tr[contains(., '" + task + "')]");
        browser.waitForText(row, "Helene Olofsson");
        browser.click(By.xpath("//*[@id='register:table']//tr[contains(., '" + task + "')]//button[contains(., 'Markera klart')]"));
        confirm();
        browser.waitForText(By.id("messages"), "Klart");
        List<JsonObject> done = ApiClient.object(MeetingFixtures.SECRETARIAT.get("action-items?q=" + day
                + "&status=DONE")).getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(1, done.size(), done::toString);
        assertEquals(LocalDate.now(ZoneId.of("Europe/Stockholm")).toString(), done.get(0).getString("closedOn"));
    }
}
