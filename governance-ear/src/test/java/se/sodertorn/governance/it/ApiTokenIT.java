package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal API tokens over HTTP: a token lets a script in as its account with the account's roles, exactly like Basic
 * (the same data, the same 403), without opening a session; only its hash is stored; a wrong, revoked or expired
 * token answers 401 with the API's JSON error and both challenges; revoking takes effect at once, also for a token the
 * server has just let in. Each test makes its own tokens (ApiTokenDataServlet).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenIT {

    private static final String SERVER = "http://localhost:" + System.getProperty("governance.test.http.port", "8080");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ApiTokenDataServlet.class);
    }

    private static JsonObject data(String method, String query) {
        HttpResponse<String> answer = ApiClient.exchange(HTTP, HttpRequest.newBuilder(URI.create(SERVER
                + "/governance-tests/api-token-data" + query)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** A new token of the demo account: its id and secret. */
    private static JsonObject tokenOf(String user) {
        return data("POST", "?user=" + user);
    }

    private static void assertRefused(HttpResponse<String> answer) {
        assertEquals(401, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(answer.body().contains("\"error\":\"unauthorized\""), answer.body());
        List<String> challenges = answer.headers().allValues("WWW-Authenticate");
        assertTrue(challenges.stream().anyMatch(c -> c.startsWith("Basic")), challenges::toString);
        assertTrue(challenges.stream().anyMatch(c -> c.startsWith("Bearer")), challenges::toString);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aTokenGivesTheSameAnswersAsBasicWithoutASessionAndOnlyItsHashIsStored() throws Exception {
        JsonObject made = tokenOf("secretariat");
        String token = made.getString("token");
        assertTrue(token.matches("sgt_[A-Za-z0-9_-]{43}"), token);

        HttpResponse<String> byToken = ApiClient.bearer(token).get("plans");
        HttpResponse<String> byPassword = ApiClient.demo("secretariat").get("plans");

        assertEquals(200, byToken.statusCode(), byToken.body());
        assertEquals(byPassword.body(), byToken.body(), "the same data as Basic");
        assertFalse(byToken.headers().firstValue("Set-Cookie").isPresent(), "a token call opens no session");
        assertEquals(200, ApiClient.bearer(token).get("plans").statusCode(), "again, from the cache");

        JsonObject row = data("GET", "?id=" + made.getJsonNumber("id").longValue());
        assertEquals(sha256(token), row.getString("token_hash"));
        String secretPart = token.substring(4);
        for (String column : row.keySet()) {
            String value = ((JsonString) row.get(column)).getString();
            assertFalse(value.contains(secretPart), column + " holds the token");
        }
        assertFalse(row.getString("last_used_at").isEmpty(), "the use is noted");
    }

    @Test
    void aWrongOrMalformedTokenIs401WithTheApisErrorAndBothChallenges() {
        String made = tokenOf("member").getString("token");
        String wrong = made.substring(0, made.length() - 1) + (made.endsWith("A") ? "B" : "A");

        assertRefused(ApiClient.bearer(wrong).get("plans"));
        assertRefused(ApiClient.bearer("sgt_short").get("plans"));
        assertRefused(ApiClient.bearer("").get("plans"));
        assertRefused(ApiClient.bearer(made.substring(4)).get("plans"));
        assertEquals(200, ApiClient.bearer(made).get("plans").statusCode(), "the right one still works");
    }

    @Test
    void revokingEndsATokenAtOnceEvenJustAfterItWasUsed() {
        JsonObject made = tokenOf("director");
        ApiClient client = ApiClient.bearer(made.getString("token"));
        assertEquals(200, client.get("plans").statusCode());

        data("POST", "?revoke=" + made.getJsonNumber("id").longValue());

        assertRefused(client.get("plans"));
        assertEquals(200, ApiClient.demo("director").get("plans").statusCode(), "the password still works");
    }

    @Test
    void anExpiredTokenIs401() {
        JsonObject made = tokenOf("member");

        assertEquals(1, data("POST", "?expire=" + made.getJsonNumber("id").longValue()).getInt("expired"));

        assertRefused(ApiClient.bearer(made.getString("token")).get("plans"));
    }

    @Test
    void aTokenCarriesItsAccountsRolesSoAMemberIsRefusedWhatBasicRefuses() {
        ApiClient byToken = ApiClient.bearer(tokenOf("member").getString("token"));
        String plan = "{\"year\":2199,\"name\":\"Ej tillåten\",\"programme\":\"SUP 2040\"}";

        HttpResponse<String> refusedByPassword = ApiClient.demo("member").post("plans", plan);
        HttpResponse<String> refusedByToken = byToken.post("plans", plan);

        assertEquals(403, refusedByPassword.statusCode(), refusedByPassword.body());
        assertEquals(403, refusedByToken.statusCode(), refusedByToken.body());
        assertTrue(refusedByToken.body().contains("\"forbidden\""), refusedByToken.body());
        HttpResponse<String> tasks = byToken.get("me/tasks");
        assertEquals(200, tasks.statusCode(), "what a member may, the token may");
        assertEquals(ApiClient.demo("member").get("me/tasks").body(), tasks.body(), "as the same caller");
    }
}
