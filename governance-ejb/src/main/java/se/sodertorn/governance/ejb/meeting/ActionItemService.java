package se.sodertorn.governance.ejb.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemDraft;

/** Action items: given at an item, listed at the body's later meetings until one closes them. */
public interface ActionItemService {

    ActionItem give(long itemId, @NotNull @Valid ActionItemDraft draft);

    /** Closes the item at a later meeting of the same body. */
    ActionItem close(long actionItemId, long meetingId);

    ActionItem reopen(long actionItemId);

    /** Removes an item given by mistake, while its meeting's minutes are open. */
    void remove(long actionItemId);
}
