package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;

/**
 * Every page of the menu and the pages they lead to with their parameters, with the data those pages need made for
 * them: a plan of a free year, a prepared LG meeting on a free day, and a decision at that meeting.
 */
final class AllPages {

    /** The pages of the menu, as the administrator sees it. */
    static final List<String> MENU = List.of("index.xhtml", "register/municipalities.xhtml",
            "register/bodies.xhtml", "register/persons.xhtml", "plans/index.xhtml", "plans/programmes.xhtml",
            "budgets/index.xhtml", "meetings/plan.xhtml", "meetings/actions.xhtml", "decisions/index.xhtml",
            "meetings/calendar.xhtml", "admin/users.xhtml", "account.xhtml");

    /** The pages, the plan's year, and the meeting (its id and day) they show. */
    record Made(List<String> pages, int planYear, long meeting, LocalDate day) {
    }

    private AllPages() {
    }

    /**
     * Makes the data through the API and, for the decision, in the browser (logged in as the administrator), and
     * lists the menu's pages and those with parameters. Plan years are taken from {@code firstYear} on in steps of
     * four, so that tests that take different first years never take the same year.
     */
    static Made make(Browser browser, int firstYear) {
        int planYear = ApiClient.freePlanYear(firstYear, 4);
        HttpResponse<String> plan = MeetingFixtures.SECRETARIAT.post("plans", "{\"year\":" + planYear
                + ",\"name\":\"Verksamhetsplan " + planYear + "\",\"programme\":\"SUP 2040\"}");
        assertEquals(201, plan.statusCode(), plan.body());
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        long lg = MeetingFixtures.bodyId("LG");

        browser.open("meetings/meeting.xhtml?id=" + meeting);
        browser.openDialog(By.id("agenda:items:3:addDecision"), By.id("decisionDialog"));
        browser.type(By.id("decisionForm:text"), "Ledningsgruppen beslutar enligt förslaget " + day + ".");
        browser.click(By.id("decisionForm:save"));
        String chain = browser.waitFor(By.xpath("//a[contains(@href, 'decisions/decision.xhtml')]")).getAttribute("href");
        String decision = chain.substring(chain.indexOf("decisions/decision.xhtml"));

        List<String> pages = new ArrayList<>(MENU);
        pages.addAll(List.of("plans/plan.xhtml?year=" + planYear, "budgets/budget.xhtml?year=" + planYear,
                "meetings/plan.xhtml?year=" + day.getYear(), "meetings/meeting.xhtml?id=" + meeting,
                "meetings/body.xhtml?id=" + lg, "register/body.xhtml?id=" + lg, decision,
                "meetings/actions.xhtml?mine=true", "meetings/calendar.xhtml?body=" + lg, "search.xhtml?q=beslut",
                "admin/changes.xhtml?user=secretariat"));
        return new Made(List.copyOf(pages), planYear, meeting, day);
    }
}
