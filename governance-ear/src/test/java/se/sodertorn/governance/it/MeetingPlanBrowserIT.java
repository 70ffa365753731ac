package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The secretariat plans a year's meetings in the browser: proposals, the clash check against holidays and an
 * imported calendar, the decision; the decision register and a decision's chain; members only read the plan.
 */
class MeetingPlanBrowserIT extends BrowserTest {

    private static final ApiClient SECRETARIAT = ApiClient.demo("secretariat");

    /** An odd year from 2061 on without meetings (other tests take other ranges). */
    private static int freeYear() {
        return freeYear(2061, 2100);
    }

    /** An odd year from 2001 to 2019 without meetings: wholly in the past. */
    private static int freePastYear() {
        return freeYear(2001, 2020);
    }

    private static int freeYear(int from, int before) {
        int year = from;
        while (!ApiClient.array(SECRETARIAT.get("meetings?year=" + year)).isEmpty()) {
            year += 2;
        }
        assertTrue(year < before, "no free year left for the meeting plan test");
        return year;
    }

    /** The year's plan with LG meetings on the days, decided through the API. */
    private static void decidedPlan(int year, LocalDate... days) {
        long lg = ApiClient.array(SECRETARIAT.get("bodies")).getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("shortName").equals("LG")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        for (LocalDate day : days) {
            HttpResponse<String> created = SECRETARIAT.post("meetings", "{\"bodyId\":" + lg + ",\"start\":\"" + day
                    + "T08:30:00\",\"end\":\"" + day + "T10:30:00\",\"place\":\"Tumba\"}");
            assertEquals(201, created.statusCode(), created.body());
        }
        HttpResponse<String> decided = SECRETARIAT.post("meetings/plans/" + year + "/decision",
                "{\"day\":\"" + (year - 1) + "-12-01\",\"reference\":\"LG\"}");
        assertEquals(200, decided.statusCode(), decided.body());
    }

    /** Midsommarafton: the Friday from 19 to 25 June. */
    private static LocalDate midsummerEve(int year) {
        return LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** A calendar file with one all-day event on the day, and after it an event whose rule cannot be read. */
    private static Path icsWithEvent(LocalDate day, String summary) throws Exception {
        DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Governance tests//SV",
                "BEGIN:VEVENT", "UID:malartinget-" + day + "@governance-tests", "DTSTAMP:20240101T000000Z",
                "DTSTART;VALUE=DATE:" + day.format(basic), "DTEND;VALUE=DATE:" + day.plusDays(1).format(basic),
                "SUMMARY:" + summary, "END:VEVENT",
                "BEGIN:VEVENT", "UID:trasig-" + day + "@governance-tests", "DTSTAMP:20240101T000000Z",
                "DTSTART;VALUE=DATE:" + day.plusDays(1).format(basic), "RRULE:FREQ=ALDRIG", "SUMMARY:Trasig serie",
                "END:VEVENT", "END:VCALENDAR", "");
        Path directory = Files.createDirectories(Path.of("target", "calendars"));
        Path file = directory.resolve("malartinget-" + day.getYear() + ".ics");
        Files.writeString(file, ics, StandardCharsets.UTF_8);
        return file;
    }

    private void propose(LocalDate day, String place) {
        browser.openDialog(By.id("plan:propose"), By.id("proposalDialog"));
        browser.choose("proposal:body", "LG – Ledningsgruppen");
        browser.type(By.id("proposal:day_input"), day.toString());
        browser.type(By.id("proposal:place"), place);
        browser.click(By.id("proposal:save"));
        browser.waitForText(By.id("meetings:table"), place);
    }

    @Test
    void theSecretariatProposesChecksClashesAndDecidesTheYearsPlan() throws Exception {
        int year = freeYear();
        LocalDate midsummerEve = midsummerEve(year);
        LocalDate ordinaryDay = LocalDate.of(year, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("meetings/plan.xhtml?year=" + year);
        browser.waitForText(By.tagName("h1"), "Mötesplan " + year);

        propose(midsummerEve, "Hågelbygård");
        propose(ordinaryDay, "Huddinge kommunhus");
        browser.waitForText(By.id("planStatus"), "Utkast");
        browser.waitForText(By.id("clashes"), "Midsommarafton");

        String calendarName = "Mälartinget " + year;
        browser.type(By.id("calendarFile:fileName"), calendarName);
        browser.attach(By.cssSelector("[id='calendarFile'] input[type='file']"), icsWithEvent(ordinaryDay, "Mälartinget"));
        browser.click(By.id("calendarFile:importFile"));
        browser.waitForText(By.id("calendars:table"), calendarName);
        browser.waitForText(By.id("messages"), "1 händelse inläst, 1 hoppades över: ogiltig upprepningsregel");
        browser.waitForText(By.id("importReport"), "Rad 11: Trasig serie hoppades över – ogiltig upprepningsregel "
                + "(RRULE:FREQ=ALDRIG)");

        String clashes = browser.waitFor(By.id("clashes")).getText();
        assertTrue(clashes.contains("Helgdag") && clashes.contains("Midsommarafton"), clashes);
        assertTrue(clashes.contains("Extern kalender") && clashes.contains(calendarName + ": Mälartinget"), clashes);
        assertTrue(clashes.contains(midsummerEve.toString()) && clashes.contains(ordinaryDay.toString()), clashes);
        assertTrue(browser.all(By.cssSelector("[id='meetings:table'] tr.deviating")).size() == 2,
                "both clashing meetings are marked in the table");
        browser.checkAccessibility();

        browser.openDialog(By.id("plan:decide"), By.id("decideDialog"));
        browser.type(By.id("decideForm:reference"), "LG " + (year - 1) + "-12-01, punkt 4");
        browser.click(By.id("decideForm:confirmDecide"));
        browser.waitForText(By.id("planStatus"), "Beslutad");
        assertTrue(browser.waitFor(By.id("plan")).getText().contains("LG " + (year - 1) + "-12-01, punkt 4"),
                "the decision's reference is shown");
        assertTrue(browser.all(By.id("plan:decide")).isEmpty(), "a decided plan is not decided again");
        assertTrue(browser.waitFor(By.id("meetings:table")).getText().contains("Beslutat"), "proposals are scheduled");
        browser.checkAccessibility();
    }

    @Test
    void pastMeetingsCannotBeCancelledAndTheNextMeetingIsMarkedAndInView() {
        int past = freePastYear();
        decidedPlan(past, LocalDate.of(past, 3, 9), LocalDate.of(past, 10, 12));
        int coming = freeYear();
        LocalDate firstTuesday = LocalDate.of(coming, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        LocalDate[] weekly = new LocalDate[24];
        for (int week = 0; week < weekly.length; week++) {
            weekly[week] = firstTuesday.plusWeeks(week);
        }
        decidedPlan(coming, weekly);
        int cancelled = 20;
        ApiClient.array(SECRETARIAT.get("meetings?year=" + coming)).getValuesAs(JsonObject.class).stream()
                .sorted(Comparator.comparing(m -> m.getString("start"))).limit(cancelled)
                .forEach(m -> assertEquals(200, SECRETARIAT.post("meetings/" + m.getJsonNumber("id") + "/cancellation",
                        "{\"version\":" + m.getInt("version") + "}").statusCode()));
        LocalDate nextDay = weekly[cancelled];
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);

        browser.open("meetings/plan.xhtml?year=" + past);
        String pastMeetings = browser.waitFor(By.id("meetings:table")).getText();
        assertTrue(pastMeetings.contains(past + "-03-09") && pastMeetings.contains("Beslutat"), pastMeetings);
        assertFalse(pastMeetings.contains("Ställ in"), "meetings that took place are not cancelled");
        assertTrue(browser.all(By.cssSelector(".next-meeting")).isEmpty(), "nothing is coming in a past year");

        browser.open("meetings/plan.xhtml?year=" + coming);
        By next = By.cssSelector("[id='meetings:table'] tr.next-meeting");
        String nextRow = browser.waitFor(next).getText();
        assertTrue(nextRow.contains(nextDay.toString()) && nextRow.contains("Nästa möte"), nextRow);
        assertTrue(nextRow.contains("Ställ in"), "a coming meeting can be cancelled");
        assertEquals(1, browser.all(By.cssSelector(".next-meeting")).size());
        assertTrue(browser.inView(next), "the page opens with the next meeting in view, below the cancelled ones");
    }

    @Test
    void withoutAYearThePlanOfTheCurrentYearOpens() {
        browser.login("member", ApiClient.DEMO_PASSWORD);
        browser.open("meetings/plan.xhtml");
        browser.waitForText(By.tagName("h1"), "Mötesplan " + Year.now().getValue());
    }

    @Test
    void theDecisionRegisterLeadsToTheChainOfADecision() {
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("decisions/index.xhtml");
        browser.waitForText(By.id("register:table"), "2022-12-02");
        browser.type(By.id("register:table:globalFilter"), "SUP 2040");
        browser.settle();
        browser.waitForText(By.id("register:table"), "5 av 8");
        assertFalse(browser.waitFor(By.id("register:table")).getText().contains("2022-12-02"),
                "the search leaves only the decision on SUP 2040");
        browser.click(By.xpath("//*[@id='register:table']//tr[contains(., 'SUP 2040') and contains(., 'SSK')]//a"));
        browser.waitForText(By.tagName("h1"), "Beslut SSK 2023-01-12");
        browser.checkAccessibility();
        String chain = browser.waitFor(By.id("chainText")).getText();
        assertTrue(chain.contains("LG 2022-12-02 rekommenderar SSK") && chain.contains("SSK 2023-01-12 beslutade")
                && chain.contains("antaget av 5 av 8 KS"), chain);
        assertTrue(browser.waitFor(By.id("adoptions:table")).getText().contains("Nykvarn"), "every KS is listed");
    }

    @Test
    void theSecretariatKeepsABodysAgendaTemplateAndSeesItsChairRotation() {
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        browser.open("meetings/plan.xhtml?year=2023");
        browser.click(By.linkText("SSK"));
        browser.waitForText(By.tagName("h1"), "Samarbetskommittén (SSK)");
        browser.checkAccessibility();
        assertTrue(browser.waitFor(By.id("template:items")).getAttribute("value").contains("Val av justerare"),
                "the template lists its items");
        browser.click(By.id("template:saveTemplate"));
        browser.waitForText(By.id("messages"), "SSK");
        assertTrue(browser.waitFor(By.id("rotation:order")).getText().contains("Botkyrka (0127)"), "the order by code");
        assertTrue(browser.all(By.cssSelector("[id='rotation:turns_data'] > tr")).size() == 6, "six years of turns");
        browser.click(By.xpath("//*[@id='rotation:order']//tr[contains(., 'Salem')]//button[contains(., 'Upp')]"));
        browser.waitForText(By.xpath("//*[@id='rotation:order_data']/tr[1]"), "Salem");
        browser.click(By.tagName("h1")); // the pointer off the buttons: hovered flat buttons are a theme matter
        browser.checkAccessibility();
    }

    @Test
    void aMemberReadsThePlanWithoutEditing() {
        browser.login("member", ApiClient.DEMO_PASSWORD);
        browser.open("meetings/plan.xhtml?year=2023");
        browser.waitForText(By.id("planStatus"), "Beslutad");
        String meetings = browser.waitFor(By.id("meetings:table")).getText();
        assertTrue(meetings.contains("Hågelbygård") && meetings.contains("Datum justerat i efterhand (beslutat: 2023-04-27)"),
                meetings);
        assertTrue(browser.all(By.id("plan:propose")).isEmpty(), "members do not propose meetings");
        assertTrue(browser.all(By.id("plan:decide")).isEmpty(), "members do not decide the plan");
        assertTrue(browser.all(By.id("calendarFile")).isEmpty() && browser.all(By.id("calendarUrl")).isEmpty(),
                "members do not import calendars");
        assertFalse(meetings.contains("Ändra"), "members do not change meetings");
    }
}
