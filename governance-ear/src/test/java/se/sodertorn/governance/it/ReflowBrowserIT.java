package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages at 320 CSS pixels wide (a 1280 pixel window at 400 % zoom, WCAG 1.4.10) never scroll sideways, keep the
 * header's language switch and logout in view, wrap their table cells instead of cutting them off and fold the menu
 * behind a button; the dialogs at 200 % zoom (640 by 500) and at 320 wide fit the window and their save button can be
 * scrolled into view inside them.
 */
class ReflowBrowserIT extends BrowserTest {

    /** Pages with wide content of the demo: the year 2023's plan, budget and meeting plan. */
    private static final List<String> DEMO = List.of("plans/plan.xhtml?year=2023", "budgets/budget.xhtml?year=2023",
            "meetings/plan.xhtml?year=2023");

    @Test
    void noPageScrollsSidewaysAt320PixelsAndTheMenuFoldsBehindAButton() {
        ApiClient.useLanguage("admin", "sv");
        browser.resize(320, 640);
        browser.open("login.xhtml");
        assertEquals(0, browser.sidewaysScroll(), () -> "the login page scrolls sideways: " + browser.outsideOfWindow());
        browser.login("admin", ApiClient.DEMO_PASSWORD);
        List<String> pages = new ArrayList<>(AllPages.make(browser, 2073).pages());
        pages.addAll(DEMO);

        Map<String, String> sideways = new LinkedHashMap<>();
        Map<String, String> headings = new LinkedHashMap<>();
        Map<String, List<String>> clipped = new LinkedHashMap<>();
        for (String page : pages) {
            browser.open(page);
            browser.screenshot("reflow-320-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
            if (browser.sidewaysScroll() > 0) {
                sideways.put(page, browser.sidewaysScroll() + " px: " + browser.outsideOfWindow());
            }
            if (!browser.clippedCells().isEmpty()) {
                clipped.put(page, browser.clippedCells());
            }
            browser.script("window.scrollTo(0, 0);");
            assertTrue(browser.insideWindow(By.id("nav:language")) && browser.insideWindow(By.id("nav:logout")),
                    page + ": the language switch and logout stay in the window");
            headings.put(page.replaceAll("\\?.*", ""), browser.waitFor(By.tagName("h1")).getText());
        }
        assertEquals(Map.of(), sideways, "pages that scroll sideways at 320 px");
        assertEquals(Map.of(), clipped, "table cells that cut their text off instead of wrapping it");
        assertNotEquals(headings.get("register/body.xhtml"), headings.get("meetings/body.xhtml"),
                "the body's register page and its meeting settings have headings of their own");

        assertFalse(browser.waitFor(By.id("menuToggle")).getAttribute("aria-expanded").equals("true"));
        assertTrue(browser.all(By.id("nav:home")).stream().noneMatch(link -> link.isDisplayed()), "the menu is folded");
        assertEquals("Huvudmeny", browser.waitFor(By.cssSelector("nav")).getAttribute("aria-label"),
                "the menu is a navigation landmark with a name");
        browser.click(By.id("menuToggle"));
        assertEquals("true", browser.waitFor(By.id("menuToggle")).getAttribute("aria-expanded"));
        browser.waitFor(By.id("nav:home"));
        browser.checkAccessibility();
        assertEquals(0, browser.sidewaysScroll(), () -> "the open menu fits: " + browser.outsideOfWindow());
        browser.screenshot("reflow-320-menu-open");
    }

    @Test
    void dialogsFitTheWindowAt200PercentAnd320PixelsAndTheirSaveButtonCanBeReached() {
        ApiClient.useLanguage("admin", "sv");
        browser.login("admin", ApiClient.DEMO_PASSWORD);
        AllPages.Made made = AllPages.make(browser, 2074);
        List<Dialog> dialogs = List.of(
                new Dialog("plans/plan.xhtml?year=" + made.planYear(), "activities:add", "activityDialog", "edit:save"),
                new Dialog("meetings/meeting.xhtml?id=" + made.meeting(), "agenda:items:0:addDecision", "decisionDialog",
                        "decisionForm:save"),
                new Dialog("meetings/meeting.xhtml?id=" + made.meeting(), "agenda:items:0:addAction", "actionDialog",
                        "actionForm:save"),
                new Dialog("meetings/plan.xhtml?year=" + made.day().getYear(), "plan:propose", "proposalDialog",
                        "proposal:save"),
                new Dialog("register/body.xhtml?id=" + MeetingFixtures.bodyId("LG"), "sitting:add", "editDialog",
                        "edit:save"),
                new Dialog("plans/index.xhtml", "list:add", "editDialog", "edit:save"),
                new Dialog("register/persons.xhtml", "list:table:add", "editDialog", "edit:save"),
                new Dialog("register/bodies.xhtml", "list:table:add", "editDialog", "edit:save"),
                new Dialog("admin/users.xhtml", "list:table:add", "editDialog", "edit:save"));
        List<String> unreachable = new ArrayList<>();
        for (int[] size : new int[][] {{640, 500}, {320, 640}}) {
            browser.resize(size[0], size[1]);
            for (Dialog dialog : dialogs) {
                browser.open(dialog.page());
                browser.openDialog(By.id(dialog.trigger()), By.id(dialog.dialog()));
                String where = size[0] + "x" + size[1] + " " + dialog.page() + " " + dialog.dialog();
                if (!browser.insideWindow(By.id(dialog.dialog())) || !browser.reachable(By.id(dialog.save()))) {
                    unreachable.add(where);
                }
                browser.screenshot("dialog-" + where.replaceAll("[^A-Za-z0-9]+", "-"));
            }
        }
        assertEquals(List.of(), unreachable, "dialogs that leave the window or whose save button cannot be reached");

        browser.resize(640, 500);
        browser.open("plans/plan.xhtml?year=" + made.planYear());
        browser.openDialog(By.id("activities:add"), By.id("activityDialog"));
        browser.type(By.id("edit:title"), "Kompetensförsörjningsinsatser i samverkan vid 200 procents förstoring");
        browser.choose("edit:focusArea", "Klimat och hållbarhet");
        browser.click(By.id("edit:save"));
        browser.waitForText(By.id("activities:table"), "Kompetensförsörjningsinsatser");
        assertEquals(0, browser.sidewaysScroll(), () -> "the plan page with the activity: " + browser.outsideOfWindow());
    }

    private record Dialog(String page, String trigger, String dialog, String save) {
    }
}
