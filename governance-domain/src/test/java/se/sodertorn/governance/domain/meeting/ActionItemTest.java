package se.sodertorn.governance.domain.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyKind;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.GovernanceException;

class ActionItemTest {

    private static final LocalDate GIVEN = LocalDate.of(2030, 3, 8);
    private static final LocalDate TODAY = LocalDate.of(2030, 4, 1);

    private final Body lg = new Body("LG", "Ledningsgruppen", BodyKind.MANAGEMENT_GROUP);
    private final Meeting meeting = new Meeting(lg, GIVEN.atTime(8, 30), GIVEN.atTime(10, 30));
    private final AgendaItem item = new AgendaItem(meeting, 4, "Aktuellt", AgendaItemKind.REGULAR);

    private ActionItem due(LocalDate dueDate, String dueText) {
        return new ActionItem(item, "Ta fram underlag", new Person("Camilla", "Broo"), dueDate, dueText);
    }

    @Test
    void anOpenItemIsOverdueOnlyAfterItsDueDay() {
        assertTrue(due(TODAY.minusDays(1), null).isOverdue(TODAY));
        assertFalse(due(TODAY, null).isOverdue(TODAY), "due today is not yet overdue");
        assertFalse(due(null, "våren 2030").isOverdue(TODAY), "a season in words is never overdue");
        ActionItem done = due(TODAY.minusDays(10), null);
        done.close(TODAY);
        assertFalse(done.isOverdue(TODAY), "a closed item is not overdue");
    }

    @Test
    void closingFromTheRegisterRecordsTheDayAndReopeningForgetsIt() {
        ActionItem action = due(TODAY, null);
        action.close(TODAY);
        assertEquals(ActionItemStatus.DONE, action.getStatus());
        assertEquals(TODAY, action.getClosedOn());
        assertNull(action.getClosedAt(), "closed outside a meeting");
        assertEquals("actionItem.alreadyClosed",
                assertThrows(GovernanceException.class, () -> action.close(TODAY)).getMessageKey());
        action.reopen();
        assertTrue(action.isOpen());
        assertNull(action.getClosedOn());
    }

    @Test
    void closingAtALaterMeetingRecordsItsDay() {
        ActionItem action = due(null, "våren 2030");
        LocalDate later = GIVEN.plusWeeks(6);
        action.closeAt(new Meeting(lg, later.atTime(8, 30), later.atTime(10, 30)));
        assertEquals(later, action.getClosedOn());
    }

    @Test
    void carryingMovesTheDueDayReplacesTheSeasonAndCounts() {
        ActionItem action = due(null, "början av 2030");
        LocalDate next = LocalDate.of(2030, 4, 26);
        action.carryTo(next);
        action.carryTo(next.plusWeeks(6));
        assertEquals(next.plusWeeks(6), action.getDueDate());
        assertNull(action.getDueText());
        assertEquals(2, action.getTimesCarried());
        assertEquals(next.plusWeeks(6).toString(), action.getDue());
    }

    @Test
    void aClosedItemOrAMissingNextMeetingIsNotCarried() {
        ActionItem open = due(TODAY, null);
        assertEquals("actionItem.noNextMeeting",
                assertThrows(GovernanceException.class, () -> open.carryTo(null)).getMessageKey());
        open.close(TODAY);
        assertEquals("actionItem.alreadyClosed",
                assertThrows(GovernanceException.class, () -> open.carryTo(TODAY.plusDays(7))).getMessageKey());
    }

    @Test
    void theRegistersDueChoicesCountFromToday() {
        assertEquals(TODAY.minusDays(1), ActionItemFilter.DueWithin.OVERDUE.lastDay(TODAY));
        assertEquals(TODAY.plusDays(14), ActionItemFilter.DueWithin.TWO_WEEKS.lastDay(TODAY));
        assertEquals(TODAY.plusDays(30), ActionItemFilter.DueWithin.THIRTY_DAYS.lastDay(TODAY));
        assertNull(ActionItemFilter.DueWithin.NO_DATE.lastDay(TODAY));
        assertThrows(IllegalArgumentException.class, () -> new ActionItemFilter(null, null, null, null, null));
    }
}
