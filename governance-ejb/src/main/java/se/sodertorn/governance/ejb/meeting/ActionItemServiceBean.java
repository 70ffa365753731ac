package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemDraft;
import se.sodertorn.governance.domain.meeting.ActionItemFilter;
import se.sodertorn.governance.domain.meeting.ActionItemRepository;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.organisation.PersonRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.notification.Notifier;

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
    @Inject
    private Notifier notifier;
    @Inject
    private Clock clock;

    @Override
    public ActionItem give(long itemId, ActionItemDraft draft) {
        AgendaItem item = meetings.item(itemId).orElseThrow(() -> new NotFoundException("agendaItem", itemId));
        item.getMeeting().ensureRecordOpen();
        Person responsible = draft.getResponsibleId() == null ? null : persons.find(draft.getResponsibleId())
                .orElseThrow(() -> new NotFoundException("person", draft.getResponsibleId()));
        ActionItem given = actions.save(new ActionItem(item, draft.getText(), responsible, draft.getDueDate(),
                draft.getDueText()));
        notifier.actionItemGiven(given);
        return given;
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

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
    public Page<ActionItem> register(ActionItemFilter filter, PageRequest request) {
        return actions.search(filter, request);
    }

    @Override
    public ActionItem closeToday(long actionItemId, int version) {
        ActionItem item = action(actionItemId);
        item.checkVersion(version);
        item.close(LocalDate.now(clock));
        return actions.save(item);
    }

    @Override
    public ActionItem carryToNextMeeting(long actionItemId, int version) {
        ActionItem item = action(actionItemId);
        item.checkVersion(version);
        LocalDate earliest = item.carriedNoEarlierThan(LocalDate.now(clock));
        item.carryTo(meetings.next(item.getOriginMeeting().getBody().getId(), earliest.atStartOfDay().minusSeconds(1))
                .map(Meeting::getDay).orElse(null));
        return actions.save(item);
    }

    private ActionItem action(long actionItemId) {
        return actions.find(actionItemId).orElseThrow(() -> new NotFoundException("actionItem", actionItemId));
    }
}
