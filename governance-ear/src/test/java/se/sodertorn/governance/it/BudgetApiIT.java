package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
    void anUnknownYearIsExplainedAndStrangersAreRefused() {
        assertEquals(422, ApiClient.demo("director").get("budgets/1999").statusCode());
        assertEquals(401, ApiClient.anonymous().get("budgets/2023").statusCode());
    }
}
