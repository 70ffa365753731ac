package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What waits for whom, over the API, and the e-mails that tell them: each kind of notification reaches a real SMTP
 * server (GreenMail) in the recipient's language, the weekly digest runs once a week, a mail server that cannot be
 * reached leaves a failure the secretariat sees and sends again; the demo of a fresh server lives in this year.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkingDayApiIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(Mails.SMTP);

    private final ApiClient secretariat = MeetingFixtures.SECRETARIAT;
    private final ApiClient member = ApiClient.demo("member");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theDemoMemberHasMinutesToApproveAndLgsFeedHoldsThisYearsMeetings() {
        HttpResponse<String> tasks = member.get("me/tasks");
        assertEquals(200, tasks.statusCode(), tasks.body());
        JsonObject mine = ApiClient.object(tasks);
        assertEquals("Camilla Broo", mine.getString("person"));
        assertFalse(mine.getJsonArray("minutesToApprove").isEmpty(), tasks.body());
        assertFalse(mine.getJsonArray("actionItems").isEmpty(), "the demo gives the member action items");
        assertFalse(mine.getJsonArray("nextMeetings").isEmpty() && mine.isNull("plan"), tasks.body());

        String year = String.valueOf(LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear());
        String feed = new String(member.download("bodies/" + MeetingFixtures.bodyId("LG") + "/calendar.ics").body(),
                StandardCharsets.UTF_8);
        assertTrue(feed.lines().anyMatch(line -> line.startsWith("DTSTART") && line.contains(":" + year)), feed);
    }

    @Test
    void theSecretariatsTasksListWhatItHasToDoAndOthersDoNotSeeThem() {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        JsonObject tasks = ApiClient.object(secretariat.get("me/tasks"));
        assertTrue(tasks.getJsonObject("pendingAdoptions").getInt("total") >= 1, "the demo's SUP 2040 adoption waits");
        JsonObject members = ApiClient.object(member.get("me/tasks"));
        assertEquals(0, members.getJsonObject("pendingAdoptions").getInt("total"), "only the secretariat's work");
        assertTrue(ApiClient.object(member.get("me/tasks")).getJsonArray("minutesToApprove").stream()
                .noneMatch(m -> m.asJsonObject().getJsonNumber("id").longValue() == meeting), "not sent yet");
    }

    @Test
    void everyKindOfNotificationReachesItsRecipientInTheirLanguage() {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        MeetingFixtures.minutesStep(secretariat, meeting, "SEND", null);
        Mails.Received toApprove = Mails.awaitTo(MAIL, "camilla.broo@demo.example", "Att justera: minnesanteckningar LG " + day);
        assertTrue(toApprove.body().startsWith("Hej Camilla Broo,"), toApprove.body());
        assertTrue(member.get("me/tasks").body().contains("\"id\":" + meeting + ","), "the adjuster's task");

        MeetingFixtures.minutesStep(member, meeting, "SEND_BACK", "Punkt 3 saknar ansvarig.");
        Mails.Received returned = Mails.awaitTo(MAIL, "helene.olofsson@demo.example", "Tillbaka för ändring");
        assertTrue(returned.body().contains("Punkt 3 saknar ansvarig.") && returned.body().contains("Camilla Broo"),
                returned.body());

        MeetingFixtures.minutesStep(secretariat, meeting, "SEND", null);
        MeetingFixtures.minutesStep(member, meeting, "APPROVE", null);
        Mails.Received approved = Mails.awaitTo(MAIL, "helene.olofsson@demo.example", "Justerade: minnesanteckningar LG " + day);
        assertTrue(approved.body().contains("meetings/meeting.xhtml?id=" + meeting), approved.body());

        ApiClient director = ApiClient.demo("director");
        assertEquals(200, director.put("me/language", "{\"language\":\"en\"}").statusCode());
        try {
            long gyllestad = MeetingFixtures.memberId(MeetingFixtures.bodyId("LG"), day, "Magnus Gyllestad");
            long next = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
            long item = MeetingFixtures.items(next).get(3).getJsonNumber("id").longValue();
            String task = "Magnus Gyllestad bjuder in regionen " + day + ".";
            HttpResponse<String> given = secretariat.post("agenda-items/" + item + "/action-items", "{\"text\":\""
                    + task + "\",\"responsibleId\":" + gyllestad + ",\"dueDate\":\"" + day.plusMonths(2) + "\"}");
            assertEquals(201, given.statusCode(), given.body());
            Mails.Received toResponsible = Mails.awaitTo(MAIL, "magnus.gyllestad@demo.example", "New action item");
            assertEquals("en", toResponsible.language());
            assertTrue(toResponsible.body().startsWith("Hello Magnus Gyllestad,") && toResponsible.body().contains(task),
                    toResponsible.body());
        } finally {
            assertEquals(200, director.put("me/language", "{\"language\":\"sv\"}").statusCode());
        }
    }

    @Test
    void theWeeklyDigestListsWhatIsDueWithinTwoWeeksAndRunsOnceAWeek() {
        LocalDate monday = LocalDate.of(2300 + ThreadLocalRandom.current().nextInt(600), 1, 1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        long item = MeetingFixtures.items(meeting).get(3).getJsonNumber("id").longValue();
        long hollmark = MeetingFixtures.memberId(MeetingFixtures.bodyId("LG"), day, "Stefan Hollmark");
        String soon = "Stefan Hollmark sammanställer remissvaren " + monday + ".";
        String later = "Stefan Hollmark planerar konferensen " + monday + ".";
        give(item, soon, hollmark, monday.plusDays(10));
        give(item, later, hollmark, monday.plusDays(40));
        ApiClient admin = ApiClient.demo("admin");

        HttpResponse<String> sent = admin.post("notifications/weekly-digest", "{\"day\":\"" + monday.plusDays(2) + "\"}");
        assertEquals(200, sent.statusCode(), sent.body());
        Mails.Received digest = Mails.awaitTo(MAIL, "stefan.hollmark@demo.example", "Dina uppdrag");
        assertTrue(digest.body().contains(soon), digest.body());
        assertFalse(digest.body().contains(later), "due in more than 14 days");

        HttpResponse<String> again = admin.post("notifications/weekly-digest", "{\"day\":\"" + monday + "\"}");
        assertEquals(409, again.statusCode(), "the same week's digest runs once: " + again.body());
        assertEquals(403, secretariat.post("notifications/weekly-digest", "{}").statusCode());
    }

    @Test
    void aMailServerThatCannotBeReachedLeavesAFailureThatIsSentAgain() {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        MAIL.stop();
        JsonObject failure;
        try {
            MeetingFixtures.minutesStep(secretariat, meeting, "SEND", null);
            failure = awaitFailure("camilla.broo@demo.example", "LG " + day);
        } finally {
            MAIL.start();
        }
        assertEquals("SERVER_UNREACHABLE", failure.getString("failure"));
        assertEquals("MINUTES_TO_APPROVE", failure.getString("kind"));
        assertEquals(403, member.post("notifications/" + failure.getJsonNumber("id") + "/retry", "").statusCode());
        HttpResponse<String> retried = secretariat.post("notifications/" + failure.getJsonNumber("id") + "/retry", "");
        assertEquals(200, retried.statusCode(), retried.body());
        Mails.awaitTo(MAIL, "camilla.broo@demo.example", "LG " + day);
    }

    @Test
    void theAdjusterSaysWhatToChangeAndOnlyAnAdjusterWithAnAccountIsSentMinutes() {
        LocalDate day = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(day);
        MeetingFixtures.minutesStep(secretariat, meeting, "SEND", null);
        HttpResponse<String> silent = member.post("meetings/" + meeting + "/minutes", "{\"step\":\"SEND_BACK\",\"version\":"
                + MeetingFixtures.version(meeting) + ",\"comment\":\"  \"}");
        assertEquals(422, silent.statusCode(), silent.body());
        assertTrue(silent.body().contains("meeting.minutes.commentRequired"), silent.body());

        long lg = MeetingFixtures.bodyId("LG");
        long other = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        long withoutAccount = ApiClient.array(secretariat.get("bodies/" + lg + "/members?date=" + day))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("name").startsWith("Leif Eriksson"))
                .findFirst().orElseThrow().getJsonNumber("personId").longValue();
        assertEquals(200, secretariat.put("meetings/" + other + "/roles", "{\"version\":" + MeetingFixtures.version(other)
                + ",\"adjusterId\":" + withoutAccount + "}").statusCode());
        HttpResponse<String> refused = secretariat.post("meetings/" + other + "/minutes", "{\"step\":\"SEND\",\"version\":"
                + MeetingFixtures.version(other) + "}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Leif Eriksson has no user account"), refused.body());
    }

    @Test
    void anActionItemIsCarriedOnlyToALaterMeetingOfItsBody() {
        long lg = MeetingFixtures.bodyId("LG");
        LocalDate given = MeetingFixtures.freeDay();
        long meeting = MeetingFixtures.preparedLgMeeting(given);
        long item = MeetingFixtures.items(meeting).get(3).getJsonNumber("id").longValue();
        HttpResponse<String> created = secretariat.post("agenda-items/" + item + "/action-items",
                "{\"text\":\"Flyttas fram " + given + "\",\"dueText\":\"snart\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = ApiClient.object(created).getJsonNumber("id").longValue();

        LocalDate previous = given;
        for (int carried = 1; carried <= 2; carried++) {
            LocalDate after = previous;
            Optional<LocalDate> next = lgMeetingDays(lg).stream().filter(d -> d.isAfter(after)).min(LocalDate::compareTo);
            HttpResponse<String> moved = secretariat.post("action-items/" + id + "/carrying",
                    "{\"version\":" + ApiClient.object(secretariat.get("action-items?q=Flyttas+fram+" + given))
                            .getJsonArray("rows").getJsonObject(0).getInt("version") + "}");
            if (next.isEmpty()) {
                assertEquals(422, moved.statusCode(), moved.body());
                return;
            }
            assertEquals(200, moved.statusCode(), moved.body());
            JsonObject json = ApiClient.object(moved);
            assertEquals(next.get().toString(), json.getString("dueDate"), "the body's next meeting after " + after);
            assertEquals(carried, json.getInt("timesCarried"));
            previous = next.get();
        }
    }

    @Test
    void aBodyThatIsNotJsonOfTheRightShapeIsABadRequest() {
        long meeting = MeetingFixtures.preparedLgMeeting(MeetingFixtures.freeDay());
        for (String body : new String[] {"{bad", "[]", "{\"step\":\"SEND\",\"version\":\"abc\"}"}) {
            HttpResponse<String> answer = secretariat.post("meetings/" + meeting + "/minutes", body);
            assertEquals(400, answer.statusCode(), body + " -> " + answer.body());
            assertTrue(answer.body().contains("bad-json") && !answer.body().contains("se.sodertorn"), answer.body());
        }
        HttpResponse<String> date = secretariat.post("agenda-items/" + MeetingFixtures.items(meeting).get(0)
                .getJsonNumber("id") + "/action-items", "{\"text\":\"x\",\"dueDate\":\"2026-13-45\"}");
        assertEquals(400, date.statusCode(), date.body());
        assertTrue(date.body().contains("'dueDate'"), date.body());
    }

    /** The days of LG's meetings in the fixtures' year and the one after, as the API lists them. */
    private List<LocalDate> lgMeetingDays(long lg) {
        List<LocalDate> days = new ArrayList<>();
        for (int year : new int[] {MeetingFixtures.YEAR, MeetingFixtures.YEAR + 1}) {
            ApiClient.array(secretariat.get("meetings?year=" + year + "&body=" + lg)).getValuesAs(JsonObject.class)
                    .stream().filter(m -> !m.getString("status").equals("CANCELLED"))
                    .forEach(m -> days.add(LocalDate.parse(m.getString("start").substring(0, 10))));
        }
        return days;
    }

    private void give(long item, String text, long responsible, LocalDate due) {
        HttpResponse<String> given = secretariat.post("agenda-items/" + item + "/action-items", "{\"text\":\"" + text
                + "\",\"responsibleId\":" + responsible + ",\"dueDate\":\"" + due + "\"}");
        assertEquals(201, given.statusCode(), given.body());
    }

    /** Waits for the secretariat's tasks to list a failed e-mail to the address about the subject. */
    private JsonObject awaitFailure(String address, String subjectPart) {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            List<JsonObject> failed = ApiClient.object(secretariat.get("me/tasks")).getJsonObject("failedMail")
                    .getJsonArray("rows").getValuesAs(JsonObject.class);
            Optional<JsonObject> found = failed.stream().filter(f -> f.getString("recipient").equals(address)
                    && f.getString("subject").contains(subjectPart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no failed e-mail to " + address);
    }
}
