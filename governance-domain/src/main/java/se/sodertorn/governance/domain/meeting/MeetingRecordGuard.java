package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * The last wall around approved minutes: whatever path writes an agenda item, attendance, decision or action item
 * of a meeting whose minutes are approved, the write is refused before it reaches the database.
 */
public class MeetingRecordGuard {

    @PrePersist
    @PreUpdate
    @PreRemove
    void refuseWhenLocked(Object entity) {
        if (entity instanceof PartOfMeetingRecord part && part.recordMeetings().anyMatch(Meeting::isRecordLocked)) {
            throw new GovernanceException("meeting.recordLocked");
        }
    }
}
