package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The secretariat drafts and decides a budget in the browser; directors follow it; nobody else edits. */
class BudgetBrowserIT extends BrowserTest {

    private void addLine(String category, String focusArea, String description, String amount) {
        browser.openDialog(By.id("budget:addLine"), By.id("lineDialog"));
        browser.choose("lineForm:category", category);
        if (focusArea != null) {
            browser.choose("lineForm:focusArea", focusArea);
        }
        browser.type(By.id("lineForm:description"), description);
        browser.type(By.id("lineForm:amount_input"), amount);
        browser.click(By.id("lineForm:save"));
        browser.waitForText(By.id("budget"), description);
    }

    /** The status the budget list shows for the year. */
    private String listedStatus(int year) {
        browser.open("budgets/index.xhtml");
        return browser.waitFor(By.xpath("//*[@id='list:table']//tr[.//a[normalize-space()='Budget " + year + "']]"
                + "//*[contains(@id, ':budgetStatus')]")).getText();
    }

    @Test
    void theSecretariatDraftsSplitsFollowsUpAndDecidesABudget() {
        int year = ApiClient.freePlanYear(2091, 2); // odd years above the test plans' even ones
        int created = ApiClient.demo("secretariat").post("plans",
                "{\"year\":" + year + ",\"name\":\"Budgetplan\",\"programme\":\"SUP 2040\"}").statusCode();
        assertEquals(201, created);
        browser.login("secretariat", ApiClient.DEMO_PASSWORD);
        assertEquals("Ingen budget", listedStatus(year), "a plan year without a budget");
        browser.open("budgets/budget.xhtml?year=" + year);
        browser.click(By.id("budget:create"));
        browser.waitForText(By.id("budgetStatus"), "Utkast");
        browser.waitForText(By.id("budget:focusAreaChartEmpty"), "Inga budgetrader för fokusområden att visa");
        assertTrue(browser.all(By.id("budget:focusAreaChart")).isEmpty(), "no bare axes without focus-area lines");

        addLine("Medlemsavgifter", null, "Medlemsavgifter " + year, "1000003");
        addLine("Fokusområde", "Klimat och hållbarhet", "Klimatarbete", "200000");
        assertTrue(browser.all(By.id("budget:focusAreaChart")).size() == 1, "a focus-area line is charted");
        browser.choose("budget:rule", "Lika delar");
        browser.click(By.id("budget:applyRule"));
        browser.waitForText(By.id("budget:contributionTotal"), "1");
        String contributions = browser.waitFor(By.id("budget:contributions")).getText();
        assertTrue(contributions.contains("125") && contributions.contains("Nykvarn"), contributions);
        assertTrue(browser.waitFor(By.id("budget:contributionTotal")).getText().replaceAll("\\D", "").equals("1000003"),
                browser.waitFor(By.id("budget:contributionTotal")).getText());

        browser.click(By.xpath("//tr[contains(., 'Klimatarbete')]//button[contains(., 'Prognos')]"));
        browser.waitFor(By.id("forecastDialog"));
        browser.type(By.id("forecastForm:forecastAmount_input"), "260000");
        browser.click(By.id("forecastForm:saveForecast"));
        browser.waitForText(By.xpath("//tr[contains(., 'Klimatarbete')]"), "avviker");
        browser.checkAccessibility();

        browser.click(By.xpath("//tr[contains(., 'Klimatarbete')]//button[contains(., 'Bokför utfall')]"));
        browser.waitFor(By.id("outcomeDialog"));
        browser.type(By.id("outcomeForm:outcomeAmount_input"), "50000");
        browser.type(By.id("outcomeForm:note"), "Föreläsare");
        browser.click(By.id("outcomeForm:book"));
        browser.waitForText(By.xpath("//tr[contains(., 'Klimatarbete')]"), "50");
        assertTrue(browser.waitFor(By.xpath("//tr[contains(., 'Klimatarbete')]")).getText().replaceAll("[\\s\\u00A0\\u202F]", "")
                .contains("50000kr"), "the booked outcome is shown on the line");

        browser.openDialog(By.id("budget:decide"), By.id("decideDialog"));
        browser.type(By.id("decideForm:reference"), "SSK " + year + "-01-12");
        browser.click(By.id("decideForm:confirmDecide"));
        browser.waitForText(By.id("budgetStatus"), "Beslutad");
        assertTrue(browser.all(By.id("budget:addLine")).isEmpty(), "a decided budget has no new lines");
        assertTrue(browser.all(By.id("budget:revise")).size() == 1, "a decided budget can be revised");
        assertEquals("Beslutad", listedStatus(year), "the list shows the budget's status, not the plan's (a draft)");

        browser.open("budgets/budget.xhtml?year=" + year);
        browser.click(By.id("budget:revise"));
        browser.waitForText(By.id("budgetStatus"), "Utkast");
        assertEquals("Beslutad", listedStatus(year), "the decided revision counts until the next one is decided");
    }

    @Test
    void aDirectorFollowsTheBudgetAndAMemberCannotEdit() {
        browser.login("director", ApiClient.DEMO_PASSWORD);
        browser.open("budgets/budget.xhtml?year=2023");
        assertTrue(browser.text().contains("Näringsliv och kompetensförsörjning"), browser::text);
        assertTrue(browser.text().contains("avviker"), "a forecast far below budget is highlighted");
        assertTrue(browser.all(By.id("budget:focusAreaChart")).size() == 1, "the chart per focus area is shown");
        assertTrue(browser.all(By.xpath("//button[contains(., 'Bokför utfall')]")).isEmpty(), "directors do not book");

        browser.click(By.id("nav:logout"));
        browser.login("member", ApiClient.DEMO_PASSWORD);
        browser.open("budgets/budget.xhtml?year=2023");
        assertTrue(browser.text().contains("Huddinge"), browser::text);
        assertTrue(browser.all(By.id("budget:revise")).isEmpty());
        assertTrue(browser.all(By.id("budget:applyRule")).isEmpty());
    }
}
