package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The follow-up download over HTTP, for every role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanApiIT {

    private static final String FOLLOW_UP_2022 = "plans/2022/follow-up.xlsx";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void directorsTheSecretariatAndAdminDownloadAWorkbookNamedForThePlan() throws Exception {
        for (String user : new String[] {"director", "secretariat", "admin"}) {
            HttpResponse<byte[]> response = ApiClient.demo(user).download(FOLLOW_UP_2022);
            assertEquals(200, response.statusCode(), user);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            assertEquals("attachment; filename=\"uppfoljning-2022-nulage.xlsx\"; filename*=UTF-8''uppfoljning-2022-nulage.xlsx",
                    response.headers().firstValue("Content-Disposition").orElse(""));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                assertEquals("Verksamhetsplan 2022", findText(workbook, "Verksamhetsplan 2022"));
            }
        }
    }

    @Test
    void membersAndStrangersAreRefusedAndUnknownYearsExplained() {
        assertEquals(403, ApiClient.demo("member").download(FOLLOW_UP_2022).statusCode());
        assertEquals(401, ApiClient.as("nobody", "wrong-password").download(FOLLOW_UP_2022).statusCode());
        assertEquals(401, ApiClient.anonymous().download(FOLLOW_UP_2022).statusCode());
        assertEquals(422, ApiClient.demo("director").download("plans/1999/follow-up.xlsx").statusCode());
        assertEquals(404, ApiClient.demo("director").download(FOLLOW_UP_2022 + "?round=987654").statusCode());
    }

    @Test
    void theSecretariatCreatesAPlanAndActivitiesThroughTheApiAndAMemberCannot() {
        int year = ApiClient.freePlanYear(2001, 2); // odd: the browser test takes even years
        String plan = "{\"year\":" + year + ",\"name\":\"Plan via API\",\"programme\":\"SUP 2040\"}";
        assertEquals(403, ApiClient.demo("member").post("plans", plan).statusCode());
        HttpResponse<String> created = ApiClient.demo("secretariat").post("plans", plan);
        assertEquals(201, created.statusCode(), created::body);
        String activity = "{\"focusArea\":\"Klimat och hållbarhet\",\"title\":\"Via API\",\"budget\":1500}";
        assertEquals(403, ApiClient.demo("director").post("plans/" + year + "/activities", activity).statusCode());
        HttpResponse<String> added = ApiClient.demo("secretariat").post("plans/" + year + "/activities", activity);
        assertEquals(201, added.statusCode(), added::body);
        assertEquals("PLANNED", ApiClient.object(added).getString("status"));
        assertEquals(400, ApiClient.demo("secretariat").post("plans/" + year + "/activities",
                "{\"focusArea\":\"Finns inte\",\"title\":\"x\"}").statusCode());
    }

    private static String findText(XSSFWorkbook workbook, String text) {
        for (var row : workbook.getSheetAt(0)) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().contains(text)) {
                    return text;
                }
            }
        }
        return null;
    }
}
