package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search over the API: a paper found by the text inside its PDF, Swedish inflections found by their stem, the words
 * highlighted, kinds counted and filtered, body and year filters, a new version's text replacing the old one's,
 * every reading role searching, bad parameters told, and the reindex command for administrators only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchApiIT {

    private final ApiClient secretariat = ApiClient.demo("secretariat");
    private final ApiClient member = ApiClient.demo("member");
    private final ApiClient admin = ApiClient.demo("admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A word no other test or demo record holds: letters only, so that the analyzer keeps it one token. */
    static String token() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private static JsonObject search(ApiClient caller, String query) {
        HttpResponse<String> found = caller.get("search?" + query);
        assertEquals(200, found.statusCode(), found.body());
        return ApiClient.object(found);
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static List<JsonObject> hits(JsonObject results) {
        return results.getJsonArray("hits").getValuesAs(JsonObject.class);
    }

    private long upload(long meeting, long item, String field, String value, byte[] pdf) {
        PaperFiles.Multipart form = new PaperFiles.Multipart().field(field, value).file("file", "underlag.pdf",
                "application/pdf", pdf);
        HttpResponse<String> created = secretariat.send("POST", "meetings/" + meeting + "/items/" + item + "/papers", form.contentType(),
                form.body());
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.object(created).getJsonNumber("id").longValue();
    }

    @Test
    void aPaperIsFoundByTheTextOfItsFileInflectedWordsByTheirStemAndFiltersNarrow() {
        String token = token();
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        long item = MeetingFixtures.items(meeting).get(2).getJsonNumber("id").longValue();
        upload(meeting, item, "title", "Underlag om samverkan",
                PaperFiles.pdf("Styrgruppen beslutade " + token + " i maj"));

        JsonObject found = search(member, q("beslut " + token));
        assertEquals(1, found.getJsonNumber("total").longValue(), found.toString());
        JsonObject hit = hits(found).get(0);
        assertEquals("paper", hit.getString("kind"));
        assertEquals("Underlag om samverkan", hit.getString("title"));
        assertTrue(hit.getString("fragment").contains("<mark>beslutade</mark>"), hit.toString());
        assertTrue(hit.getString("fragment").contains("<mark>" + token + "</mark>"), hit.toString());
        assertTrue(hit.getString("link").endsWith("/governance/meetings/meeting.xhtml?id=" + meeting + "#item-" + item),
                "the paper's item on its meeting's page: " + hit);
        assertEquals(1, found.getJsonObject("byKind").getJsonNumber("paper").longValue());

        long lg = MeetingFixtures.bodyId("LG");
        long ssk = MeetingFixtures.bodyId("SSK");
        assertEquals(1, search(secretariat, q(token) + "&body=" + lg + "&year=" + day.getYear())
                .getJsonNumber("total").longValue());
        assertEquals(0, search(secretariat, q(token) + "&body=" + ssk).getJsonNumber("total").longValue());
        assertEquals(0, search(secretariat, q(token) + "&year=" + (day.getYear() + 1)).getJsonNumber("total")
                .longValue());
        assertEquals(0, search(secretariat, q(token) + "&kind=decision").getJsonNumber("total").longValue());
        assertEquals(1, search(secretariat, q(token) + "&kind=decision").getJsonObject("byKind")
                .getJsonNumber("paper").longValue(), "the counts of the other kinds stay");
        assertEquals(0, search(secretariat, q(token + " -beslutade")).getJsonNumber("total").longValue());
    }

    @Test
    void aNewVersionsTextTakesThePlaceOfTheOldAndItemsAndActionItemsAreFoundToo() {
        String first = token();
        String second = token();
        long meeting = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        JsonObject item = MeetingFixtures.items(meeting).get(2);
        long itemId = item.getJsonNumber("id").longValue();
        upload(meeting, itemId, "title", "Rapport " + first, PaperFiles.pdf("Innehall " + first));
        long paperId = ApiClient.array(secretariat.get("meetings/" + meeting + "/papers")).getValuesAs(JsonObject.class)
                .get(0).getJsonNumber("id").longValue();
        upload(meeting, itemId, "paperId", String.valueOf(paperId), PaperFiles.pdf("Innehall " + second));

        JsonObject old = search(secretariat, q(first));
        assertEquals(1, old.getJsonNumber("total").longValue(), "still by the title: " + old);
        String fragment = hits(old).get(0).getString("fragment");
        assertTrue(!fragment.contains(first) && fragment.contains(second), "the new version's text: " + old);
        assertEquals(1, search(secretariat, q("Innehall " + second)).getJsonNumber("total").longValue());

        HttpResponse<String> added = secretariat.post("meetings/" + meeting + "/items",
                "{\"title\":\"Näringslivsfrågor " + first + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        long newItem = ApiClient.object(added).getJsonNumber("id").longValue();
        HttpResponse<String> given = secretariat.post("agenda-items/" + newItem + "/action-items",
                "{\"text\":\"Kansliet tar fram underlag om " + first + "\"}");
        assertEquals(201, given.statusCode(), given.body());
        JsonObject all = search(member, q(first));
        assertEquals(3, all.getJsonNumber("total").longValue(), all.toString());
        JsonObject byKind = all.getJsonObject("byKind");
        assertEquals(1, byKind.getJsonNumber("agenda-item").longValue(), all.toString());
        assertEquals(1, byKind.getJsonNumber("action-item").longValue(), all.toString());
        assertEquals(1, byKind.getJsonNumber("paper").longValue(), all.toString());
    }

    @Test
    void badParametersAreToldAndOnlyAnAdministratorReindexes() {
        assertEquals(400, secretariat.get("search?q=").statusCode());
        assertEquals(400, secretariat.get("search").statusCode());
        assertEquals(400, secretariat.get("search?q=x&kind=minutes").statusCode());
        assertEquals(400, secretariat.get("search?q=x&year=tjugo").statusCode());
        assertEquals(422, secretariat.get("search?q=x&size=101").statusCode());
        assertEquals(422, secretariat.get("search?" + q("x".repeat(201))).statusCode());
        assertEquals(403, member.post("search/reindex", "").statusCode());
        assertEquals(403, secretariat.post("search/reindex", "").statusCode());

        String token = token();
        long meeting = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        long item = MeetingFixtures.items(meeting).get(2).getJsonNumber("id").longValue();
        upload(meeting, item, "title", "Efter omindexering " + token, PaperFiles.pdf("Text"));
        HttpResponse<String> rebuilt = admin.post("search/reindex", "");
        assertEquals(200, rebuilt.statusCode(), rebuilt.body());
        assertTrue(ApiClient.object(rebuilt).getJsonNumber("indexed").longValue() > 0, rebuilt.body());
        assertEquals(1, search(member, q(token)).getJsonNumber("total").longValue(), "found after the rebuild");
    }
}
