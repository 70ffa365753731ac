package se.sodertorn.governance.domain.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyKind;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.GovernanceException;

class MeetingTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2023, 5, 4, 9, 0);

    private final Person adjuster = new Person("Camilla", "Broo");
    private final Meeting meeting = Meeting.proposal(new MeetingPlan(2023), new Body("SSK", "Samarbetskommittén",
            BodyKind.COOPERATION_COMMITTEE), NINE, NINE.plusHours(2));

    private static String refusal(Runnable change) {
        return assertThrows(GovernanceException.class, change::run).getMessageKey();
    }

    @Test
    void aDecidedMeetingMovedLaterShowsItsDecidedDayAndRaisesTheSequence() {
        meeting.schedule();
        int sequence = meeting.getCalendarSequence();
        assertFalse(meeting.isDateAdjusted());

        meeting.reschedule(NINE.plusDays(7), NINE.plusDays(7).plusHours(2));

        assertTrue(meeting.isDateAdjusted());
        assertEquals(NINE, meeting.getDecidedStart());
        assertEquals(sequence + 1, meeting.getCalendarSequence());
        meeting.describe("Hågelbygård", MeetingKind.PLANNING_CONFERENCE, "em");
        assertEquals(sequence + 2, meeting.getCalendarSequence());
        meeting.describe("Hågelbygård", MeetingKind.ORDINARY, "em");
        assertEquals(sequence + 2, meeting.getCalendarSequence(), "the kind does not show in calendars");
        meeting.describe(" Hågelbygård ", MeetingKind.ORDINARY, "em ");
        assertEquals(sequence + 2, meeting.getCalendarSequence(), "the same text is no change");
        meeting.describe("Hågelbygård", MeetingKind.ORDINARY, "em med lunch");
        assertEquals(sequence + 3, meeting.getCalendarSequence(), "the note is the calendar's description");
    }

    @Test
    void aMeetingMustEndAfterItStarts() {
        assertEquals("meeting.endBeforeStart", refusal(() -> meeting.reschedule(NINE, NINE)));
    }

    @Test
    void onlyTheAdjusterApprovesMinutesSentToThemAndThenTheRecordIsFixed() {
        assertEquals("meeting.minutes.noAdjuster", refusal(meeting::sendToAdjuster));
        meeting.assignRoles(null, null, adjuster);
        assertEquals("meeting.minutes.notSent", refusal(() -> meeting.approve(adjuster, "member", NINE)));
        meeting.sendToAdjuster();
        assertEquals("meeting.minutes.onlyAdjuster",
                refusal(() -> meeting.approve(new Person("Helene", "Olofsson"), "secretariat", NINE)));
        assertEquals("meeting.minutes.onlyAdjuster", refusal(() -> meeting.approve(null, "admin", NINE)));

        meeting.approve(adjuster, "member", NINE.plusDays(3));

        assertEquals(MinutesStatus.APPROVED, meeting.getMinutesStatus());
        assertEquals("member", meeting.getApprovedBy());
        for (Runnable change : new Runnable[] {
            () -> meeting.reschedule(NINE.plusDays(1), NINE.plusDays(1).plusHours(1)),
            () -> meeting.describe("Annan plats", MeetingKind.ORDINARY, null),
            () -> meeting.assignRoles(null, null, null),
            () -> meeting.cancel(NINE.minusDays(1)), meeting::returnToDraft, meeting::sendToAdjuster}) {
            assertEquals("meeting.recordLocked", refusal(change));
        }
        meeting.publish();
        assertEquals(MinutesStatus.PUBLISHED, meeting.getMinutesStatus());
    }

    @Test
    void partsOfAnApprovedRecordRefuseChangeAndACorrectionNeedsApproval() {
        AgendaItem item = new AgendaItem(meeting, 1, "Välkommen", AgendaItemKind.REGULAR);
        Attendance line = Attendance.member(meeting, adjuster);
        assertEquals("correction.onlyAfterApproval",
                refusal(() -> new MinutesCorrection(meeting, "Rättelse", "secretariat", "Helene Olofsson", NINE)));
        meeting.assignRoles(null, null, adjuster);
        meeting.sendToAdjuster();
        meeting.approve(adjuster, "member", NINE);

        assertEquals("meeting.recordLocked", refusal(() -> item.write("Ändrad", null)));
        assertEquals("meeting.recordLocked", refusal(() -> line.markPresent(false)));
        assertEquals("meeting.recordLocked", refusal(() -> new MeetingRecordGuard().refuseWhenLocked(item)));
        assertEquals("Rättelse", new MinutesCorrection(meeting, " Rättelse ", "secretariat", "Helene Olofsson", NINE).getText());
    }

    @Test
    void aCancelledMeetingStaysCancelled() {
        meeting.schedule();
        meeting.cancel(NINE.minusDays(1));
        assertTrue(meeting.isCancelled());
        assertEquals("meeting.cancelled", refusal(() -> meeting.cancel(NINE.minusDays(1))));
    }

    @Test
    void aNewTimeOnTheDecidedDayIsNotAnAdjustedDate() {
        meeting.schedule();
        int sequence = meeting.getCalendarSequence();

        meeting.reschedule(NINE.plusHours(4), NINE.plusHours(6));

        assertFalse(meeting.isDateAdjusted(), "only the time changed");
        assertEquals(sequence + 1, meeting.getCalendarSequence(), "calendars still get the new time");
        meeting.reschedule(NINE.plusDays(1).minusHours(8), NINE.plusDays(1).minusHours(7));
        assertTrue(meeting.isDateAdjusted(), "01:00 the next day is another day");
    }

    @Test
    void aNewSecretaryIsANewOrganizerAndRaisesTheSequenceTheOtherRolesDoNot() {
        Person secretary = withEmail(new Person("Helene", "Olofsson"), "helene.olofsson@huddinge.se");
        int sequence = meeting.getCalendarSequence();

        meeting.assignRoles(null, secretary, null);
        assertEquals(sequence + 1, meeting.getCalendarSequence());
        meeting.assignRoles(new Person("Magnus", "Gyllestad"), secretary, adjuster);
        assertEquals(sequence + 1, meeting.getCalendarSequence(), "chair and adjuster are not in the invitation");
        meeting.assignRoles(null, withEmail(new Person("Ulrika", "Hedman"), "ulrika.hedman@botkyrka.se"), adjuster);
        assertEquals(sequence + 2, meeting.getCalendarSequence());
        meeting.assignRoles(null, null, adjuster);
        assertEquals(sequence + 3, meeting.getCalendarSequence(), "without a secretary the secretariat organizes");
    }

    @Test
    void aSecretaryWithoutAnAddressLeavesTheSecretariatAsOrganizerAndTheSequenceAsItWas() {
        int sequence = meeting.getCalendarSequence();

        meeting.assignRoles(null, new Person("Helene", "Olofsson"), null);
        assertEquals(sequence, meeting.getCalendarSequence(), "the secretariat organizes as before");
        meeting.assignRoles(null, new Person("Ulrika", "Hedman"), null);
        assertEquals(sequence, meeting.getCalendarSequence());
        meeting.assignRoles(null, withEmail(new Person("Ulrika", "Hedman"), "ulrika.hedman@botkyrka.se"), null);
        assertEquals(sequence + 1, meeting.getCalendarSequence(), "now she organizes");
    }

    private static Person withEmail(Person person, String email) {
        person.setEmail(email);
        return person;
    }

    @Test
    void aMeetingThatHasBegunCannotBeCancelled() {
        meeting.schedule();

        assertEquals("meeting.cancel.started", refusal(() -> meeting.cancel(NINE)));
        assertEquals("meeting.cancel.started", refusal(() -> meeting.cancel(NINE.plusDays(30))));
        assertFalse(meeting.isCancelled());
        assertTrue(meeting.hasStarted(NINE));
        assertFalse(meeting.isCancellable(NINE));
        assertFalse(meeting.hasStarted(NINE.minusMinutes(1)));
        assertTrue(meeting.isCancellable(NINE.minusMinutes(1)));

        meeting.cancel(NINE.minusMinutes(1));
        assertTrue(meeting.isCancelled());
        assertFalse(meeting.isCancellable(NINE.minusDays(1)), "cancelled already");
    }

    @Test
    void onlyTheAdjusterSendsMinutesBackWithACommentAndOnlyWhenTheyWereSent() {
        meeting.assignRoles(null, null, adjuster);
        assertEquals("meeting.minutes.notSent", refusal(() -> meeting.returnFromAdjuster(adjuster, "Punkt 3", NINE)));
        meeting.sendToAdjuster();
        assertEquals("meeting.minutes.onlyAdjuster", refusal(() -> meeting.returnFromAdjuster(null, "Punkt 3", NINE)));
        assertEquals("meeting.minutes.onlyAdjuster",
                refusal(() -> meeting.returnFromAdjuster(new Person("Annan", "Person"), "Punkt 3", NINE)));
        assertEquals("meeting.minutes.commentRequired", refusal(() -> meeting.returnFromAdjuster(adjuster, "  ", NINE)));
        assertEquals("meeting.minutes.commentTooLong",
                refusal(() -> meeting.returnFromAdjuster(adjuster, "x".repeat(2001), NINE)));
        meeting.returnFromAdjuster(adjuster, " Punkt 3 saknar ansvarig. ", NINE);
        assertEquals(MinutesStatus.DRAFT, meeting.getMinutesStatus());
        assertEquals("Punkt 3 saknar ansvarig.", meeting.getAdjusterComment());
        assertEquals(NINE, meeting.getAdjusterCommentAt());
        meeting.sendToAdjuster();
        assertEquals(null, meeting.getAdjusterComment(), "sent again, the comment is dealt with");
        assertTrue(meeting.isAdjuster(adjuster));
    }
}
