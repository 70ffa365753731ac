package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * A test's own meetings, made over the API as the secretariat would: proposed on a day no other meeting has,
 * prepared from the body's template and members, with roles chosen among the body's members.
 */
final class MeetingFixtures {

    static final ApiClient SECRETARIAT = ApiClient.demo("secretariat");
    /** The year of the working-day tests' meetings. */
    static final int YEAR = 2058;

    private MeetingFixtures() {
    }

    static long bodyId(String shortName) {
        return bodyId(SECRETARIAT, shortName);
    }

    /** The id of the body with the short name (LG, SSK, …) on the caller's server. */
    static long bodyId(ApiClient caller, String shortName) {
        return ApiClient.array(caller.get("bodies")).getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("shortName").equals(shortName)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /**
     * A weekday of {@value #YEAR} on which no meeting is planned yet: the year the working-day tests share, which
     * the other meeting tests' years (2000–2056, 2060 on) leave alone.
     */
    static LocalDate freeDay() {
        Set<String> taken = ApiClient.array(SECRETARIAT.get("meetings?year=" + YEAR)).getValuesAs(JsonObject.class)
                .stream().map(m -> m.getString("start").substring(0, 10)).collect(Collectors.toSet());
        for (int tried = 0; tried < 1000; tried++) {
            LocalDate day = LocalDate.ofYearDay(YEAR, 1 + ThreadLocalRandom.current().nextInt(365));
            if (day.getDayOfWeek().getValue() <= 5 && !taken.contains(day.toString())) {
                return day;
            }
        }
        throw new IllegalStateException("no free day left in " + YEAR);
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

    /** The agenda items of a prepared meeting: id, number, title, version. */
    static List<JsonObject> items(long meetingId) {
        return items(meetingId, true);
    }

    /** The meeting's agenda items: id, number, title, version; a prepared meeting has at least three. */
    static List<JsonObject> items(long meetingId, boolean prepared) {
        List<JsonObject> items = ApiClient.array(SECRETARIAT.get("meetings/" + meetingId + "/items"))
                .getValuesAs(JsonObject.class);
        if (prepared) {
            assertTrue(items.size() >= 3, "the meeting is prepared");
        }
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
