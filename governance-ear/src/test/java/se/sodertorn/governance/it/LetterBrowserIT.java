package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Letters to the executive boards in the browser: the secretariat opens the SSK decision on SUP 2040 (the demo's
 * decision awaiting KS adoption) and downloads the eight letters as a ZIP and one letter alone; each reads back
 * with its municipality, its board and the decision. A member sees no letters.
 */
class LetterBrowserIT extends BrowserTest {

    private static final List<String> MUNICIPALITIES = List.of("Botkyrka", "Haninge", "Huddinge", "Nykvarn",
            "Nynäshamn", "Salem", "Södertälje", "Tyresö");

    private void openSupDecision() {
        browser.open("decisions/index.xhtml");
        browser.type(By.id("register:table:globalFilter"), "SUP 2040");
        browser.settle();
        browser.waitForText(By.id("register:table"), "5 av 8");
        browser.click(By.xpath("//*[@id='register:table']//tr[contains(., 'SUP 2040') and contains(., 'SSK')]//a"));
        browser.waitForText(By.tagName("h1"), "Beslut SSK 2023-01-12");
    }

    @Test
    void theEightLettersOfTheSup2040DecisionEachNameTheirBoardAndTheDecision() throws IOException {
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        openSupDecision();
        browser.checkAccessibility();
        browser.openDialog(By.id("decisionHistory:history"), By.id("historyDialog"));
        String history = browser.waitFor(By.id("historyForm")).getText();
        assertTrue(history.contains("Skapad av programmet självt") && history.contains("Beslutet"), history);
        browser.click(By.id("historyForm:close"));
        browser.click(By.id("letters:all"));
        Map<String, byte[]> letters = PaperFiles.entries(
                Files.readAllBytes(browser.downloaded("ks-brev-SSK-2023-01-12.zip")));
        assertEquals(MUNICIPALITIES.stream().map(m -> "ks-brev-" + m + "-SSK-2023-01-12.docx").toList(),
                List.copyOf(letters.keySet()));
        for (String municipality : MUNICIPALITIES) {
            String text = PaperFiles.wordText(letters.get("ks-brev-" + municipality + "-SSK-2023-01-12.docx"));
            assertTrue(text.contains("Till\tKommunstyrelsen i " + municipality + " kommun"), text);
            assertTrue(text.contains("Samarbetskommittén beslutar att anta utvecklingsprogrammet SUP 2040"), text);
            assertTrue(text.contains("Ärende: Nytt utvecklingsprogram SUP 2040"), text);
            assertTrue(text.contains("Kommunstyrelsen i " + municipality + " kommun antar SSK:s beslut den 12 januari"
                    + " 2023 om Nytt utvecklingsprogram SUP 2040."), text);
            assertTrue(text.contains("5 av 8 har antagit det hittills"), text);
            MUNICIPALITIES.stream().filter(other -> !other.equals(municipality)).forEach(other ->
                    assertFalse(text.contains("Kommunstyrelsen i " + other + " kommun"), "only its own board"));
        }

        browser.click(By.xpath("//button[contains(., 'Brev till KS i Nykvarn')]"));
        String nykvarn = PaperFiles.wordText(Files.readAllBytes(
                browser.downloaded("ks-brev-Nykvarn-SSK-2023-01-12.docx")));
        assertTrue(nykvarn.contains("Kommunstyrelsen i Nykvarn kommun"), nykvarn);
        assertFalse(nykvarn.contains("bidrag enligt budgeten"), "no money unless the secretary says so");

        browser.click(By.cssSelector("[id='letters:withContribution'] .ui-chkbox-box"));
        browser.click(By.xpath("//button[contains(., 'Brev till KS i Salem')]"));
        String salem = PaperFiles.wordText(Files.readAllBytes(browser.downloaded("ks-brev-Salem-SSK-2023-01-12.docx")));
        assertTrue(salem.matches("(?s).*Salems bidrag enligt budgeten för 2023: [0-9\\u00a0 ]+ kr \\([0-9,]+ % av "
                + "kommunernas bidrag\\)\\..*"), salem);
        assertTrue(salem.contains("Kommunstyrelsen i Salem kommun antog beslutet den 2023-03-20."), salem);
    }

    @Test
    void aMemberSeesTheAdoptionsButNoLetters() {
        browser.login("member", ApiClient.DEMO_PASSWORD);
        openSupDecision();
        assertTrue(browser.shown(By.id("adoptions:table")));
        assertFalse(browser.shown(By.id("letters")), "letters are the secretariat's");
    }
}
