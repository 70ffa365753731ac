package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The budget as JSON over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BudgetApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theBudgetOf2023HasItsLinesAndEachMunicipalitysContribution() {
        HttpResponse<String> response = ApiClient.demo("member").get("budgets/2023");
        assertEquals(200, response.statusCode());
        JsonObject budget = ApiClient.object(response);
        assertEquals("DECIDED", budget.getString("status"));
        assertEquals(8, budget.getJsonArray("contributions").size());
        long total = budget.getJsonArray("contributions").getValuesAs(JsonObject.class).stream()
                .mapToLong(c -> c.getJsonNumber("amount").longValue()).sum();
        assertEquals(5_134_000L, total);
        JsonObject salem = budget.getJsonArray("contributions").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("municipality").equals("Salem")).findFirst().orElseThrow();
        assertEquals("0128", salem.getString("code"));
        assertEquals(17_500, salem.getInt("population"));
        assertEquals(175_000L, salem.getJsonNumber("amount").longValue());
        assertTrue(budget.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("category").equals("SECRETARIAT") && l.getJsonNumber("outcome").doubleValue() > 0));
    }

    @Test
    void theBudgetWorkbookHasTheBudgetWithFormulasAndTheContributions() throws Exception {
        HttpResponse<byte[]> response = ApiClient.demo("director").download("budgets/2023.xlsx");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("budget-2023.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet contributions = workbook.getSheet("Medlemsavgifter");
            Sheet budget = workbook.getSheet("Budget");
            assertTrue(budget != null && contributions != null);
            assertTrue(anyFormula(budget), "totals and deviations are formulas Excel recomputes");
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            assertTrue(numbers(contributions).contains(5_134_000.0), "the contributions add up to the members' total");
        }
    }

    @Test
    void theFollowUpWorkbookOfTheYearCarriesItsBudget() throws Exception {
        HttpResponse<byte[]> response = ApiClient.demo("director").download("plans/2023/follow-up.xlsx");
        assertEquals(200, response.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertTrue(workbook.getSheet("Budget") != null && workbook.getSheet("Medlemsavgifter") != null);
        }
    }

    private static boolean anyFormula(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    return true;
                }
            }
        }
        return false;
    }

    private static java.util.List<Double> numbers(Sheet sheet) {
        java.util.List<Double> numbers = new java.util.ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC
                        || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                    numbers.add(cell.getNumericCellValue());
                }
            }
        }
        return numbers;
    }

    @Test
    void aDecidedBudgetRefusesNewLinesThroughTheApiAndMembersCannotWrite() {
        String line = "{\"category\":\"GRANT\",\"description\":\"Bidrag i efterhand\",\"amount\":1000}";
        assertEquals(403, ApiClient.demo("member").post("budgets/2023/lines", line).statusCode());
        HttpResponse<String> refused = ApiClient.demo("secretariat").post("budgets/2023/lines", line);
        assertEquals(422, refused.statusCode());
        assertEquals("budget.notDraft", ApiClient.object(refused).getString("error"));
        assertTrue(ApiClient.object(ApiClient.demo("member").get("budgets/2023")).getJsonArray("lines")
                .getValuesAs(JsonObject.class).stream().noneMatch(l -> l.getString("description").equals("Bidrag i efterhand")));
    }

    @Test
    void anUnknownYearIsExplainedAndStrangersAreRefused() {
        assertEquals(422, ApiClient.demo("director").get("budgets/1999").statusCode());
        assertEquals(401, ApiClient.anonymous().get("budgets/2023").statusCode());
    }
}
