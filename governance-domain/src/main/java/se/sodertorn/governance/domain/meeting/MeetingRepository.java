package se.sodertorn.governance.domain.meeting;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.shared.NotFoundException;

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

    /** The body's first meeting, not cancelled, starting after the given time. */
    Optional<Meeting> next(long bodyId, LocalDateTime after);

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
