package se.sodertorn.governance.ejb.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import se.sodertorn.governance.domain.meeting.Clash;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingDraft;
import se.sodertorn.governance.domain.meeting.MeetingPlan;

/** The year's meeting plan: proposals, clash check, decision, and changes to decided dates. */
public interface MeetingPlanService {

    Optional<MeetingPlan> plan(int year);

    /** The meetings of the year, of every body or of one, in time order. */
    List<Meeting> meetings(int year, Long bodyId);

    /** Proposes a meeting; in a decided plan it is scheduled at once (an extra meeting). */
    Meeting propose(int year, @NotNull @Valid MeetingDraft draft);

    /** Changes day, times, place, kind or note; after the decision a new day shows as adjusted afterwards. */
    Meeting change(long meetingId, int version, @NotNull @Valid MeetingDraft draft);

    /** Removes a proposal that was never decided. */
    void withdraw(long meetingId, int version);

    /** Cancels a meeting that has not begun yet; it stays in the plan and calendars as cancelled. */
    Meeting cancel(long meetingId, int version);

    /** Every clash of the year's meetings with holidays, each other and the imported external calendars. */
    List<Clash> clashes(int year);

    /** The Swedish public holidays and eves of the year. */
    SortedMap<LocalDate, String> holidays(int year);

    /** Decides the plan: its proposals become scheduled meetings. */
    MeetingPlan decide(int year, @NotNull LocalDate day, String reference);
}
