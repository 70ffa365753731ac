package se.sodertorn.governance.domain.meeting;

import java.util.List;
import java.util.Optional;

/** Stored action items. */
public interface ActionItemRepository {

    Optional<ActionItem> find(long id);

    ActionItem save(ActionItem item);

    void remove(ActionItem item);

    /** Items given at the meeting, by item number. */
    List<ActionItem> givenAt(long meetingId);

    /**
     * The outstanding matters of a meeting: items given at earlier meetings of its body that were still open
     * when it met, i.e. open now or closed at this meeting or a later one.
     */
    List<ActionItem> outstandingAt(Meeting meeting);
}
