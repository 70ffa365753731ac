package se.sodertorn.governance.domain.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.domain.shared.Page;

/** Stored meetings with their plans, agendas, attendance, agenda templates and corrections. */
public interface MeetingRepository {

    Optional<Meeting> find(long id);

    /** The meeting, or a not-found error naming it. */
    default Meeting get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /** The meeting as the caller last saw it: a conflict if somebody saved it since. */
    default Meeting get(long id, int version) {
        Meeting meeting = get(id);
        meeting.checkVersion(version);
        return meeting;
    }

    Meeting save(Meeting meeting);

    void remove(Meeting meeting);

    Optional<MeetingPlan> plan(int year);

    MeetingPlan savePlan(MeetingPlan plan);

    /** The meetings of a year (all bodies, or one), in time order: a year holds a few dozen. */
    List<Meeting> inYear(int year, Long bodyId);

    /** A body's meetings starting from–to, in time order. */
    List<Meeting> ofBody(long bodyId, LocalDateTime from, LocalDateTime to);

    /**
     * A body's decided meetings (scheduled or cancelled, never merely proposed) starting at {@code from} or later, in
     * time order, at most {@code limit}: what its subscribed calendar holds.
     */
    List<Meeting> calendarOfBody(long bodyId, LocalDateTime from, int limit);

    /**
     * The decided meetings (scheduled or cancelled) starting at {@code from} or later of every body in which the
     * person has a membership on {@code day}, in time order, at most {@code limit}: the person's own calendar.
     */
    List<Meeting> calendarOfMember(long personId, LocalDate day, LocalDateTime from, int limit);

    /** The body's first meeting, not cancelled, starting after the given time. */
    Optional<Meeting> next(long bodyId, LocalDateTime after);

    /** Meetings whose minutes wait for the person's approval as adjuster, oldest first. */
    List<Meeting> awaitingApprovalBy(long personId);

    /** Scheduled meetings starting from–to whose agenda has not been set up yet, soonest first. */
    Page<Meeting> unprepared(LocalDateTime from, LocalDateTime to, int limit);

    /**
     * Meetings held from–before the given times whose minutes are neither sent to the adjuster nor published (a
     * draft, or approved but not published), most recent first.
     */
    Page<Meeting> minutesUnfinished(LocalDateTime from, LocalDateTime before, int limit);

    /** The coming meetings of every body (scheduled, not cancelled) from the given time, soonest first. */
    List<Meeting> upcoming(LocalDateTime from, int limit);

    List<AgendaItem> agenda(long meetingId);

    Optional<AgendaItem> item(long itemId);

    AgendaItem saveItem(AgendaItem item);

    void removeItem(AgendaItem item);

    List<Attendance> attendance(long meetingId);

    Optional<Attendance> attendanceLine(long attendanceId);

    Attendance saveAttendance(Attendance attendance);

    void removeAttendance(Attendance attendance);

    Optional<AgendaTemplate> template(long bodyId);

    AgendaTemplate saveTemplate(AgendaTemplate template);

    List<MinutesCorrection> corrections(long meetingId);

    MinutesCorrection saveCorrection(MinutesCorrection correction);
}
