package se.sodertorn.governance.domain.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyKind;
import se.sodertorn.governance.domain.shared.GovernanceException;

class MeetingPartsTest {

    private static final Body LG = new Body("LG", "Ledningsgruppen", BodyKind.MANAGEMENT_GROUP);
    private static final Body SSK = new Body("SSK", "Samarbetskommittén", BodyKind.COOPERATION_COMMITTEE);

    private static Meeting meeting(Body body, LocalDate day) {
        return new Meeting(body, day.atTime(8, 30), day.atTime(10, 30));
    }

    @Test
    void theClashCheckNamesHolidaysOurOtherMeetingsAndExternalEvents() {
        LocalDate midsummerEve = LocalDate.of(2023, 6, 23);
        LocalDate conference = LocalDate.of(2023, 9, 21);
        Meeting onHoliday = meeting(LG, midsummerEve);
        Meeting lg = meeting(LG, conference);
        Meeting ssk = meeting(SSK, conference);
        Meeting cancelled = meeting(SSK, midsummerEve);
        cancelled.cancel(midsummerEve.minusDays(1).atStartOfDay());
        ExternalCalendar malartinget = new ExternalCalendar("Mälartinget", null);
        ExternalCalendarEvent allDay = new ExternalCalendarEvent(malartinget, "Mälartinget årsmöte",
                conference.atStartOfDay(), conference.plusDays(1).atStartOfDay(), true);
        ExternalCalendarEvent dayBefore = new ExternalCalendarEvent(malartinget, "Förmöte",
                conference.minusDays(1).atTime(13, 0), conference.atStartOfDay(), false);
        List<Meeting> all = List.of(onHoliday, lg, ssk, cancelled);

        List<Clash> clashes = new ClashCheck(Map.of(midsummerEve, "Midsommarafton"), all, List.of(allDay, dayBefore))
                .of(all);

        assertEquals(5, clashes.size(), clashes.toString());
        assertEquals(new Clash(onHoliday, midsummerEve, ClashKind.HOLIDAY, "Midsommarafton"), clashes.get(0));
        assertTrue(clashes.contains(new Clash(lg, conference, ClashKind.OWN_MEETING, "SSK 08:30")));
        assertTrue(clashes.contains(new Clash(ssk, conference, ClashKind.OWN_MEETING, "LG 08:30")));
        assertTrue(clashes.contains(new Clash(ssk, conference, ClashKind.EXTERNAL, "Mälartinget: Mälartinget årsmöte")));
        assertTrue(clashes.stream().noneMatch(c -> c.with().contains("Förmöte")), "an event ending at midnight is over");
    }

    @Test
    void theRotationGivesEachYearsChairAndTheNextInTurnAsViceChair() {
        ChairRotation rotation = new ChairRotation(SSK, 2023, List.of("0127", "0128", "0136"));
        assertEquals("0127", rotation.chairIn(2023));
        assertEquals("0128", rotation.viceChairIn(2023));
        assertEquals("0136", rotation.chairIn(2025));
        assertEquals("0127", rotation.viceChairIn(2025));
        assertEquals("0128", rotation.chairIn(2021), "years before the first one count backwards");
        assertThrows(GovernanceException.class, () -> rotation.reorder(2023, List.of("0127", "0127")));
        assertThrows(GovernanceException.class, () -> rotation.reorder(2023, List.of("0127")));
    }

    @Test
    void aTemplateNumbersTheItemsAndMarksTheOutstandingMatters() {
        AgendaTemplate template = new AgendaTemplate(LG, "Välkommen\n\n Val av justerare \nUtestående ärenden\nNästa möte");
        List<AgendaItem> items = template.itemsFor(meeting(LG, LocalDate.of(2023, 2, 10)));
        assertEquals(List.of(1, 2, 3, 4), items.stream().map(AgendaItem::getNumber).toList());
        assertEquals("Val av justerare", items.get(1).getTitle());
        assertTrue(items.get(2).isOutstandingMatters());
        assertThrows(GovernanceException.class, () -> template.rewrite(" \n "));
    }

    @Test
    void anActionItemClosesOnlyAtALaterMeetingOfTheSameBody() {
        Meeting given = meeting(LG, LocalDate.of(2022, 12, 2));
        AgendaItem item = new AgendaItem(given, 3, "Utestående ärenden", AgendaItemKind.OUTSTANDING_MATTERS);
        ActionItem task = new ActionItem(item, "Kontakta regionen", null, null, "början av 2023");
        assertEquals("början av 2023", task.getDue());

        assertEquals("actionItem.closeAtLaterMeeting", assertThrows(GovernanceException.class,
                () -> task.closeAt(meeting(SSK, LocalDate.of(2023, 1, 12)))).getMessageKey());
        assertEquals("actionItem.closeAtLaterMeeting", assertThrows(GovernanceException.class,
                () -> task.closeAt(given)).getMessageKey());
        Meeting next = meeting(LG, LocalDate.of(2023, 2, 10));
        task.closeAt(next);
        assertEquals(next, task.getClosedAt());
        assertEquals("actionItem.alreadyClosed", assertThrows(GovernanceException.class,
                () -> task.closeAt(next)).getMessageKey());
        task.reopen();
        assertTrue(task.isOpen());
    }

    @Test
    void aDecisionCannotRecommendItsOwnBodyNorFollowAPlainDecision() {
        Meeting lg = meeting(LG, LocalDate.of(2022, 12, 2));
        Decision plain = new Decision(new AgendaItem(lg, 8, "Södertörnskonferensen", AgendaItemKind.REGULAR), "Beslut");
        Decision recommendation = new Decision(new AgendaItem(lg, 7, "SUP 2040", AgendaItemKind.REGULAR), "Rek");
        assertThrows(GovernanceException.class, () -> recommendation.rewrite("Rek", LG, null, false));
        recommendation.rewrite("Rek", SSK, null, false);
        Decision ssk = new Decision(new AgendaItem(meeting(SSK, LocalDate.of(2023, 1, 12)), 4, "SUP 2040",
                AgendaItemKind.REGULAR), "Antas");
        assertEquals("decision.notARecommendation", assertThrows(GovernanceException.class,
                () -> ssk.rewrite("Antas", null, plain, true)).getMessageKey());
        ssk.rewrite("Antas", null, recommendation, true);
        assertEquals(recommendation, ssk.getFollowsRecommendation());
        assertTrue(ssk.isNeedsAdoption());
        assertEquals(LocalDateTime.of(2023, 1, 12, 8, 30), ssk.getMeeting().getStartsAt());
    }
}
