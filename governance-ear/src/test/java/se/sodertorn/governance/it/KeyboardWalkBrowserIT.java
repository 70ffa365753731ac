package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A person who uses only the keyboard runs a meeting, edits an activity and adds a budget line: every step is keys
 * sent to the element that has focus (Tab, Enter, Space, arrows, Escape and typing), never a click, and every step
 * leaves a screenshot in target/screenshots (keyboard-…).
 */
class KeyboardWalkBrowserIT extends BrowserTest {

    private int step;

    private void shot(String walk, String what) {
        step++;
        browser.screenshot("keyboard-" + walk + "-" + step + "-" + what);
    }

    /** Logs in by keyboard: Tab to the user name, type it, Tab, the password, Enter. */
    private void logIn() {
        browser.open("login.xhtml");
        browser.tabTo(By.id("login:username"));
        browser.press("secretariat", Keys.TAB, ApiClient.DEMO_PASSWORD, Keys.ENTER);
        browser.waitFor(By.id("nav:logout"));
        browser.checkAccessibility();
    }

    /** Presses the button by keyboard and waits until focus is back on it, when its update has drawn it anew. */
    private void pressAndStay(String button, By changed, String text) {
        browser.tabToAndEnter(By.id(button));
        browser.waitForText(changed, text);
        browser.waitForFocus(button);
    }

    @Test
    void aKeyboardUserRunsAMeeting() {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.propose(MeetingFixtures.bodyId("LG"), day);
        String decision = "Ledningsgruppen beslutar med tangentbordet " + day + ".";
        logIn();
        browser.open("meetings/meeting.xhtml?id=" + meeting);
        shot("meeting", "opened");

        browser.tabToAndEnter(By.id("agenda:prepare"));
        browser.waitFor(By.id("agenda:items:0:notes"));
        browser.checkAccessibility();
        shot("meeting", "prepared");

        browser.tabBackTo(By.xpath("//*[@id='attendance:lines']//tr[contains(., 'Leif Eriksson')]//input[@type='checkbox']"));
        browser.press(Keys.SPACE);
        browser.waitForText(By.id("attendanceSummary"), "Ej närvarande: 1");
        assertTrue(browser.focused().startsWith("attendance:lines:"), "focus stays on the box: " + browser.focused());
        shot("meeting", "absent");

        browser.tabBackTo(By.id("roles:adjuster_label"));
        browser.press("Camilla");
        browser.waitForText(By.id("roles:adjuster_label"), "Camilla Broo");
        pressAndStay("roles:save", By.id("messages"), "Sparat");
        shot("meeting", "adjuster");

        browser.tabTo(By.id("agenda:items:0:notes"));
        browser.press("Mötet öppnades med tangentbordet " + day + ".");
        pressAndStay("agenda:items:0:save", By.id("messages"), "Sparat: 1.");
        shot("meeting", "notes");

        browser.openDialogByKeyboard(By.id("agenda:items:0:addDecision"), By.id("decisionDialog"), "decisionForm:text");
        browser.press(decision);
        shot("meeting", "decision-dialog");
        browser.tabToAndEnter(By.id("decisionForm:save"));
        browser.waitForText(By.id("agenda"), decision);
        browser.waitForFocus("agenda:items:0:addDecision");
        shot("meeting", "decision");

        browser.tabToAndEnter(By.id("minutes:send"));
        browser.waitForText(By.id("minutesStatus"), "Skickade till justerare");
        browser.checkAccessibility();
        shot("meeting", "sent");
    }

    @Test
    void aKeyboardUserEditsAnActivity() {
        int year = KeyboardBrowserIT.newPlan();
        String title = "Samordnad upphandling " + year;
        HttpResponse<String> created = MeetingFixtures.SECRETARIAT.post("plans/" + year + "/activities",
                "{\"focusArea\":\"Klimat och hållbarhet\",\"title\":\"" + title + "\",\"plannedStart\":\"" + year
                        + "-04-01\",\"plannedEnd\":\"" + year + "-09-30\",\"budget\":50000}");
        assertEquals(201, created.statusCode(), created.body());
        String row = "//*[@id='activities:table_data']/tr[contains(., '" + title + "')]";
        logIn();
        browser.open("plans/plan.xhtml?year=" + year);
        shot("activity", "opened");

        browser.tabToAndEnter(By.xpath(row + "//a[contains(@class, 'ui-row-editor-pencil')]"));
        browser.waitFor(By.id("activities:table:0:rowProgress_input"));
        browser.checkAccessibility();
        assertEquals("activities:table:0:rowStatus_label", browser.focused(), "row edit starts at the status");
        browser.press(Keys.ARROW_DOWN);
        browser.press(Keys.TAB, Keys.chord(Keys.CONTROL, "a"), "40", Keys.TAB, "Upphandlingen har börjat.");
        shot("activity", "row-edit");
        browser.tabToAndEnter(By.xpath(row + "//a[contains(@class, 'ui-row-editor-check')]"));
        browser.waitForText(By.xpath(row), "Upphandlingen har börjat.");
        String followedUp = browser.waitFor(By.xpath(row)).getText();
        assertTrue(followedUp.contains("Pågående") && followedUp.contains("40"), followedUp);
        shot("activity", "followed-up");

        browser.openDialogByKeyboard(By.id("activities:table:0:edit"), By.id("activityDialog"), "edit:title");
        browser.tabTo(By.id("edit:start_input"));
        browser.press(Keys.chord(Keys.CONTROL, "a"), "1.3." + year, Keys.TAB);
        shot("activity", "dialog");
        browser.tabToAndEnter(By.id("edit:save"));
        browser.waitForText(By.xpath(row), year + "-03-01");
        browser.waitForFocus("activities:table:0:edit");
        shot("activity", "saved");
    }

    @Test
    void aKeyboardUserAddsABudgetLine() {
        int year = KeyboardBrowserIT.newPlan();
        String description = "Konferens hösten " + year;
        logIn();
        browser.open("budgets/budget.xhtml?year=" + year);
        browser.tabToAndEnter(By.id("budget:create"));
        browser.waitForText(By.id("budgetStatus"), "Utkast");
        shot("budget", "created");

        browser.openDialogByKeyboard(By.id("budget:addLine"), By.id("lineDialog"), "lineForm:category_label");
        browser.press("Konf");
        browser.waitForText(By.id("lineForm:category_label"), "Konferens");
        browser.tabTo(By.id("lineForm:description"));
        browser.press(description, Keys.TAB, "125000");
        shot("budget", "line-dialog");
        browser.tabToAndEnter(By.id("lineForm:save"));
        browser.waitForText(By.id("budget"), description);
        browser.waitForFocus("budget:addLine");
        String line = browser.waitFor(By.xpath("//tr[contains(., '" + description + "')]")).getText();
        assertTrue(line.contains("Konferens") && line.replaceAll("\\D", "").contains("125000"), line);
        browser.checkAccessibility();
        shot("budget", "line-added");
    }
}
