package se.sodertorn.governance.ejb.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.notification.Notification;
import se.sodertorn.governance.domain.notification.NotificationKind;
import se.sodertorn.governance.domain.notification.NotificationRepository;
import se.sodertorn.governance.ejb.shared.ApplicationLinks;

/**
 * Writes the e-mails an event calls for, each in its recipient's language, inside the transaction of the change
 * that caused it; they are sent once that transaction commits, and not at all if it rolls back. People without an
 * e-mail address are left out.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    private NotificationRepository notifications;
    @Inject
    private Recipients recipients;
    @Inject
    private ApplicationLinks links;
    @Inject
    private Event<NotificationsWritten> written;
    @Inject
    private Clock clock;

    /** Tells the adjuster that minutes wait for their approval. */
    public void minutesToApprove(Meeting meeting) {
        recipients.of(meeting.getAdjuster()).ifPresent(to -> write(List.of(to), NotificationKind.MINUTES_TO_APPROVE,
                texts -> aboutMinutes(texts, NotificationKind.MINUTES_TO_APPROVE, meeting)));
    }

    /** Tells the secretariat that the adjuster approved the minutes. */
    public void minutesApproved(Meeting meeting) {
        write(recipients.secretariatOf(meeting), NotificationKind.MINUTES_APPROVED,
                texts -> aboutMinutes(texts, NotificationKind.MINUTES_APPROVED, meeting,
                        meeting.getAdjuster().getFullName()));
    }

    /** Tells the secretariat that the adjuster sent the minutes back, with the adjuster's comment. */
    public void minutesReturned(Meeting meeting, String comment) {
        write(recipients.secretariatOf(meeting), NotificationKind.MINUTES_RETURNED,
                texts -> aboutMinutes(texts, NotificationKind.MINUTES_RETURNED, meeting, meeting.getAdjuster().getFullName(),
                        comment == null || comment.isBlank() ? texts.get("noComment") : comment.strip()));
    }

    /** Tells the responsible person about an action item given to them. */
    public void actionItemGiven(ActionItem item) {
        Meeting meeting = item.getOriginMeeting();
        recipients.of(item.getResponsible()).ifPresent(to -> write(List.of(to), NotificationKind.ACTION_ITEM_GIVEN,
                texts -> new String[] {
                    texts.format("ACTION_ITEM_GIVEN.subject", meeting.getBody().getShortName(), meeting.getDay().toString()),
                    texts.format("ACTION_ITEM_GIVEN.body", meeting.getBody().getName(), texts.day(meeting.getDay()),
                            links.myActionItems(), item.getText(), due(texts, item))}));
    }

    /** Sends one person the list of their action items due soon (or overdue), as of {@code today}. */
    void digest(Recipient to, List<ActionItem> items, LocalDate today) {
        write(List.of(to), NotificationKind.WEEKLY_DIGEST, texts -> {
            List<String> lines = new ArrayList<>();
            for (ActionItem item : items) {
                lines.add(texts.format(item.isOverdue(today) ? "digest.overdue" : "digest.line", item.getText(),
                        texts.day(item.getDueDate()), item.getOriginMeeting().getBody().getShortName()));
            }
            return new String[] {texts.format("WEEKLY_DIGEST.subject", String.valueOf(items.size())),
                texts.format("WEEKLY_DIGEST.body", String.join("\n", lines), links.myActionItems())};
        });
    }

    private static String due(NotificationTexts texts, ActionItem item) {
        if (item.getDueText() != null) {
            return item.getDueText();
        }
        return item.getDueDate() == null ? texts.get("noDue") : texts.day(item.getDueDate());
    }

    /**
     * Subject and text of a message about a meeting's minutes, from the keys {@code KIND.subject} (body short name,
     * day) and {@code KIND.body} (body name, day in words, link to the meeting, then {@code extra} as {3}, {4}).
     */
    private String[] aboutMinutes(NotificationTexts texts, NotificationKind kind, Meeting meeting, String... extra) {
        List<Object> arguments = new ArrayList<>(List.of(meeting.getBody().getName(), texts.day(meeting.getDay()),
                links.meeting(meeting.getId())));
        arguments.addAll(List.of(extra));
        return new String[] {
            texts.format(kind + ".subject", meeting.getBody().getShortName(), meeting.getDay().toString()),
            texts.format(kind + ".body", arguments.toArray())};
    }

    private void write(List<Recipient> to, NotificationKind kind, Function<NotificationTexts, String[]> subjectAndText) {
        List<Long> ids = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (Recipient recipient : to) {
            NotificationTexts texts = new NotificationTexts(recipient.language());
            String[] message = subjectAndText.apply(texts);
            ids.add(notifications.save(new Notification(kind, recipient.email(), recipient.name(), recipient.language(),
                    message[0], texts.letter(recipient.name(), message[1]), now)).getId());
        }
        if (!ids.isEmpty()) {
            written.fire(new NotificationsWritten(ids));
        }
    }
}
