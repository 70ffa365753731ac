package se.sodertorn.governance.ejb.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemRepository;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.AgendaTemplate;
import se.sodertorn.governance.domain.meeting.Attendance;
import se.sodertorn.governance.domain.meeting.ChairRotation;
import se.sodertorn.governance.domain.meeting.ChairRotationRepository;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;
import se.sodertorn.governance.domain.meeting.DecisionRepository;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingKind;
import se.sodertorn.governance.domain.meeting.MeetingPlan;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRepository;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.organisation.Person;

/**
 * The management group's meeting of 2 December 2022 exactly as its minutes tell it (ten items, attendance, three
 * decisions, four outstanding matters), the 2023 meeting plan decided there with its twelve dates, SSK's planning
 * conference of 12 January 2023 deciding on LG's recommendations (SUP 2040 adopted by five of eight KS so far),
 * and SSK's chair rotation. The outstanding matters were given at an earlier LG meeting, made up for the demo
 * (28 October 2022), since the minutes only say they came from the year's meetings; LG's first meeting of 2023
 * closes them.
 */
@ApplicationScoped
public class DemoMeetings {

    private static final String HUDDINGE = "Huddinge kommunhus";
    private static final String RECOMMENDATION_CHAIR = "Ledningsgruppen står bakom förslaget som innebär att Botkyrka "
            + "blir ordförande och Salem vice ordförande för Samarbetskommittén år 2023. Förslaget skickas ut till nya "
            + "samarbetskommittén för beslut under december.";
    private static final String RECOMMENDATION_SAFETY = "Ledningsgruppen rekommenderar Samarbetskommittén att inte ta "
            + "med ”trygghets- och brottsförebyggande frågor” i nästkommande utvecklingsprogram (SUP2040).";

    @Inject
    private MeetingRepository meetings;
    @Inject
    private DecisionRepository decisions;
    @Inject
    private ActionItemRepository actions;
    @Inject
    private BodyRepository bodies;
    @Inject
    private MembershipRepository memberships;
    @Inject
    private MunicipalityRepository municipalities;
    @Inject
    private ChairRotationRepository rotations;

    private final Map<String, Person> people = new HashMap<>();

    /** Whether the meetings have been loaded before. */
    public boolean isLoaded() {
        return meetings.plan(2023).isPresent();
    }

    public void load() {
        Body lg = bodies.findByShortName("LG").orElseThrow();
        Body ssk = bodies.findByShortName("SSK").orElseThrow();
        memberships.activeOn(lg.getId(), LocalDate.of(2022, 12, 2)).stream().map(Membership::getPerson)
                .forEach(p -> people.put(p.getFullName(), p));
        Meeting october = earlierMeeting(lg);
        Meeting december = seedMeeting(lg);
        Map<Integer, Decision> recommendations = seedDecisions(december, ssk);
        approve(october);
        approve(december);
        Meeting planningConference = plan2023(lg, ssk);
        sskDecides(planningConference, recommendations);
        closeOutstandingAtFirstMeetingOf2023(lg);
        rotations.save(new ChairRotation(ssk, 2023,
                List.of("0127", "0128", "0136", "0126", "0140", "0192", "0181", "0138")));
    }

    private Meeting earlierMeeting(Body lg) {
        Meeting meeting = meetings.save(new Meeting(lg, at(2022, 10, 28, 8, 30), at(2022, 10, 28, 10, 30)));
        meeting.describe(HUDDINGE, MeetingKind.ORDINARY, null);
        meeting.schedule();
        meeting.assignRoles(person("Magnus Gyllestad"), person("Helene Olofsson"), person("Stefan Hollmark"));
        attendance(meeting, List.of());
        AgendaItem welcome = item(meeting, 1, "Välkommen", null);
        AgendaItem region = item(meeting, 2, "Regional utveckling och samverkan", "Demo: mötet där de utestående "
                + "ärendena i minnesanteckningarna från 2 december 2022 gavs.");
        item(meeting, 3, "Nästa möte", "Ledningsgruppen träffas nästa gång den 2 december.");
        Person olofsson = person("Helene Olofsson");
        actions.save(new ActionItem(region, "Helene Olofsson tar kontakt med regionen i början på 2023 för ytterligare "
                + "avstämningar och dialogmöten på olika nivåer mellan Södertörnskommunerna och Regionen avseende nya "
                + "RUFS.", olofsson, null, "början av 2023"));
        actions.save(new ActionItem(region, "Helene Olofsson återkommer med förslag på ledningsgruppsmöte i vår då "
                + "klimatnätverket kan redovisa resultat från samverkan BioDrivÖst.", olofsson, null, "våren 2023"));
        actions.save(new ActionItem(region, "Helene Olofsson återkommer i frågan om kostnader för att ha samarbetsytan "
                + "i drift på Södertörnskommunerna webbplats samt försöker reda ut varför vissa kommuner har svårt att "
                + "komma åt team i Teams.", olofsson, null, null));
        actions.save(new ActionItem(welcome, "Diskussion om externa gäster på ledningsgruppens möten under 2023 "
                + "genomförs på ledningsgruppsmöte i början av nästa år.", person("Magnus Gyllestad"), null,
                "början av 2023"));
        return meetings.save(meeting);
    }

    private Meeting seedMeeting(Body lg) {
        Meeting meeting = meetings.save(new Meeting(lg, at(2022, 12, 2, 8, 30), at(2022, 12, 2, 10, 30)));
        meeting.describe("Huddinge kommunhus, lokal Valhall", MeetingKind.ORDINARY, null);
        meeting.schedule();
        meeting.assignRoles(person("Magnus Gyllestad"), person("Helene Olofsson"), person("Camilla Broo"));
        attendance(meeting, List.of("Leif Eriksson", "Mats Bergström", "Cynthia Runefjärd"));
        DemoMinutes.items().forEach((number, text) -> item(meeting, number, text[0], text[1]));
        return meetings.save(meeting);
    }

    private Map<Integer, Decision> seedDecisions(Meeting december, Body ssk) {
        Map<Integer, AgendaItem> items = new HashMap<>();
        meetings.agenda(december.getId()).forEach(i -> items.put(i.getNumber(), i));
        Decision chair = decisionAt(items.get(6), RECOMMENDATION_CHAIR, ssk);
        Decision safety = decisionAt(items.get(7), RECOMMENDATION_SAFETY, ssk);
        decisionAt(items.get(8), "Ledningsgruppen beslutar att det redovisade förslaget kan föredras för "
                + "Samarbetskommittén på deras planeringskonferens i januari 2023.", null);
        return Map.of(6, chair, 7, safety);
    }

    private Meeting plan2023(Body lg, Body ssk) {
        MeetingPlan plan = meetings.savePlan(new MeetingPlan(2023));
        Meeting conference = planned(plan, ssk, LocalDate.of(2023, 1, 12), 12, 17, MeetingKind.PLANNING_CONFERENCE,
                "Hågelbygård", "Planeringskonferens em; startar med gemensam lunch och avslutas med middag");
        planned(plan, lg, LocalDate.of(2023, 2, 10), 8, 11, MeetingKind.ORDINARY, HUDDINGE, null);
        planned(plan, ssk, LocalDate.of(2023, 3, 16), 9, 11, MeetingKind.ORDINARY, null, null);
        planned(plan, lg, LocalDate.of(2023, 4, 28), 8, 11, MeetingKind.ORDINARY, HUDDINGE, null);
        Meeting adjusted = planned(plan, ssk, LocalDate.of(2023, 4, 27), 9, 11, MeetingKind.ORDINARY, null,
                "Obs datum har justerats i efterhand");
        planned(plan, lg, LocalDate.of(2023, 6, 9), 8, 11, MeetingKind.ORDINARY, HUDDINGE, null);
        planned(plan, ssk, LocalDate.of(2023, 8, 17), 9, 11, MeetingKind.ORDINARY, null, null);
        planned(plan, lg, LocalDate.of(2023, 9, 21), 13, 17, MeetingKind.PLANNING_CONFERENCE, null,
                "LG planeringskonferens (em)");
        planned(plan, ssk, LocalDate.of(2023, 10, 12), 9, 11, MeetingKind.ORDINARY, null, null);
        planned(plan, lg, LocalDate.of(2023, 10, 27), 8, 11, MeetingKind.ORDINARY, HUDDINGE, null);
        planned(plan, ssk, LocalDate.of(2023, 11, 16), 9, 11, MeetingKind.ORDINARY, null, null);
        planned(plan, lg, LocalDate.of(2023, 12, 15), 8, 12, MeetingKind.WITH_LUNCH, HUDDINGE, "Avslut med lunch");
        plan.decide(LocalDate.of(2022, 12, 2), "LG 2022-12-02, punkt 4");
        meetings.savePlan(plan);
        meetings.inYear(2023, null).forEach(m -> {
            m.schedule();
            meetings.save(m);
        });
        adjusted.reschedule(at(2023, 5, 4, 9, 0), at(2023, 5, 4, 11, 0));
        meetings.save(adjusted);
        return conference;
    }

    private void sskDecides(Meeting conference, Map<Integer, Decision> recommendations) {
        Meeting meeting = meetings.find(conference.getId()).orElseThrow();
        List<Membership> members = memberships.activeOn(meeting.getBody().getId(), meeting.getDay());
        Person chair = members.stream().filter(m -> m.getRole() == MembershipRole.CHAIR).findFirst().orElseThrow()
                .getPerson();
        Person vice = members.stream().filter(m -> m.getRole() == MembershipRole.VICE_CHAIR).findFirst().orElseThrow()
                .getPerson();
        meeting.assignRoles(chair, person("Helene Olofsson"), vice);
        members.stream().map(Membership::getPerson).distinct()
                .forEach(p -> meetings.saveAttendance(Attendance.member(meeting, p)));
        item(meeting, 1, "Välkommen", null);
        item(meeting, 2, "Val av justerare", vice.getFullName() + " valdes till justerare.");
        AgendaItem chairItem = item(meeting, 3, "Ordförande och vice ordförande 2023", null);
        AgendaItem programme = item(meeting, 4, "Nytt utvecklingsprogram SUP 2040", null);
        item(meeting, 5, "Upplägg Södertörnskonferensen 2023", null);
        item(meeting, 6, "Nästa möte", "Samarbetskommittén sammanträder nästa gång den 16 mars.");
        Decision chairDecision = new Decision(chairItem, null);
        chairDecision.rewrite("Samarbetskommittén beslutar att Botkyrka är ordförande och Salem vice ordförande för "
                + "Samarbetskommittén år 2023.", null, recommendations.get(6), false);
        decisions.save(chairDecision);
        Decision sup = new Decision(programme, null);
        sup.rewrite("Samarbetskommittén beslutar att anta utvecklingsprogrammet SUP 2040, utan trygghets- och "
                + "brottsförebyggande frågor, och rekommenderar kommunstyrelserna i de åtta kommunerna att anta det.",
                null, recommendations.get(7), true);
        Decision saved = decisions.save(sup);
        municipalities.listByName().forEach(m -> {
            DecisionAdoption adoption = new DecisionAdoption(saved, m);
            adoption.adoptedOn(DemoPlans.SUP_2040_ADOPTED.get(m.getName()));
            decisions.saveAdoption(adoption);
        });
        meetings.save(meeting);
        meeting.sendToAdjuster();
        meeting.approve(vice, "demo", at(2023, 1, 19, 10, 0));
        meeting.publish();
        meetings.save(meeting);
    }

    /** The matters outstanding in December 2022 were dealt with at LG's first meeting of 2023. */
    private void closeOutstandingAtFirstMeetingOf2023(Body lg) {
        Meeting first = meetings.inYear(2023, lg.getId()).get(0);
        for (ActionItem matter : actions.outstandingAt(first)) {
            matter.closeAt(first);
            actions.save(matter);
        }
    }

    private Meeting planned(MeetingPlan plan, Body body, LocalDate day, int fromHour, int toHour, MeetingKind kind,
            String place, String note) {
        int minute = fromHour == 8 ? 30 : 0;
        Meeting meeting = Meeting.proposal(plan, body, day.atTime(fromHour, minute), day.atTime(toHour, 0));
        meeting.describe(place, kind, note);
        return meetings.save(meeting);
    }

    private void attendance(Meeting meeting, List<String> absent) {
        memberships.activeOn(meeting.getBody().getId(), meeting.getDay()).stream().map(Membership::getPerson).distinct()
                .forEach(p -> {
                    Attendance line = Attendance.member(meeting, p);
                    line.markPresent(!absent.contains(p.getFullName()));
                    meetings.saveAttendance(line);
                });
    }

    private AgendaItem item(Meeting meeting, int number, String title, String notes) {
        AgendaItem item = new AgendaItem(meeting, number, title, AgendaTemplate.kindOf(title));
        item.write(title, notes);
        return meetings.saveItem(item);
    }

    private Decision decisionAt(AgendaItem item, String text, Body recommendedTo) {
        Decision decision = new Decision(item, null);
        decision.rewrite(text, recommendedTo, null, false);
        return decisions.save(decision);
    }

    private void approve(Meeting meeting) {
        Meeting stored = meetings.find(meeting.getId()).orElseThrow();
        stored.sendToAdjuster();
        stored.approve(stored.getAdjuster(), "demo", stored.getEndsAt().plusDays(7));
        stored.publish();
        meetings.save(stored);
    }

    private Person person(String name) {
        Person person = people.get(name);
        if (person == null) {
            throw new IllegalStateException("demo register lacks " + name);
        }
        return person;
    }

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }
}
