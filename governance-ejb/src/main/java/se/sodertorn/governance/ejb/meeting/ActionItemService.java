package se.sodertorn.governance.ejb.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemDraft;
import se.sodertorn.governance.domain.meeting.ActionItemFilter;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/**
 * Action items: given at an item (the responsible person is told by e-mail), listed at the body's later meetings
 * until one closes them, and kept in a register where they are found, closed or carried forward.
 */
public interface ActionItemService {

    ActionItem give(long itemId, @NotNull @Valid ActionItemDraft draft);

    /** Closes the item at a later meeting of the same body. */
    ActionItem close(long actionItemId, long meetingId);

    ActionItem reopen(long actionItemId);

    /** Removes an item given by mistake, while its meeting's minutes are open. */
    void remove(long actionItemId);

    /** The register: action items matching the filter, a page at a time (any role may read it). */
    Page<ActionItem> register(@NotNull ActionItemFilter filter, @NotNull PageRequest request);

    /** Closes the item today from the register, outside a meeting; refused if someone changed it meanwhile. */
    ActionItem closeToday(long actionItemId, int version);

    /**
     * Carries the open item forward to the day of its body's next meeting after today; refused when the body has
     * no coming meeting, or if someone changed the item meanwhile.
     */
    ActionItem carryToNextMeeting(long actionItemId, int version);
}
