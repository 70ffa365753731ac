package se.sodertorn.governance.ejb.workday;

import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.AdoptionProgress;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.notification.Notification;
import se.sodertorn.governance.domain.shared.Page;

/**
 * What waits for one person ("mina uppgifter"). Every list is bounded; the pages carry the full count.
 *
 * @param today               the day the tasks were read
 * @param minutesToApprove    minutes sent to this person as adjuster, oldest first
 * @param actionItems         this person's open action items, the earliest due first (overdue lead)
 * @param meetingsToPrepare   for the secretariat: scheduled meetings in the next 30 days without an agenda
 * @param minutesToFinish     for the secretariat: meetings held within the last year whose minutes are not yet sent
 *                            or not yet published
 * @param pendingAdoptions    for the secretariat: decisions that some executive board (KS) has yet to adopt
 * @param failedNotifications for the secretariat: the latest e-mails that could not be sent
 * @param failedCount         for the secretariat: how many e-mails could not be sent in all
 */
public record MyTasks(LocalDate today, List<Meeting> minutesToApprove, List<ActionItem> actionItems,
        Page<Meeting> meetingsToPrepare, Page<Meeting> minutesToFinish, Page<AdoptionProgress> pendingAdoptions,
        List<Notification> failedNotifications, long failedCount) {

    public MyTasks {
        minutesToApprove = List.copyOf(minutesToApprove);
        actionItems = List.copyOf(actionItems);
        failedNotifications = List.copyOf(failedNotifications);
    }

    /** Nothing waits for this person. */
    public boolean isEmpty() {
        return minutesToApprove.isEmpty() && actionItems.isEmpty() && meetingsToPrepare.total() == 0
                && minutesToFinish.total() == 0 && pendingAdoptions.total() == 0 && failedCount == 0;
    }

    /** How many of this person's action items are overdue. */
    public long overdueCount() {
        return actionItems.stream().filter(item -> item.isOverdue(today)).count();
    }
}
