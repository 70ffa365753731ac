package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test's own meetings, made over the API as the secretariat would: proposed in a year no other test uses,
 * prepared from the body's template and members, with roles chosen among the body's members.
 */
final class MeetingFixtures {

    static final ApiClient SECRETARIAT = ApiClient.demo("secretariat");

    private MeetingFixtures() {
    }

    static long bodyId(String shortName) {
        return ApiClient.array(SECRETARIAT.get("bodies")).getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("shortName").equals(shortName)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A year from {@code from} to {@code to} (exclusive) in which no meeting is planned yet. */
    static int freeYear(int from, int to) {
        int year = from + ThreadLocalRandom.current().nextInt(to - from);
        for (int tried = 0; tried < to - from; tried++) {
            if (ApiClient.array(SECRETARIAT.get("meetings?year=" + year)).isEmpty()) {
                return year;
            }
            year = year + 1 < to ? year + 1 : from;
        }
        throw new IllegalStateException("no free year from " + from + " to " + to);
    }

    /** Proposes a meeting of the body from 08:30 to 10:30 on the day; returns its id. */
    static long propose(long bodyId, LocalDate day) {
        HttpResponse<String> created = SECRETARIAT.post("meetings", "{\"bodyId\":" + bodyId + ",\"start\":\"" + day
                + "T08:30:00\",\"end\":\"" + day + "T10:30:00\",\"place\":\"Huddinge kommunhus\"}");
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.object(created).getJsonNumber("id").longValue();
    }

    /**
     * A meeting of LG on the day, with its agenda and attendance set up, Magnus Gyllestad in the chair, Helene
     * Olofsson taking the minutes and Camilla Broo (the demo account {@code member}) as adjuster.
     */
    static long preparedLgMeeting(LocalDate day) {
        long lg = bodyId("LG");
        long id = propose(lg, day);
        HttpResponse<String> prepared = SECRETARIAT.post("meetings/" + id + "/preparation", "");
        assertEquals(200, prepared.statusCode(), prepared.body());
        HttpResponse<String> roles = SECRETARIAT.put("meetings/" + id + "/roles", "{\"version\":" + version(id)
                + ",\"chairId\":" + memberId(lg, day, "Magnus Gyllestad") + ",\"secretaryId\":"
                + memberId(lg, day, "Helene Olofsson") + ",\"adjusterId\":" + memberId(lg, day, "Camilla Broo") + "}");
        assertEquals(200, roles.statusCode(), roles.body());
        return id;
    }

    /** The person id of the body's member with the name, as on the day. */
    static long memberId(long bodyId, LocalDate day, String name) {
        return ApiClient.array(SECRETARIAT.get("bodies/" + bodyId + "/members?date=" + day))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("name").equals(name))
                .findFirst().orElseThrow().getJsonNumber("personId").longValue();
    }

    static int version(long meetingId) {
        return ApiClient.object(SECRETARIAT.get("meetings/" + meetingId)).getInt("version");
    }

    /** The meeting's agenda items: id, number, title, version. */
    static List<JsonObject> items(long meetingId) {
        List<JsonObject> items = ApiClient.array(SECRETARIAT.get("meetings/" + meetingId + "/items"))
                .getValuesAs(JsonObject.class);
        assertTrue(items.size() >= 3, "the meeting is prepared");
        return items;
    }

    /** Moves the minutes a step (SEND, RETURN, APPROVE, SEND_BACK, PUBLISH) as the caller. */
    static JsonObject minutesStep(ApiClient caller, long meetingId, String step, String comment) {
        String json = "{\"step\":\"" + step + "\",\"version\":" + version(meetingId)
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        HttpResponse<String> moved = caller.post("meetings/" + meetingId + "/minutes", json);
        assertEquals(200, moved.statusCode(), moved.body());
        return ApiClient.object(moved);
    }
}
