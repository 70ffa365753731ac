package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemDraft;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Clash;
import se.sodertorn.governance.domain.meeting.ClashKind;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;
import se.sodertorn.governance.domain.meeting.DecisionDraft;
import se.sodertorn.governance.domain.meeting.DecisionFilter;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingDraft;
import se.sodertorn.governance.domain.meeting.MeetingStatus;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.meeting.ActionItemService;
import se.sodertorn.governance.ejb.meeting.ChairTurn;
import se.sodertorn.governance.ejb.meeting.ChairRotationService;
import se.sodertorn.governance.ejb.meeting.DecisionChain;
import se.sodertorn.governance.ejb.meeting.DecisionService;
import se.sodertorn.governance.ejb.meeting.ExternalCalendarService;
import se.sodertorn.governance.ejb.meeting.MeetingPlanService;
import se.sodertorn.governance.ejb.meeting.MeetingRecord;
import se.sodertorn.governance.ejb.meeting.MeetingService;
import se.sodertorn.governance.ejb.meeting.MinutesService;
import se.sodertorn.governance.ejb.organisation.BodyService;

/**
 * Meetings through the real services: clash check and decision of a plan, the record with its outstanding
 * matters, the recommendation chain with KS adoptions, and approved minutes that nothing can change.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(MeetingServiceIT.class);
    }

    @EJB
    private MeetingPlanService plans;
    @EJB
    private MeetingService meetings;
    @EJB
    private DecisionService decisions;
    @EJB
    private ActionItemService actions;
    @EJB
    private MinutesService minutes;
    @EJB
    private ExternalCalendarService calendars;
    @EJB
    private ChairRotationService rotations;
    @EJB
    private BodyService bodies;
    @Inject
    private Callers callers;

    private Body body(String shortName) throws Exception {
        return callers.asMember(() -> bodies.page(new PageRequest(0, 50, null, true, shortName)).rows().stream()
                .filter(b -> b.getShortName().equals(shortName)).findFirst().orElseThrow());
    }

    /** An even year from 2030 to 2058 without meetings. */
    private int freeYear() throws Exception {
        int year = 2030 + 2 * ThreadLocalRandom.current().nextInt(8);
        while (!free(year)) {
            year += 2;
        }
        return year;
    }

    private boolean free(int year) throws Exception {
        return callers.asMember(() -> plans.meetings(year, null)).isEmpty();
    }

    private Meeting propose(Body body, LocalDate day) throws Exception {
        MeetingDraft draft = new MeetingDraft();
        draft.setBodyId(body.getId());
        draft.setDay(day);
        draft.setStart(LocalTime.of(8, 30));
        draft.setEnd(LocalTime.of(10, 30));
        draft.setPlace("Huddinge kommunhus");
        return callers.asSecretariat(() -> plans.propose(day.getYear(), draft));
    }

    private static GovernanceException refused(Callable<?> work) {
        return assertThrows(GovernanceException.class, work::call);
    }

    @Test
    void aPlanShowsItsClashesAndDecidingItSchedulesTheMeetingsWhoseLaterMovesShowAsAdjusted() throws Exception {
        int year = freeYear();
        Body lg = body("LG");
        Body ssk = body("SSK");
        LocalDate midsummerEve = LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        LocalDate ordinary = LocalDate.of(year, 3, 9);
        Meeting onHoliday = propose(lg, midsummerEve);
        Meeting lgMeeting = propose(lg, ordinary);
        propose(ssk, ordinary);
        LocalDate external = LocalDate.of(year, 9, 14);
        Meeting againstExternal = propose(ssk, external);
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:mt-" + year
                + "@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:" + external.toString().replace("-", "")
                + "\r\nDTEND;VALUE=DATE:" + external.plusDays(1).toString().replace("-", "")
                + "\r\nSUMMARY:Mälartinget\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        callers.asSecretariat(() -> calendars.importFile("Mälartinget " + year, ics.getBytes(StandardCharsets.UTF_8), year));

        List<Clash> clashes = callers.asDirector(() -> plans.clashes(year));

        assertTrue(clashes.stream().anyMatch(c -> c.meeting().equals(onHoliday) && c.kind() == ClashKind.HOLIDAY
                && c.with().equals("Midsommarafton")), clashes.toString());
        assertTrue(clashes.stream().anyMatch(c -> c.meeting().equals(lgMeeting) && c.kind() == ClashKind.OWN_MEETING
                && c.with().startsWith("SSK")), clashes.toString());
        assertTrue(clashes.stream().anyMatch(c -> c.meeting().equals(againstExternal) && c.kind() == ClashKind.EXTERNAL
                && c.with().contains("Mälartinget")), clashes.toString());

        callers.asSecretariat(() -> plans.decide(year, LocalDate.of(year - 1, 12, 2), "LG punkt 4"));
        List<Meeting> decided = callers.asMember(() -> plans.meetings(year, lg.getId()));
        assertTrue(decided.stream().allMatch(m -> m.getStatus() == MeetingStatus.SCHEDULED));
        assertFalse(decided.get(0).isDateAdjusted());

        Meeting scheduled = callers.asMember(() -> meetings.find(lgMeeting.getId()));
        MeetingDraft move = MeetingDraft.of(scheduled);
        move.setDay(ordinary.plusDays(1));
        Meeting moved = callers.asSecretariat(() -> plans.change(scheduled.getId(), scheduled.getVersion(), move));
        assertTrue(moved.isDateAdjusted());
        assertEquals(ordinary, moved.getDecidedStart().toLocalDate());
        assertTrue(moved.getCalendarSequence() > scheduled.getCalendarSequence());
        assertEquals("meeting.withdrawOnlyProposal",
                refused(() -> callers.asSecretariat(() -> {
                    plans.withdraw(moved.getId(), moved.getVersion());
                    return null;
                })).getMessageKey());
        assertThrows(EJBAccessException.class, () -> callers.asMember(() -> plans.propose(year, move)));
    }

    @Test
    void anActionItemComesUpByItselfAtTheBodysNextMeetingsUntilOneClosesIt() throws Exception {
        int year = freeYear();
        Body lg = body("LG");
        Meeting first = propose(lg, LocalDate.of(year, 2, 10));
        Meeting second = propose(lg, LocalDate.of(year, 4, 28));
        Meeting third = propose(lg, LocalDate.of(year, 6, 9));

        MeetingRecord prepared = callers.asSecretariat(() -> meetings.prepare(first.getId()));
        assertEquals(List.of("Välkommen", "Val av justerare", "Utestående ärenden och föregående möten", "Övriga frågor",
                "Nästa möte"), prepared.agenda().stream().map(AgendaItem::getTitle).toList());
        assertTrue(prepared.agenda().get(2).isOutstandingMatters());
        assertTrue(prepared.attendance().stream().anyMatch(a -> a.getName().equals("Camilla Broo")));
        assertEquals("Magnus Gyllestad", prepared.meeting().getChair().getFullName());
        assertEquals("Helene Olofsson", prepared.meeting().getSecretary().getFullName());

        AgendaItem added = callers.asSecretariat(() -> meetings.addItem(first.getId(), "Regional samverkan", 4));
        assertEquals(4, added.getNumber());
        ActionItemDraft task = new ActionItemDraft();
        task.setText("Kansliet tar kontakt med regionen om RUFS");
        task.setDueText("början av " + (year + 1));
        ActionItem given = callers.asSecretariat(() -> actions.give(added.getId(), task));

        MeetingRecord next = callers.asSecretariat(() -> meetings.prepare(second.getId()));
        assertTrue(next.outstanding().stream().anyMatch(a -> a.getId().equals(given.getId())));
        assertEquals(third.getId(), next.nextMeeting().getId());
        callers.asSecretariat(() -> actions.close(given.getId(), second.getId()));

        assertTrue(callers.asMember(() -> meetings.record(second.getId())).outstanding().stream()
                .anyMatch(a -> a.getId().equals(given.getId()) && !a.isOpen()), "the meeting that closed it still lists it");
        assertTrue(callers.asMember(() -> meetings.record(third.getId())).outstanding().stream()
                .noneMatch(a -> a.getId().equals(given.getId())), "later meetings do not");
        assertEquals("actionItem.closeAtLaterMeeting", refused(() -> callers.asSecretariat(() -> {
            actions.reopen(given.getId());
            return actions.close(given.getId(), first.getId());
        })).getMessageKey());
    }

    @Test
    void aRecommendationLeadsToADecisionThatTheExecutiveBoardsAdopt() throws Exception {
        int year = freeYear();
        Meeting lgMeeting = propose(body("LG"), LocalDate.of(year, 11, 20));
        Meeting sskMeeting = propose(body("SSK"), LocalDate.of(year, 12, 10));
        AgendaItem lgItem = callers.asSecretariat(() -> meetings.prepare(lgMeeting.getId())).agenda().get(3);
        AgendaItem sskItem = callers.asSecretariat(() -> meetings.prepare(sskMeeting.getId())).agenda().get(3);
        String marker = "Testprogram " + year + "-" + ThreadLocalRandom.current().nextInt(1_000_000);

        DecisionDraft recommend = new DecisionDraft();
        recommend.setText("Ledningsgruppen rekommenderar Samarbetskommittén att anta " + marker);
        recommend.setRecommendedToId(body("SSK").getId());
        Decision recommendation = callers.asSecretariat(() -> decisions.add(lgItem.getId(), recommend));
        DecisionDraft decide = new DecisionDraft();
        decide.setText("Samarbetskommittén antar " + marker);
        decide.setFollowsRecommendationId(recommendation.getId());
        decide.setNeedsAdoption(true);
        Decision decision = callers.asSecretariat(() -> decisions.add(sskItem.getId(), decide));

        DecisionChain chain = callers.asDirector(() -> decisions.chain(decision.getId()));
        assertEquals(recommendation.getId(), chain.recommendation().getId());
        assertEquals(8, chain.adoptions().size());
        assertEquals(0, chain.adoptedCount());
        DecisionAdoption first = chain.adoptions().get(0);
        assertEquals("decision.adoptionInFuture", refused(() -> callers.asSecretariat(() ->
                decisions.recordAdoption(first.getId(), first.getVersion(), LocalDate.of(year, 12, 11)))).getMessageKey());
        Decision demoDecision = callers.asMember(() -> decisions.register(new DecisionFilter(null, 2023, "SUP 2040"),
                new PageRequest(0, 5, null, true, null))).rows().stream().filter(Decision::isNeedsAdoption)
                .findFirst().orElseThrow();
        DecisionAdoption notYet = callers.asMember(() -> decisions.chain(demoDecision.getId())).adoptions().stream()
                .filter(a -> !a.isAdopted()).findFirst().orElseThrow();
        assertEquals("decision.adoptionBeforeDecision", refused(() -> callers.asSecretariat(() ->
                decisions.recordAdoption(notYet.getId(), notYet.getVersion(), LocalDate.of(2022, 12, 1)))).getMessageKey());
        assertEquals(List.of(decision.getId()), callers.asDirector(() -> decisions.chain(recommendation.getId()))
                .followers().stream().map(Decision::getId).toList());
        assertEquals(2, callers.asMember(() -> decisions.register(new DecisionFilter(null, year, marker),
                new PageRequest(0, 20, null, true, null))).total());
        assertEquals(1, callers.asMember(() -> decisions.register(new DecisionFilter(body("SSK").getId(), year, marker),
                new PageRequest(0, 20, null, true, null))).total());
    }

    @Test
    void approvedMinutesRefuseEveryChangeThroughTheServicesButTakeACorrection() throws Exception {
        Body lg = body("LG");
        Meeting seed = callers.asMember(() -> plans.meetings(2022, lg.getId())).stream()
                .filter(m -> m.getDay().equals(LocalDate.of(2022, 12, 2))).findFirst().orElseThrow();
        MeetingRecord record = callers.asMember(() -> meetings.record(seed.getId()));
        assertTrue(seed.isRecordLocked());
        assertEquals(10, record.agenda().size());
        assertEquals(4, record.outstanding().size());
        assertEquals(6, record.present().size());
        assertEquals(3, record.absent().size());
        AgendaItem item = record.agenda().get(0);
        Decision decision = record.decisionsOf(record.agenda().get(5)).get(0);
        DecisionDraft draft = DecisionDraft.of(decision);
        ActionItemDraft task = new ActionItemDraft();
        task.setText("Sent uppdrag");
        MeetingDraft move = MeetingDraft.of(seed);
        move.setDay(LocalDate.of(2022, 12, 9));

        List<Callable<?>> attempts = List.of(
                () -> meetings.writeItem(item.getId(), item.getVersion(), "Ändrad", "Ändrad"),
                () -> meetings.addItem(seed.getId(), "Tillägg", null),
                () -> meetings.markPresent(record.absent().get(0).getId(), true),
                () -> meetings.addGuest(seed.getId(), "Gäst", null),
                () -> meetings.assignRoles(seed.getId(), seed.getVersion(), null, null, null),
                () -> decisions.change(decision.getId(), decision.getVersion(), draft),
                () -> decisions.add(item.getId(), draft),
                () -> actions.give(item.getId(), task),
                () -> plans.change(seed.getId(), seed.getVersion(), move),
                () -> plans.cancel(seed.getId(), seed.getVersion()));
        for (Callable<?> attempt : attempts) {
            assertEquals("meeting.recordLocked", refused(() -> callers.asAdmin(attempt)).getMessageKey());
        }
        MeetingRecord after = callers.asMember(() -> meetings.record(seed.getId()));
        assertEquals("Välkommen", after.agenda().get(0).getTitle());
        assertEquals(3, after.absent().size());

        String correction = "Rättelse: lokalen hette Valhall " + ThreadLocalRandom.current().nextInt(1_000_000) + ".";
        callers.asSecretariat(() -> minutes.correct(seed.getId(), correction));
        assertEquals(1, callers.asMember(() -> meetings.record(seed.getId())).corrections().stream()
                .filter(c -> c.getText().equals(correction)).count());
        assertEquals("meeting.minutes.notSent", refused(() -> callers.asAdmin(() ->
                minutes.approve(seed.getId(), seed.getVersion()))).getMessageKey());
    }

    @Test
    void theChairRotationProposesTheComingYearsBesideTheActualHolders() throws Exception {
        Body ssk = body("SSK");
        List<ChairTurn> turns = callers.asMember(() -> rotations.turns(ssk.getId(), 2023, 3));
        assertEquals("Botkyrka", turns.get(0).chairMunicipality());
        assertEquals("Salem", turns.get(0).viceChairMunicipality());
        assertTrue(turns.get(0).actualChair().endsWith("(Botkyrka)"), turns.get(0).actualChair());
        assertTrue(turns.get(0).isFollowed());
        assertEquals("Salem", turns.get(1).chairMunicipality());
        assertEquals("Haninge", turns.get(1).viceChairMunicipality());
    }
}
