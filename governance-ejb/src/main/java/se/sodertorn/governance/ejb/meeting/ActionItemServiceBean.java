package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemDraft;
import se.sodertorn.governance.domain.meeting.ActionItemRepository;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.organisation.PersonRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.NotFoundException;

/** Default {@link ActionItemService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
public class ActionItemServiceBean implements ActionItemService {

    @Inject
    private ActionItemRepository actions;
    @Inject
    private MeetingRepository meetings;
    @Inject
    private PersonRepository persons;

    @Override
    public ActionItem give(long itemId, ActionItemDraft draft) {
        AgendaItem item = meetings.item(itemId).orElseThrow(() -> new NotFoundException("agendaItem", itemId));
        item.getMeeting().ensureRecordOpen();
        Person responsible = draft.getResponsibleId() == null ? null : persons.find(draft.getResponsibleId())
                .orElseThrow(() -> new NotFoundException("person", draft.getResponsibleId()));
        return actions.save(new ActionItem(item, draft.getText(), responsible, draft.getDueDate(), draft.getDueText()));
    }

    @Override
    public ActionItem close(long actionItemId, long meetingId) {
        ActionItem item = action(actionItemId);
        Meeting meeting = meetings.get(meetingId);
        item.closeAt(meeting);
        return actions.save(item);
    }

    @Override
    public ActionItem reopen(long actionItemId) {
        ActionItem item = action(actionItemId);
        item.reopen();
        return actions.save(item);
    }

    @Override
    public void remove(long actionItemId) {
        ActionItem item = action(actionItemId);
        item.getOriginMeeting().ensureRecordOpen();
        if (item.getClosedAt() != null) {
            item.getClosedAt().ensureRecordOpen();
        }
        actions.remove(item);
    }

    private ActionItem action(long actionItemId) {
        return actions.find(actionItemId).orElseThrow(() -> new NotFoundException("actionItem", actionItemId));
    }
}
