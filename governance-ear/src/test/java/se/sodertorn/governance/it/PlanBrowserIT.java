package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The secretariat keeps a plan in the browser; directors download its follow-up; members only read. */
class PlanBrowserIT extends BrowserTest {

    @Test
    void theSecretariatCreatesAPlanFollowsItUpTakesARoundAndDownloadsTheWorkbook() throws Exception {
        int year = ApiClient.freePlanYear(2000, 2); // even: the API test takes odd years
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("plans/index.xhtml");
        browser.openDialog(By.id("list:add"), By.id("editDialog"));
        browser.type(By.id("edit:year_input"), String.valueOf(year));
        browser.type(By.id("edit:name"), "Verksamhetsplan " + year);
        browser.choose("edit:programme", "SUP 2040");
        browser.click(By.xpath("//*[@id='edit:areas']//label[contains(., 'Klimat och hållbarhet')]"));
        browser.click(By.id("edit:save"));
        browser.waitForText(By.tagName("h1"), "Verksamhetsplan " + year);
        browser.checkAccessibility();
        browser.waitForText(By.id("dashboard:statusChartEmpty"), "Inga aktiviteter att visa");
        assertTrue(browser.all(By.id("dashboard:statusChart")).isEmpty() && browser.all(By.id("dashboard:moneyChart"))
                .isEmpty(), "no bare axes without activities");
        assertTrue(browser.all(By.id("plan:takeRound")).isEmpty(), "a draft is not followed up");

        browser.openDialog(By.id("activities:add"), By.id("activityDialog"));
        browser.type(By.id("edit:title"), "Seminarium om laddinfrastruktur");
        browser.choose("edit:focusArea", "Klimat och hållbarhet");
        browser.click(By.id("edit:save"));
        browser.waitForText(By.id("activities:table"), "Seminarium om laddinfrastruktur");
        browser.waitForText(By.id("activities:matches"), "1 aktivitet");
        assertEquals("status", browser.waitFor(By.id("activities:matches")).getAttribute("role"),
                "a screen reader hears how many activities the search found");
        browser.type(By.id("activities:table:globalFilter"), "cykelbana");
        browser.waitForText(By.id("activities:matches"), "Inga aktiviteter");
        browser.type(By.id("activities:table:globalFilter"), "LADDinfra");
        browser.waitForText(By.id("activities:matches"), "1 aktivitet");
        browser.waitForText(By.id("activities:table"), "Seminarium om laddinfrastruktur");
        List<Double> ticks = browser.chartTicks("dashboard:statusChart");
        assertTrue(ticks.contains(1.0) && ticks.stream().allMatch(tick -> tick == Math.rint(tick)),
                "one activity is counted in whole numbers: " + ticks);

        browser.click(By.cssSelector("[id='activities:table'] .ui-row-editor-pencil"));
        browser.choose("activities:table:0:rowStatus", "Genomförd");
        browser.click(By.cssSelector("[id='activities:table'] .ui-row-editor-check"));
        browser.waitForText(By.id("activities:table"), "Genomförd");
        browser.waitForText(By.id("activities:table"), "100 %");

        browser.click(By.id("plan:adopt"));
        browser.waitForText(By.id("status"), "Fastställd");
        browser.openDialog(By.id("plan:takeRound"), By.id("roundDialog"));
        LocalDate lastDayOfYear = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now();
        assertEquals((lastDayOfYear.isBefore(today) ? lastDayOfYear : today).toString(),
                browser.waitFor(By.id("roundForm:roundDate_input")).getAttribute("value"),
                "a round of a past year is dated on its last day");
        browser.type(By.id("roundForm:roundName"), "Tertial 1 " + year);
        browser.click(By.id("roundForm:confirmRound"));
        browser.waitForText(By.id("plan"), "Tertial 1 " + year);

        browser.click(By.id("download:downloadButton"));
        Path file = browser.downloaded("uppfoljning-" + year + "-nulage.xlsx");
        assertTrue(rowContains(file, "Seminarium om laddinfrastruktur", "Genomförd"), "the activity's row says done");

        Path tooLong = commentIn(file, "Seminarium om laddinfrastruktur", "Lång berättelse. ".repeat(300));
        browser.attach(By.id("upload:file"), tooLong);
        browser.click(By.id("upload:uploadButton"));
        browser.waitForText(By.id("importProblems"),
                "Blad Klimat och hållbarhet, rad 2: Kolumnen Kommentar: För lång text: högst 4000 tecken.");
        browser.waitForText(By.id("importProblemsEffect"), "Raderna med fel sparas inte.");
        browser.checkAccessibility();
        assertFalse(browser.waitFor(By.id("upload:applyImport")).isEnabled(), "the refused row is all there is");
        browser.click(By.id("upload:cancelImport"));

        Path edited = commentIn(file, "Seminarium om laddinfrastruktur", "Genomfört med 40 deltagare");
        browser.attach(By.id("upload:file"), edited);
        browser.click(By.id("upload:uploadButton"));
        browser.waitForText(By.id("upload"), "Genomfört med 40 deltagare");
        String change = browser.waitFor(By.id("upload:changes")).getText();
        assertFalse(change.contains("→"), "status and progress did not change, so they are not shown as changes: " + change);
        browser.checkAccessibility();
        assertFalse(browser.waitFor(By.id("activities:table")).getText().contains("Genomfört med 40 deltagare"),
                "nothing is saved before the secretariat confirms");
        browser.click(By.id("upload:applyImport"));
        browser.waitForText(By.tagName("body"), "Uppföljningen av 1 aktivitet är sparad.");
        browser.waitForText(By.id("activities:table"), "Genomfört med 40 deltagare");
    }

    /** The downloaded workbook with a comment typed into the activity's row, as a responsible person would. */
    private static Path commentIn(Path workbookFile, String title, String comment) throws Exception {
        Path edited = workbookFile.resolveSibling("ifylld.xlsx");
        try (InputStream in = Files.newInputStream(workbookFile); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                Row heading = sheet.getRow(0);
                for (Row row : sheet) {
                    Cell first = row.getCell(1);
                    if (first != null && first.getCellType() == CellType.STRING && title.equals(first.getStringCellValue())) {
                        for (Cell cell : heading) {
                            if ("Kommentar".equals(cell.getStringCellValue())) {
                                Cell target = row.getCell(cell.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                                target.setBlank();
                                target.setCellValue(comment);
                            }
                        }
                    }
                }
            }
            try (var out = Files.newOutputStream(edited)) {
                workbook.write(out);
            }
        }
        return edited;
    }

    @Test
    void aDirectorDownloadsTheFollowUpButCannotEdit() throws Exception {
        browser.login("director", ApiClient.DEMO_PASSWORD);
        browser.open("plans/plan.xhtml?year=2022");
        assertTrue(browser.text().contains("Gemensamt remissvar på länsplanen"), browser::text);
        assertTrue(browser.all(By.id("activities:add")).isEmpty(), "no add button for a director");
        assertTrue(browser.all(By.cssSelector(".ui-row-editor-pencil")).isEmpty(), "no quick edit for a director");
        assertTrue(browser.all(By.id("upload")).isEmpty(), "no upload for a director");

        browser.choose("download:downloadRound", "Helår 2022");
        browser.click(By.id("download:downloadButton"));
        Path file = browser.downloaded("uppfoljning-2022-helar.xlsx");
        assertTrue(rowContains(file, "Företagsklimatmätning och gemensamma åtgärder", "Ej genomförd"),
                "Näringsliv's activities are not done at Helår 2022");
    }

    @Test
    void aMemberReadsThePlanButNeitherEditsNorDownloads() {
        browser.login("member", ApiClient.DEMO_PASSWORD);
        browser.open("plans/plan.xhtml?year=2022");
        assertTrue(browser.text().contains("Näringsliv och högskola"), browser::text);
        assertTrue(browser.all(By.id("download")).isEmpty(), "no download for a member");
        assertTrue(browser.all(By.id("plan:takeRound")).isEmpty());
        assertFalse(browser.text().contains("Ny aktivitet"));
        browser.open("plans/programmes.xhtml");
        assertTrue(browser.text().contains("Inte ännu"), "some executive boards have not adopted SUP 2040 yet");
    }

    /** Whether a row of a focus-area sheet has both texts, e.g. an activity's title and its status. */
    private static boolean rowContains(Path file, String title, String text) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    java.util.List<String> texts = new java.util.ArrayList<>();
                    row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : ""));
                    if (texts.contains(title) && texts.contains(text)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
