package se.sodertorn.governance.ejb.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.AgendaTemplate;
import se.sodertorn.governance.domain.meeting.Attendance;
import se.sodertorn.governance.domain.meeting.Meeting;

/** A meeting's record: roles, attendance and agenda. Every change is refused once the minutes are approved. */
public interface MeetingService {

    Meeting find(long meetingId);

    MeetingRecord record(long meetingId);

    /**
     * Sets up the agenda from the body's template and the attendance from the body's members on the day, with the
     * chair and secretary of the body; does nothing to an agenda that already exists.
     */
    MeetingRecord prepare(long meetingId);

    Meeting assignRoles(long meetingId, int version, Long chairId, Long secretaryId, Long adjusterId);

    Attendance markPresent(long attendanceId, boolean present);

    Attendance addGuest(long meetingId, @NotBlank String name, String organisation);

    void removeGuest(long attendanceId);

    /** Adds an item at the position (1-based; null for last), moving later items down. */
    AgendaItem addItem(long meetingId, @NotBlank String title, Integer position);

    AgendaItem writeItem(long itemId, int version, @NotBlank String title, String notes);

    /**
     * Writes the titles and notes of several items of the meeting's agenda at once: all of them or, if one is
     * refused (changed by someone else meanwhile, a title left empty, notes too long), none.
     *
     * @return the items as written, in agenda order
     */
    List<AgendaItem> writeItems(long meetingId, @NotNull List<ItemText> texts);

    /** Removes an item without decisions, action items or papers and closes the gap in the numbering. */
    void removeItem(long itemId);

    /** The body's template, or the standard one if it has none. */
    AgendaTemplate template(long bodyId);

    AgendaTemplate saveTemplate(long bodyId, @NotBlank String items);
}
