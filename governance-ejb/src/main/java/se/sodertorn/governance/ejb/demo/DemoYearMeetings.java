package se.sodertorn.governance.ejb.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemRepository;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.AgendaTemplate;
import se.sodertorn.governance.domain.meeting.Attendance;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;
import se.sodertorn.governance.domain.meeting.DecisionRepository;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingKind;
import se.sodertorn.governance.domain.meeting.MeetingPlan;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRepository;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.organisation.Person;

/**
 * The current year's meetings, so that the demo lives on the day it is started: a decided meeting plan for LG
 * (Fridays) and SSK (Thursdays) spread over the year, the meetings already held with their records and approved,
 * published minutes — except LG's latest, which waits for the approval of Camilla Broo (the demo account
 * {@code member}), and SSK's latest, still a draft — action items due soon and one overdue, and an SSK decision
 * that some executive boards have yet to adopt. When the year's pattern leaves LG without a meeting before or
 * after the day of the start, one is added there.
 */
@ApplicationScoped
class DemoYearMeetings {

    private static final String LG_PLACE = "Huddinge kommunhus";
    private static final String SSK_PLACE = "Södertälje stadshus";
    /** Month and earliest day of LG's meetings (the first Friday on or after). */
    private static final int[][] LG_DAYS = {{1, 20}, {3, 10}, {4, 28}, {6, 9}, {9, 22}, {10, 27}, {12, 8}};
    /** Month and earliest day of SSK's meetings (the first Thursday on or after). */
    private static final int[][] SSK_DAYS = {{1, 15}, {3, 19}, {5, 7}, {8, 20}, {10, 15}, {11, 19}};
    private static final List<String> LG_TOPICS = List.of("Regional utvecklingsplan (RUFS)",
            "Kompetensförsörjning på Södertörn", "Klimatnätverkets lägesrapport", "Verksamhetsplan och budget",
            "Södertörnskonferensen", "Infrastruktur och kollektivtrafik", "Mötesplan för nästa år");
    private static final List<String> SSK_TOPICS = List.of("Verksamhetsplan och budget för året",
            "Samverkan BioDrivÖst etapp 2", "Uppföljning av verksamhetsplanen", "Södertörnskonferensen",
            "Infrastrukturfrågor", "Mötesplan för nästa år");
    private static final String BIOGAS_DECISION = "Samarbetskommittén beslutar att gå vidare med etapp 2 av samverkan "
            + "BioDrivÖst och rekommenderar kommunstyrelserna i de åtta kommunerna att besluta om sin medfinansiering.";

    @Inject
    private MeetingRepository meetings;
    @Inject
    private DecisionRepository decisions;
    @Inject
    private ActionItemRepository actions;
    @Inject
    private MembershipRepository memberships;
    @Inject
    private MunicipalityRepository municipalities;
    @Inject
    private DemoPapers demoPapers;

    void load(LocalDateTime now, Body lg, Body ssk) {
        int year = now.getYear();
        MeetingPlan plan = meetings.savePlan(new MeetingPlan(year));
        List<Meeting> lgYear = planned(plan, lg, LG_DAYS, DayOfWeek.FRIDAY);
        List<Meeting> sskYear = planned(plan, ssk, SSK_DAYS, DayOfWeek.THURSDAY);
        LocalDate decided = LocalDate.of(year - 1, 12, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
        plan.decide(decided, "LG " + decided + ", punkt 4");
        meetings.savePlan(plan);
        List<Meeting> lgMeetings = new ArrayList<>(scheduled(lgYear));
        List<Meeting> sskMeetings = scheduled(sskYear);
        LocalDate today = now.toLocalDate();
        if (lgMeetings.stream().noneMatch(m -> m.getStartsAt().isBefore(now))) {
            lgMeetings.add(0, extra(lg, today.minusDays(14).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY))));
        }
        if (lgMeetings.stream().noneMatch(m -> m.getStartsAt().isAfter(now))) {
            lgMeetings.add(extra(lg, today.plusDays(21).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))));
        }
        keepRecords(lgMeetings, now, LG_TOPICS, today);
        keepRecords(sskMeetings, now, SSK_TOPICS, today);
    }

    private List<Meeting> planned(MeetingPlan plan, Body body, int[][] days, DayOfWeek weekday) {
        List<Meeting> planned = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            LocalDate day = LocalDate.of(plan.getPlanYear(), days[i][0], days[i][1])
                    .with(TemporalAdjusters.nextOrSame(weekday));
            boolean first = i == 0;
            boolean last = i == days.length - 1;
            Meeting meeting;
            if (weekday == DayOfWeek.THURSDAY && first) {
                meeting = Meeting.proposal(plan, body, day.atTime(12, 0), day.atTime(17, 0));
                meeting.describe("Hågelbygård", MeetingKind.PLANNING_CONFERENCE, "Planeringskonferens; startar med lunch");
            } else if (weekday == DayOfWeek.FRIDAY && last) {
                meeting = Meeting.proposal(plan, body, day.atTime(8, 30), day.atTime(12, 0));
                meeting.describe(LG_PLACE, MeetingKind.WITH_LUNCH, "Avslut med lunch");
            } else {
                boolean lgMeeting = weekday == DayOfWeek.FRIDAY;
                meeting = Meeting.proposal(plan, body, day.atTime(lgMeeting ? 8 : 9, lgMeeting ? 30 : 0),
                        day.atTime(11, 0));
                meeting.describe(lgMeeting ? LG_PLACE : SSK_PLACE, MeetingKind.ORDINARY, null);
            }
            planned.add(meetings.save(meeting));
        }
        return planned;
    }

    private List<Meeting> scheduled(List<Meeting> proposals) {
        return proposals.stream().map(proposal -> {
            Meeting meeting = meetings.get(proposal.getId());
            meeting.schedule();
            return meetings.save(meeting);
        }).toList();
    }

    /** A meeting outside the year's plan, e.g. in December of last year. */
    private Meeting extra(Body body, LocalDate day) {
        Meeting meeting = new Meeting(body, day.atTime(8, 30), day.atTime(11, 0));
        meeting.describe(LG_PLACE, MeetingKind.ORDINARY, null);
        meeting.schedule();
        return meetings.save(meeting);
    }

    /**
     * The records of the meetings already held: published minutes, except that the latest waits for its adjuster
     * (LG) or is a draft (SSK). LG gives action items at its two latest meetings; SSK decides on BioDrivÖst.
     */
    private void keepRecords(List<Meeting> bodyMeetings, LocalDateTime now, List<String> topics, LocalDate today) {
        List<Meeting> held = bodyMeetings.stream().filter(m -> m.getStartsAt().isBefore(now))
                .sorted(Comparator.comparing(Meeting::getStartsAt)).toList();
        boolean lg = !held.isEmpty() && held.get(0).getBody().getShortName().equals("LG");
        for (int i = 0; i < held.size(); i++) {
            Meeting meeting = held.get(i);
            boolean latest = i == held.size() - 1;
            Meeting next = i + 1 < bodyMeetings.size() ? nextAfter(bodyMeetings, meeting) : null;
            Map<String, AgendaItem> items = prepare(meeting, topics.get(i % topics.size()), i, lg && latest, next);
            AgendaItem topic = items.get("topic");
            Person secretary = meetings.get(meeting.getId()).getSecretary();
            demoPapers.sendOut(topic, secretary == null ? "Sekretariatet" : secretary.getFullName(), latest);
            if (lg && i >= held.size() - 2) {
                giveActions(meeting, topic, latest, today, held);
            }
            if (!lg && i == Math.max(0, held.size() - 2)) {
                decideOnBiogas(topic, meeting.getDay(), today);
            }
            finish(meeting, latest, lg);
        }
    }

    private static Meeting nextAfter(List<Meeting> bodyMeetings, Meeting meeting) {
        return bodyMeetings.stream().filter(m -> m.getStartsAt().isAfter(meeting.getStartsAt()))
                .min(Comparator.comparing(Meeting::getStartsAt)).orElse(null);
    }

    private Map<String, AgendaItem> prepare(Meeting held, String topic, int index, boolean brooAdjusts, Meeting next) {
        Meeting meeting = meetings.get(held.getId());
        List<Membership> members = memberships.activeOn(meeting.getBody().getId(), meeting.getDay());
        Person chair = holder(members, MembershipRole.CHAIR);
        Person secretary = holder(members, MembershipRole.SECRETARY);
        List<Person> ordinary = members.stream().filter(m -> m.getRole() == MembershipRole.MEMBER)
                .map(Membership::getPerson).distinct().sorted(Comparator.comparing(Person::getLastName)).toList();
        Person adjuster = brooAdjusts ? ordinary.stream().filter(p -> p.getFullName().equals("Camilla Broo"))
                .findFirst().orElseThrow() : ordinary.get(index % ordinary.size());
        List<Person> others = ordinary.stream().filter(p -> !p.equals(adjuster)).toList();
        Person away = others.isEmpty() ? null : others.get(index % others.size());
        meeting.assignRoles(chair, secretary, adjuster);
        members.stream().map(Membership::getPerson).distinct().forEach(person -> {
            Attendance line = Attendance.member(meeting, person);
            line.markPresent(!person.equals(away));
            meetings.saveAttendance(line);
        });
        List<String> titles = new ArrayList<>(List.of(AgendaTemplate.STANDARD.split("\n")));
        titles.add(titles.size() - 2, topic);
        AgendaItem topicItem = null;
        for (int number = 1; number <= titles.size(); number++) {
            String title = titles.get(number - 1);
            AgendaItem item = new AgendaItem(meeting, number, title, AgendaTemplate.kindOf(title));
            item.write(title, notes(title, topic, chair, adjuster, next));
            AgendaItem saved = meetings.saveItem(item);
            if (title.equals(topic)) {
                topicItem = saved;
            }
        }
        meetings.save(meeting);
        return Map.of("topic", topicItem);
    }

    private static String notes(String title, String topic, Person chair, Person adjuster, Meeting next) {
        if (title.equals("Välkommen") && chair != null) {
            return chair.getFullName() + " hälsar alla välkomna.";
        }
        if (title.equals("Val av justerare")) {
            return adjuster.getFullName() + " valdes till justerare.";
        }
        if (title.equals(topic)) {
            return "Demo: genomgång och diskussion av " + topic.toLowerCase() + ".";
        }
        if (title.equals("Nästa möte") && next != null) {
            return "Nästa möte hålls den " + next.getDay() + ".";
        }
        return null;
    }

    private static Person holder(List<Membership> members, MembershipRole role) {
        return members.stream().filter(m -> m.getRole() == role).map(Membership::getPerson).findFirst().orElse(null);
    }

    /**
     * At LG's latest meeting: two action items due within two weeks (one the demo member's); at the one before:
     * one the demo member has let run over its due day, and one closed at the latest meeting.
     */
    private void giveActions(Meeting meeting, AgendaItem topic, boolean latest, LocalDate today, List<Meeting> held) {
        Map<String, Person> people = new HashMap<>();
        meetings.attendance(meeting.getId()).stream().filter(a -> !a.isGuest())
                .forEach(a -> people.put(a.getPerson().getFullName(), a.getPerson()));
        if (latest) {
            actions.save(new ActionItem(topic, "Camilla Broo tar fram ett underlag om gemensam kompetensförsörjning "
                    + "inför nästa möte.", people.get("Camilla Broo"), today.plusDays(7), null));
            actions.save(new ActionItem(topic, "Helene Olofsson skickar ut förslaget till nästa års mötesplan.",
                    people.get("Helene Olofsson"), today.plusDays(10), null));
            return;
        }
        actions.save(new ActionItem(topic, "Camilla Broo sammanställer kommunernas synpunkter på remissen om "
                + "regional utvecklingsplan.", people.get("Camilla Broo"), today.minusDays(5), null));
        ActionItem invitation = actions.save(new ActionItem(topic, "Stefan Hollmark bjuder in Trafikverket till ett "
                + "kommande möte.", people.get("Stefan Hollmark"), null, "under hösten"));
        invitation.closeAt(meetings.get(held.get(held.size() - 1).getId()));
        actions.save(invitation);
    }

    private void decideOnBiogas(AgendaItem topic, LocalDate meetingDay, LocalDate today) {
        Decision decision = new Decision(topic, null);
        decision.rewrite(BIOGAS_DECISION, null, null, true);
        Decision saved = decisions.save(decision);
        int[] daysAfter = {20, 27, 34};
        int index = 0;
        for (var municipality : municipalities.listByName()) {
            DecisionAdoption adoption = new DecisionAdoption(saved, municipality);
            LocalDate adopted = index < daysAfter.length ? meetingDay.plusDays(daysAfter[index]) : null;
            if (adopted != null && adopted.isBefore(today)) {
                adoption.adoptedOn(adopted);
            }
            decisions.saveAdoption(adoption);
            index++;
        }
    }

    private void finish(Meeting held, boolean latest, boolean lg) {
        Meeting meeting = meetings.get(held.getId());
        if (latest && !lg) {
            return;
        }
        meeting.sendToAdjuster();
        if (!latest) {
            meeting.approve(meeting.getAdjuster(), "demo", meeting.getEndsAt().plusDays(5));
            meeting.publish();
        }
        meetings.save(meeting);
    }
}
