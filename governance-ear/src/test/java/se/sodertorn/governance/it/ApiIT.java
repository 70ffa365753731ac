package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API as a script sees it: HTTP Basic against the same accounts and roles, JSON. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static long bodyId(String shortName) {
        JsonArray bodies = ApiClient.array(ApiClient.demo("member").get("bodies"));
        return bodies.getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("shortName").equals(shortName))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static List<String> names(HttpResponse<String> members) {
        return ApiClient.array(members).getValuesAs(JsonObject.class).stream().map(m -> m.getString("name")).toList();
    }

    /** A year from 2101 on (the API takes years up to 2999) in which the person does not sit in the body. */
    private static int yearNotSitting(long bodyId, long personId) {
        for (int tried = 0; tried < 100; tried++) {
            int year = 2101 + RANDOM.nextInt(99);
            boolean sitting = ApiClient.array(ApiClient.demo("member").get("bodies/" + bodyId + "/members?date=" + year
                    + "-06-01")).getValuesAs(JsonObject.class).stream()
                    .anyMatch(m -> m.getJsonNumber("personId").longValue() == personId);
            if (!sitting) {
                return year;
            }
        }
        throw new IllegalStateException("the person sits in the body in every year tried");
    }

    @Test
    void municipalitiesCarryTheirOfficialCodesAndPopulations() {
        HttpResponse<String> response = ApiClient.demo("director").get("municipalities");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray all = ApiClient.array(response);
        assertEquals(8, all.size());
        JsonObject huddinge = all.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals("Huddinge")).findFirst().orElseThrow();
        assertEquals("0126", huddinge.getString("code"));
        assertEquals(113_000, huddinge.getInt("population"));
    }

    @Test
    void bodiesIncludeOurOwnAndTheExternalOnes() {
        List<String> shortNames = ApiClient.array(ApiClient.demo("member").get("bodies")).getValuesAs(JsonObject.class)
                .stream().map(b -> b.getString("shortName")).toList();
        assertTrue(shortNames.containsAll(List.of("LG", "SSK", "KLIMAT", "STORSTHLM", "MALARTINGET", "REGION")),
                shortNames::toString);
    }

    @Test
    void membersOnADayAreThoseWhoseTermCoversIt() {
        long lg = bodyId("LG");

        List<String> onMeetingDay = names(ApiClient.demo("member").get("bodies/" + lg + "/members?date=2022-12-02"));
        List<String> nextSpring = names(ApiClient.demo("member").get("bodies/" + lg + "/members?date=2023-02-10"));

        assertEquals("Magnus Gyllestad", onMeetingDay.get(0));
        assertTrue(onMeetingDay.containsAll(List.of("Camilla Broo", "Frida Nilsson", "Petra Kålbäck", "Helene Olofsson")));
        assertFalse(nextSpring.contains("Frida Nilsson"));
        assertFalse(nextSpring.contains("Petra Kålbäck"));
        assertTrue(nextSpring.contains("Camilla Broo"));
    }

    @Test
    void aBadDateOrAnUnknownBodyIsAClearError() {
        HttpResponse<String> badDate = ApiClient.demo("member").get("bodies/" + bodyId("LG") + "/members?date=2-12-2022");
        assertEquals(400, badDate.statusCode());
        assertTrue(ApiClient.object(badDate).getString("message").contains("YYYY-MM-DD"));
        assertEquals(404, ApiClient.demo("member").get("bodies/987654321/members").statusCode());
    }

    @Test
    void unknownUsersWrongPasswordsAndNoCredentialsAreRefused() {
        assertEquals(401, ApiClient.as("nobody", "whatever-password").get("municipalities").statusCode());
        assertEquals(401, ApiClient.as("secretariat", "wrong-password").get("municipalities").statusCode());
        HttpResponse<String> anonymous = ApiClient.anonymous().get("municipalities");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void aMemberCannotWriteButTheSecretariatCan() {
        long network = bodyId("KLIMAT");
        long person = ApiClient.array(ApiClient.demo("member").get("bodies/" + bodyId("SSK") + "/members?date=2023-05-04"))
                .getJsonObject(2).getJsonNumber("personId").longValue();
        int year = yearNotSitting(network, person);
        String json = "{\"personId\":" + person + ",\"bodyId\":" + network
                + ",\"role\":\"MEMBER\",\"validFrom\":\"" + year + "-01-01\",\"validTo\":\"" + year + "-12-31\"}";
        String sitting = "bodies/" + network + "/members?date=" + year + "-06-01";
        int before = ApiClient.array(ApiClient.demo("member").get(sitting)).size();

        assertEquals(403, ApiClient.demo("member").post("memberships", json).statusCode());
        assertEquals(403, ApiClient.demo("director").post("memberships", json).statusCode());
        assertEquals(before, ApiClient.array(ApiClient.demo("member").get(sitting)).size());

        HttpResponse<String> created = ApiClient.demo("secretariat").post("memberships", json);
        assertEquals(201, created.statusCode(), created::body);
        assertTrue(created.headers().firstValue("Location").orElse("").contains("/api/memberships/"));
        assertEquals(before + 1, ApiClient.array(ApiClient.demo("member").get(sitting)).size());

        HttpResponse<String> again = ApiClient.demo("secretariat").post("memberships", json);
        assertEquals(422, again.statusCode());
        assertEquals("membership.personAlreadySeated", ApiClient.object(again).getString("error"));
    }

    @Test
    void endingWithAStaleVersionIsAConflict() {
        long network = bodyId("YH");
        long person = ApiClient.array(ApiClient.demo("member").get("bodies/" + bodyId("LG") + "/members?date=2023-02-10"))
                .getJsonObject(1).getJsonNumber("personId").longValue();
        int year = yearNotSitting(network, person);
        HttpResponse<String> created = ApiClient.demo("secretariat").post("memberships", "{\"personId\":" + person
                + ",\"bodyId\":" + network + ",\"role\":\"MEMBER\",\"validFrom\":\"" + year + "-01-01\"}");
        JsonObject membership = ApiClient.object(created);
        String end = "memberships/" + membership.getJsonNumber("membershipId").longValue() + "/end";

        HttpResponse<String> ended = ApiClient.demo("secretariat").post(end, "{\"lastDay\":\"" + year + "-06-30\",\"version\":0}");
        assertEquals(200, ended.statusCode(), ended::body);
        assertEquals(year + "-06-30", ApiClient.object(ended).getString("validTo"));
        assertEquals(409, ApiClient.demo("secretariat").post(end, "{\"lastDay\":\"" + year + "-05-31\",\"version\":0}").statusCode());
    }
}
