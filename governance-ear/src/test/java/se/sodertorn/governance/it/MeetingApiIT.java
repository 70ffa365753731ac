package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.sodertorn.governance.ejb.calendar.IcsFileCheck;

/**
 * Meetings over the API as Outlook and a script see them: iCalendar that ical4j and biweekly read back alike, with
 * right lines, a stable UID and a rising SEQUENCE, invitations received by a real SMTP server (GreenMail), minutes fixed once the adjuster approves,
 * and the Word minutes of the seed meeting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingApiIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(Mails.SMTP);

    private final ApiClient secretariat = ApiClient.demo("secretariat");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A place whose LOCATION line must be folded between Swedish characters at 75 octets. */
    private static final String LONG_PLACE = "Ängsö slott, Åkerö gård – Östra flygeln, sal Ödåkra, Övre Sörgården";

    private static long lgId() {
        return ApiClient.array(ApiClient.demo("member").get("bodies")).getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("shortName").equals("LG")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** An odd year from 2031 to 2059 in which no meeting is planned yet. */
    private int freeYear() {
        int year = 2031 + 2 * ThreadLocalRandom.current().nextInt(8);
        while (!ApiClient.array(secretariat.get("meetings?year=" + year)).isEmpty()) {
            year += 2;
        }
        return year;
    }

    /** An even year from 2000 to 2020 in which no meeting is planned yet: wholly in the past. */
    private int freePastYear() {
        int year = 2000;
        while (!ApiClient.array(secretariat.get("meetings?year=" + year)).isEmpty()) {
            year += 2;
        }
        assertTrue(year <= 2020, "no free past year left for the meeting API test");
        return year;
    }

    private JsonObject propose(int year, String day) {
        HttpResponse<String> created = secretariat.post("meetings", "{\"bodyId\":" + lgId() + ",\"start\":\"" + year + "-"
                + day + "T08:30:00\",\"end\":\"" + year + "-" + day + "T10:30:00\",\"place\":\"Huddinge kommunhus\"}");
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.object(created);
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** The only event of the file, after {@link IcsFileCheck} found its lines right and biweekly agreeing. */
    private static VEvent onlyEvent(String ics) {
        Calendar calendar = IcsFileCheck.check(ics).ical4j();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size(), ics);
        return events.get(0);
    }

    private String ics(String path) {
        HttpResponse<byte[]> response = secretariat.download(path);
        assertEquals(200, response.statusCode());
        IcsFileCheck.check(response.body());
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void aMeetingsCalendarHasAStableUidAndItsSequenceRisesWithEveryChange() {
        int year = freeYear();
        JsonObject meeting = propose(year, "03-10");
        String path = "meetings/" + id(meeting) + ".ics";
        HttpResponse<byte[]> first = secretariat.download(path);
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        IcsFileCheck.check(first.body());
        String firstIcs = new String(first.body(), StandardCharsets.UTF_8);
        VEvent before = onlyEvent(firstIcs);
        assertTrue(firstIcs.contains("DTSTART;TZID=Europe/Stockholm:" + year + "0310T083000"), firstIcs);
        assertTrue(firstIcs.contains("BEGIN:VTIMEZONE"), "the time zone travels with the file");

        HttpResponse<String> moved = secretariat.put("meetings/" + id(meeting), "{\"version\":"
                + meeting.getInt("version") + ",\"start\":\"" + year + "-03-11T09:00:00\",\"end\":\"" + year
                + "-03-11T11:00:00\",\"place\":\"" + LONG_PLACE + "\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        VEvent after = onlyEvent(ics(path));

        assertEquals(value(before, Property.UID), value(after, Property.UID));
        assertTrue(Integer.parseInt(value(after, Property.SEQUENCE)) > Integer.parseInt(value(before, Property.SEQUENCE)));
        assertEquals(LONG_PLACE, value(after, Property.LOCATION));

        HttpResponse<String> noted = secretariat.put("meetings/" + id(meeting), "{\"version\":"
                + ApiClient.object(moved).getInt("version") + ",\"start\":\"" + year + "-03-11T09:00:00\",\"end\":\""
                + year + "-03-11T11:00:00\",\"place\":\"" + LONG_PLACE + "\",\"note\":\"Lunch i Östra flygeln\"}");
        assertEquals(200, noted.statusCode(), noted.body());
        VEvent described = onlyEvent(ics(path));
        assertEquals("Lunch i Östra flygeln", value(described, Property.DESCRIPTION));
        assertTrue(Integer.parseInt(value(described, Property.SEQUENCE))
                > Integer.parseInt(value(after, Property.SEQUENCE)), "the note is the description calendars show");

        long secretary = ApiClient.array(secretariat.get("bodies/" + lgId() + "/members?date=" + year + "-03-11"))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("name").contains("Broo")).findFirst()
                .orElseThrow().getJsonNumber("personId").longValue();
        HttpResponse<String> organizer = secretariat.put("meetings/" + id(meeting) + "/roles", "{\"version\":"
                + ApiClient.object(noted).getInt("version") + ",\"secretaryId\":" + secretary + "}");
        assertEquals(200, organizer.statusCode(), organizer.body());
        VEvent organized = onlyEvent(ics(path));
        assertTrue(Integer.parseInt(value(organized, Property.SEQUENCE))
                > Integer.parseInt(value(described, Property.SEQUENCE)), "a new secretary is a new organizer");
        assertEquals("mailto:camilla.broo@demo.example", value(organized, Property.ORGANIZER));

        HttpResponse<String> cancelled = secretariat.post("meetings/" + id(meeting) + "/cancellation",
                "{\"version\":" + ApiClient.object(organizer).getInt("version") + "}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        VEvent cancelledEvent = onlyEvent(ics(path));
        assertEquals("CANCELLED", value(cancelledEvent, Property.STATUS));

        Calendar subscribed = IcsFileCheck.check(ics("bodies/" + lgId() + "/calendar.ics")).ical4j();
        assertTrue(subscribed.getComponents(Component.VEVENT).stream()
                .anyMatch(e -> value((VEvent) e, Property.UID).equals(value(after, Property.UID))),
                "the body's feed carries the meeting once it is scheduled or cancelled");
    }

    @Test
    void aMeetingThatHasBegunIsNotCancelledAndTheRuleIsAnsweredAs422() {
        int year = freePastYear();
        long id = id(propose(year, "03-10"));
        assertEquals(200, secretariat.post("meetings/plans/" + year + "/decision",
                "{\"day\":\"" + (year - 1) + "-12-01\",\"reference\":\"LG\"}").statusCode());
        JsonObject held = ApiClient.object(secretariat.get("meetings/" + id));

        HttpResponse<String> refused = secretariat.post("meetings/" + id + "/cancellation",
                "{\"version\":" + held.getInt("version") + "}");

        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("meeting.cancel.started", ApiClient.object(refused).getString("error"));
        assertEquals("The meeting has already begun and can no longer be cancelled.",
                ApiClient.object(refused).getString("message"));
        assertEquals("SCHEDULED", ApiClient.object(secretariat.get("meetings/" + id)).getString("status"));
    }

    @Test
    void invitationsReachTheMembersAsMeetingRequestsAndCancellations() throws Exception {
        int year = freeYear();
        JsonObject meeting = propose(year, "04-14");
        assertEquals(200, secretariat.post("meetings/plans/" + year + "/decision",
                "{\"day\":\"" + year + "-01-10\",\"reference\":\"LG\"}").statusCode());

        HttpResponse<String> sent = secretariat.post("meetings/" + id(meeting) + "/invitations", "");

        assertEquals(200, sent.statusCode(), sent.body());
        int invited = ApiClient.object(sent).getJsonArray("invited").size();
        assertTrue(invited >= 5, sent.body());
        assertTrue(MAIL.waitForIncomingEmail(10_000, invited));
        MimeMessage received = MAIL.getReceivedMessages()[0];
        String raw = GreenMailUtil.getWholeMessage(received);
        assertTrue(raw.contains("text/calendar") && raw.contains("method=REQUEST"), raw);
        String recipients = Arrays.stream(MAIL.getReceivedMessages()).flatMap(m -> {
            try {
                return Arrays.stream(m.getAllRecipients());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).map(Object::toString).collect(Collectors.joining(","));
        assertTrue(recipients.contains("camilla.broo@demo.example"), recipients);
        List<String> addresses = ApiClient.object(sent).getJsonArray("invited").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        IcsFileCheck.Event request = invitationEvent("REQUEST", addresses);
        assertEquals("CONFIRMED", request.status());
        assertEquals(403, ApiClient.demo("member").post("meetings/" + id(meeting) + "/invitations", "").statusCode());

        MAIL.purgeEmailFromAllMailboxes();
        int version = ApiClient.object(secretariat.get("meetings/" + id(meeting))).getInt("version");
        assertEquals(200, secretariat.post("meetings/" + id(meeting) + "/cancellation", "{\"version\":" + version + "}")
                .statusCode());
        HttpResponse<String> cancelled = secretariat.post("meetings/" + id(meeting) + "/invitations", "");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertTrue(MAIL.waitForIncomingEmail(10_000, invited));
        IcsFileCheck.Event cancel = invitationEvent("CANCEL", addresses);
        assertEquals("CANCELLED", cancel.status());
        assertEquals(request.uid(), cancel.uid());
        assertTrue(cancel.sequence() > request.sequence(), "the cancellation replaces the request");
    }

    /**
     * Checks the calendar part and the attached file of every received e-mail: both pass {@link IcsFileCheck}, carry
     * the method, the organizer and every invited address as an attendee asked to reply; returns the event.
     */
    private static IcsFileCheck.Event invitationEvent(String method, List<String> invited) {
        IcsFileCheck.Event event = null;
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            assertTrue(GreenMailUtil.getWholeMessage(message).contains("method=" + method));
            List<byte[]> calendars = Mails.calendars(message);
            assertEquals(2, calendars.size(), "the meeting request and the attached file");
            for (byte[] ics : calendars) {
                IcsFileCheck.Checked checked = IcsFileCheck.check(ics);
                assertEquals(method, checked.ical4j().getProperty(Property.METHOD).map(Property::getValue).orElse(null));
                assertEquals(1, checked.events().size());
                event = checked.events().get(0);
                assertTrue(event.organizer() != null && event.organizer().contains("<mailto:"), event::toString);
                assertEquals(invited.size(), event.attendees().size(), event::toString);
                for (String address : invited) {
                    String attendee = "<mailto:" + address + "> REQ-PARTICIPANT NEEDS-ACTION TRUE";
                    assertTrue(event.attendees().stream().anyMatch(a -> a.contains(attendee)), event::toString);
                }
            }
        }
        assertTrue(event != null, "no e-mail received");
        return event;
    }

    @Test
    void onceTheAdjusterApprovesNothingInTheMeetingCanChangeThroughTheApi() {
        int year = freeYear();
        JsonObject meeting = propose(year, "05-12");
        long id = id(meeting);
        assertEquals(200, secretariat.post("meetings/" + id + "/preparation", "").statusCode());
        long broo = ApiClient.array(secretariat.get("bodies/" + lgId() + "/members?date=" + year + "-05-12"))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("name").equals("Camilla Broo"))
                .findFirst().orElseThrow().getJsonNumber("personId").longValue();
        int version = ApiClient.object(secretariat.get("meetings/" + id)).getInt("version");
        HttpResponse<String> roles = secretariat.put("meetings/" + id + "/roles",
                "{\"version\":" + version + ",\"adjusterId\":" + broo + "}");
        assertEquals(200, roles.statusCode(), roles.body());
        JsonObject sent = ApiClient.object(secretariat.post("meetings/" + id + "/minutes",
                "{\"step\":\"SEND\",\"version\":" + ApiClient.object(roles).getInt("version") + "}"));
        assertEquals("SENT_TO_ADJUSTER", sent.getString("minutesStatus"));

        HttpResponse<String> notTheAdjuster = secretariat.post("meetings/" + id + "/minutes",
                "{\"step\":\"APPROVE\",\"version\":" + sent.getInt("version") + "}");
        assertEquals(422, notTheAdjuster.statusCode());
        assertEquals("meeting.minutes.onlyAdjuster", ApiClient.object(notTheAdjuster).getString("error"));
        HttpResponse<String> approved = ApiClient.demo("member").post("meetings/" + id + "/minutes",
                "{\"step\":\"APPROVE\",\"version\":" + sent.getInt("version") + "}");
        assertEquals(200, approved.statusCode(), approved.body());
        int lockedVersion = ApiClient.object(approved).getInt("version");

        HttpResponse<String> move = secretariat.put("meetings/" + id, "{\"version\":" + lockedVersion + ",\"start\":\""
                + year + "-05-13T08:30:00\",\"end\":\"" + year + "-05-13T10:30:00\"}");
        HttpResponse<String> item = secretariat.post("meetings/" + id + "/items", "{\"title\":\"Sent tillägg\"}");
        HttpResponse<String> cancel = secretariat.post("meetings/" + id + "/cancellation",
                "{\"version\":" + lockedVersion + "}");
        for (HttpResponse<String> refused : List.of(move, item, cancel)) {
            assertEquals(422, refused.statusCode(), refused.body());
            assertEquals("meeting.recordLocked", ApiClient.object(refused).getString("error"));
        }
        JsonObject unchanged = ApiClient.object(secretariat.get("meetings/" + id));
        assertEquals(year + "-05-12T08:30:00", unchanged.getString("start"));
        assertEquals("APPROVED", unchanged.getString("minutesStatus"));
    }

    @Test
    void theMinutesOfTheSeedMeetingHoldEveryNameItemAndDecision() throws Exception {
        JsonObject seed = ApiClient.array(secretariat.get("meetings?year=2022&body=" + lgId()))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("start").startsWith("2022-12-02"))
                .findFirst().orElseThrow();
        HttpResponse<byte[]> docx = ApiClient.demo("director").download("meetings/" + id(seed) + "/minutes.docx");
        assertEquals(200, docx.statusCode());
        assertTrue(docx.headers().firstValue("Content-Disposition").orElse("").contains("minnesanteckningar-LG-2022-12-02"));
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        for (String name : List.of("Magnus Gyllestad", "Camilla Broo", "Frida Nilsson", "Petra Kålbäck",
                "Stefan Hollmark", "Helene Olofsson", "Leif Eriksson", "Mats Bergström", "Cynthia Runefjärd")) {
            assertTrue(text.contains(name), name);
        }
        for (String item : List.of("1. Välkommen", "2. Val av justerare", "3. Utestående ärenden och föregående möten",
                "4. Kommande möten", "5. Verksamhetsplan och budget",
                "6. Förslag ordförande och vice ordförande för Samarbetskommittén år 2023", "7. Nytt utvecklingsprogram",
                "8. Södertörnskonferensen", "9. Övriga frågor", "10. Nästa möte")) {
            assertTrue(text.contains(item), item);
        }
        for (String decision : List.of("Botkyrka blir ordförande och Salem vice ordförande",
                "att inte ta med ”trygghets- och brottsförebyggande frågor”",
                "det redovisade förslaget kan föredras för Samarbetskommittén")) {
            assertTrue(text.contains(decision), decision);
        }
        for (String matter : List.of("tar kontakt med regionen i början på 2023", "klimatnätverket kan redovisa resultat",
                "samarbetsytan i drift", "Diskussion om externa gäster")) {
            assertTrue(text.contains(matter), matter);
        }
        assertTrue(text.contains("Minnesanteckningar från Södertörnskommunernas ledningsgrupp"), "the body's full name");
        assertTrue(text.contains("Rekommendation till Samarbetskommittén (SSK)."), "a recommendation says where it goes");
        assertTrue(text.contains("Ansvarig: Helene Olofsson · Klart till: början av 2023"),
                "an outstanding matter names who and when");
        assertTrue(text.contains("Huddinge kommunhus, lokal Valhall"));
        assertTrue(text.contains("Vid anteckningarna") && text.contains("Justeras"));
        assertEquals(3, Arrays.stream(text.split("\\R")).filter(line -> line.strip().equals("Beslut")).count(),
                "three decisions set apart under their own heading");
    }
}
