package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Meeting papers over the API, as a script of the secretariat uses them: upload to an agenda item, a new version
 * that keeps the first, files typed by their content and named safely, every role downloading them, the meeting
 * pack with the agenda, the minutes listing them, refusals that store nothing, and papers fixed once the minutes
 * are approved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaperApiIT {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final ApiClient secretariat = ApiClient.demo("secretariat");
    private final ApiClient member = ApiClient.demo("member");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private HttpResponse<String> upload(ApiClient caller, long meeting, long item, PaperFiles.Multipart form) {
        return caller.send("POST", "meetings/" + meeting + "/items/" + item + "/papers", form.contentType(),
                form.body());
    }

    private static long id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.object(created).getJsonNumber("id").longValue();
    }

    private List<JsonObject> papers(ApiClient caller, long meeting) {
        HttpResponse<String> listed = caller.get("meetings/" + meeting + "/papers");
        assertEquals(200, listed.statusCode(), listed.body());
        return ApiClient.array(listed).getValuesAs(JsonObject.class);
    }

    @Test
    void aNewVersionKeepsTheFirstAndEveryReaderGetsThemTheMeetingPackAndTheMinutes() {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        JsonObject item = MeetingFixtures.items(meeting).get(2);
        long itemId = item.getJsonNumber("id").longValue();
        byte[] first = PaperFiles.docx("Förslag till mötesplan " + day);
        byte[] second = PaperFiles.pdf("Reviderat forslag " + day);

        HttpResponse<String> created = upload(secretariat, meeting, itemId, new PaperFiles.Multipart()
                .field("title", "Förslag till mötesplan")
                .file("file", "C:\\Users\\sekr\\Förslag mötesplan.docx", "application/octet-stream", first));
        long v1 = id(created);
        JsonObject one = ApiClient.object(created);
        assertEquals(1, one.getInt("number"));
        assertEquals(DOCX, one.getString("mediaType"));
        assertEquals("Förslag mötesplan.docx", one.getString("fileName"), "no folder in the name");
        assertEquals(first.length, one.getJsonNumber("sizeBytes").longValue());
        long paperId = papers(secretariat, meeting).get(0).getJsonNumber("id").longValue();

        HttpResponse<String> replaced = upload(secretariat, meeting, itemId, new PaperFiles.Multipart()
                .field("paperId", String.valueOf(paperId))
                .file("file", "forslag-v2.docx", DOCX, second));
        long v2 = id(replaced);
        assertEquals(2, ApiClient.object(replaced).getInt("number"));
        assertEquals("application/pdf", ApiClient.object(replaced).getString("mediaType"), "the content decides");
        assertEquals("forslag-v2.pdf", ApiClient.object(replaced).getString("fileName"));

        List<JsonObject> listed = papers(member, meeting);
        assertEquals(1, listed.size());
        assertEquals("Förslag till mötesplan", listed.get(0).getString("title"));
        assertEquals(item.getInt("number"), listed.get(0).getInt("itemNumber"));
        List<JsonObject> versions = listed.get(0).getJsonArray("versions").getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 1), versions.stream().map(v -> v.getInt("number")).toList(), "newest first");

        for (ApiClient reader : List.of(member, ApiClient.demo("director"), secretariat)) {
            HttpResponse<byte[]> file = reader.download("papers/" + v1);
            assertEquals(200, file.statusCode());
            assertArrayEquals(first, file.body());
            assertEquals(DOCX, file.headers().firstValue("Content-Type").orElse(""));
            assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        }
        assertArrayEquals(second, member.download("papers/" + v2).body());

        HttpResponse<byte[]> pack = member.download("meetings/" + meeting + "/pack.zip");
        assertEquals(200, pack.statusCode());
        Map<String, byte[]> entries = PaperFiles.entries(pack.body());
        String number = String.format("%02d", item.getInt("number"));
        assertEquals(List.of("dagordning-LG-" + day + ".docx", number + ".01 forslag-v2.pdf"),
                List.copyOf(entries.keySet()), "the agenda, then the newest version numbered by item");
        assertArrayEquals(second, entries.get(number + ".01 forslag-v2.pdf"));
        String agenda = PaperFiles.wordText(entries.get("dagordning-LG-" + day + ".docx"));
        assertTrue(agenda.contains("Dagordning för Södertörnskommunernas ledningsgrupp"), agenda);
        assertTrue(agenda.contains(item.getInt("number") + ". " + item.getString("title")), agenda);
        assertTrue(agenda.contains("Bilagor") && agenda.contains(item.getInt("number")
                + ".1 Förslag till mötesplan (forslag-v2.pdf)"), agenda);

        String minutes = PaperFiles.wordText(member.download("meetings/" + meeting + "/minutes.docx").body());
        assertTrue(minutes.contains("Bilagor") && minutes.contains(item.getInt("number")
                + ".1 Förslag till mötesplan (forslag-v2.pdf)"), minutes);
    }

    @Test
    void filesOfOtherKindsEmptyOnesAndWrongAddressesAreRefusedAndStoreNothing() {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        long other = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        long itemId = MeetingFixtures.items(meeting).get(1).getJsonNumber("id").longValue();
        long otherItem = MeetingFixtures.items(other).get(1).getJsonNumber("id").longValue();

        HttpResponse<String> program = upload(secretariat, meeting, itemId, new PaperFiles.Multipart()
                .field("title", "Protokoll").file("file", "protokoll.pdf", "application/pdf", PaperFiles.program()));
        assertEquals(422, program.statusCode(), program.body());
        assertEquals("paper.kindNotAccepted", ApiClient.object(program).getString("error"));
        HttpResponse<String> text = upload(secretariat, meeting, itemId, new PaperFiles.Multipart()
                .file("file", "underlag.docx", DOCX, "bara text, inget Word".getBytes()));
        assertEquals(422, text.statusCode(), text.body());
        HttpResponse<String> empty = upload(secretariat, meeting, itemId, new PaperFiles.Multipart()
                .field("title", "Tom").file("file", "tom.pdf", "application/pdf", new byte[0]));
        assertEquals(422, empty.statusCode(), empty.body());
        assertEquals("paper.empty", ApiClient.object(empty).getString("error"));
        HttpResponse<String> control = upload(secretariat, meeting, itemId, new PaperFiles.Multipart()
                .field("title", "a\u0001b").file("file", "bild.png", "image/png", PaperFiles.png()));
        assertEquals(400, control.statusCode(), control.body());
        HttpResponse<String> elsewhere = upload(secretariat, meeting, otherItem, new PaperFiles.Multipart()
                .file("file", "bild.png", "image/png", PaperFiles.png()));
        assertEquals(404, elsewhere.statusCode(), "an item of another meeting: " + elsewhere.body());
        HttpResponse<String> json = secretariat.post("meetings/" + meeting + "/items/" + itemId + "/papers", "{}");
        assertEquals(415, json.statusCode(), json.body());
        HttpResponse<String> asMember = upload(member, meeting, itemId, new PaperFiles.Multipart()
                .file("file", "bild.png", "image/png", PaperFiles.png()));
        assertEquals(403, asMember.statusCode(), asMember.body());
        assertEquals(404, member.download("papers/999999999").statusCode());

        assertEquals(List.of(), papers(secretariat, meeting), "nothing stored");
        assertEquals(List.of("dagordning-LG-" + day + ".docx"),
                List.copyOf(PaperFiles.entries(member.download("meetings/" + meeting + "/pack.zip").body()).keySet()));
    }

    @Test
    void aPaperOfTwelveMegabytesIsStoredAndComesBackWhole() {
        long meeting = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        long itemId = MeetingFixtures.items(meeting).get(1).getJsonNumber("id").longValue();
        byte[] large = PaperFiles.pdfOfSize(12_000_000);
        long version = id(upload(secretariat, meeting, itemId, new PaperFiles.Multipart()
                .field("title", "Stor bilaga").file("file", "stor.pdf", "application/pdf", large)));
        assertArrayEquals(large, member.download("papers/" + version).body());
    }

    @Test
    void approvedMinutesFixThePapersThatStayReadable() {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        List<JsonObject> items = MeetingFixtures.items(meeting);
        long itemId = items.get(1).getJsonNumber("id").longValue();
        byte[] image = PaperFiles.png();
        long version = id(upload(secretariat, meeting, itemId, new PaperFiles.Multipart()
                .field("title", "Karta").file("file", "karta.png", "image/png", image)));
        MeetingFixtures.minutesStep(secretariat, meeting, "SEND", null);
        MeetingFixtures.minutesStep(member, meeting, "APPROVE", null);

        HttpResponse<String> refused = upload(secretariat, meeting, itemId, new PaperFiles.Multipart()
                .field("title", "Sen bilaga").file("file", "sen.pdf", "application/pdf", PaperFiles.pdf("sen")));
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("paper.minutesApproved", ApiClient.object(refused).getString("error"));
        List<JsonObject> listed = papers(member, meeting);
        assertEquals(1, listed.size());
        assertEquals(1, listed.get(0).getJsonArray("versions").size());
        assertArrayEquals(image, member.download("papers/" + version).body());
    }
}
