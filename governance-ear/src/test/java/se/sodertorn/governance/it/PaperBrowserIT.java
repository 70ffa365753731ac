package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Meeting papers in the browser: the secretariat uploads a paper to an agenda item and then a new version of it,
 * sees both versions and downloads them and the meeting pack, which opens as a ZIP with the agenda and the newest
 * version; once the adjuster has approved the minutes an upload from the page still open is refused and the upload
 * form is gone, while the papers stay listed.
 */
class PaperBrowserIT extends BrowserTest {

    private static final By MESSAGES = By.cssSelector(".messages");

    private void upload(String target, String title, Path file) {
        browser.choose("paperUpload:target", target);
        browser.type(By.id("paperUpload:paperTitle"), title);
        browser.attach(By.id("paperUpload:file"), file);
        browser.click(By.id("paperUpload:uploadPaper"));
    }

    @Test
    void aPaperAndItsNewVersionAreListedDownloadedAndPackedUntilTheMinutesAreApproved() throws IOException {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        JsonObject item = MeetingFixtures.items(meeting).get(2);
        int number = item.getInt("number");
        Path folder = Files.createTempDirectory("handlingar");
        byte[] firstBytes = PaperFiles.docx("Förslag till mötesplan " + day);
        byte[] secondBytes = PaperFiles.pdf("Reviderat forslag " + day);
        Path first = Files.write(folder.resolve("Förslag mötesplan.docx"), firstBytes);
        Path second = Files.write(folder.resolve("forslag-v2.pdf"), secondBytes);

        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("meetings/meeting.xhtml?id=" + meeting);
        upload("Ny handling till punkt " + number + ". " + item.getString("title"), "Förslag till mötesplan", first);
        browser.waitForText(MESSAGES, "Handlingen Förslag till mötesplan är uppladdad som version 1.");
        String label = number + ".1 Förslag till mötesplan";
        assertTrue(browser.shown(By.linkText(label)), browser::text);

        upload("Ny version av " + label, "", second);
        browser.waitForText(MESSAGES, "Handlingen Förslag till mötesplan är uppladdad som version 2.");
        String listed = browser.waitFor(By.cssSelector("ul.papers")).getText();
        assertTrue(listed.contains("forslag-v2.pdf") && listed.contains("version 2"), listed);
        browser.script("arguments[0].open = true;", browser.waitFor(By.cssSelector("details.earlier")));
        String earlier = browser.waitFor(By.cssSelector("details.earlier")).getText();
        assertTrue(earlier.contains("uppladdad"), earlier);
        assertEquals("Förslag mötesplan.docx, version 1", browser.waitFor(By.cssSelector("a.earlier-version")).getText(),
                () -> "the link says which version it is: " + earlier);
        assertTrue(browser.currentUrl().contains("id=" + meeting), "after an upload the address names the meeting, "
                + "so a reload sends nothing again: " + browser.currentUrl());
        browser.reload();
        assertEquals(1, browser.all(By.cssSelector("ul.papers > li")).size(), "a reload stores nothing");
        browser.checkAccessibility();

        browser.script("arguments[0].open = true;", browser.waitFor(By.cssSelector("details.earlier")));
        browser.click(By.cssSelector("a.earlier-version"));
        assertArrayEquals(firstBytes, Files.readAllBytes(browser.downloaded("Förslag mötesplan.docx")));
        browser.click(By.linkText(label));
        assertArrayEquals(secondBytes, Files.readAllBytes(browser.downloaded("forslag-v2.pdf")));
        browser.click(By.partialLinkText("mötespaketet"));
        Map<String, byte[]> pack = PaperFiles.entries(
                Files.readAllBytes(browser.downloaded("handlingar-LG-" + day + ".zip")));
        String packed = String.format("%02d", number) + ".01 forslag-v2.pdf";
        assertEquals(List.of("dagordning-LG-" + day + ".docx", packed), List.copyOf(pack.keySet()));
        assertArrayEquals(secondBytes, pack.get(packed));
        assertTrue(PaperFiles.wordText(pack.get("dagordning-LG-" + day + ".docx"))
                .contains(label + " (forslag-v2.pdf)"), "the agenda lists the paper by its number");

        MeetingFixtures.minutesStep(MeetingFixtures.SECRETARIAT, meeting, "SEND", null);
        MeetingFixtures.minutesStep(ApiClient.demo("member"), meeting, "APPROVE", null);
        upload("Ny handling till punkt " + number + ". " + item.getString("title"), "Sen bilaga", second);
        browser.waitForText(MESSAGES, "Anteckningarna är justerade: mötets handlingar kan inte längre ändras");
        assertFalse(browser.shown(By.id("paperUpload")), "the refusal shows the minutes approved, without the form");
        assertTrue(browser.text().contains("Anteckningarna är justerade: handlingarna kan inte längre ändras."));
        assertTrue(browser.shown(By.linkText(label)), "the papers stay");
        assertFalse(browser.text().contains("Sen bilaga"), "nothing stored");

        browser.openDialog(By.id("meetingActions:history"), By.id("historyDialog"));
        String history = browser.waitFor(By.id("historyForm")).getText();
        assertTrue(history.contains("Ändrad av Camilla Broo") && history.contains("Minnesanteckningar Skickade till "
                + "justerare Justerad") && history.contains("Skapad av Helene Olofsson"), history);
    }
}
