package se.sodertorn.governance.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * One e-mail to one person, written in the recipient's language when the event happens and sent once the change
 * that caused it is saved. It is pending until a server claims it for sending, then sent or failed; a failed one
 * keeps why ({@link DeliveryFailure}) and can be sent again.
 */
@Entity
public class Notification extends BaseEntity {

    /** The longest subject kept; longer ones are shortened. */
    public static final int SUBJECT_MAX = 300;
    /** The longest text kept; longer ones are shortened. */
    public static final int BODY_MAX = 8000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(length = 200)
    private String recipientName;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationStatus status = NotificationStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private DeliveryFailure failure;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private LocalDateTime createdAt;

    private LocalDateTime sentAt;

    protected Notification() {
    }

    /**
     * @param recipient     the e-mail address; required
     * @param recipientName the person's name, or {@code null}
     * @param language      the language the texts are written in, {@code sv} or {@code en}
     */
    public Notification(NotificationKind kind, String recipient, String recipientName, String language,
            String subject, String body, LocalDateTime createdAt) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("recipient required");
        }
        this.kind = kind;
        this.recipient = recipient.strip();
        this.recipientName = recipientName;
        this.language = language;
        this.subject = shortened(subject, SUBJECT_MAX);
        this.body = shortened(body, BODY_MAX);
        this.createdAt = createdAt;
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A server takes the notification for sending; only a pending one can be taken. */
    public void claim() {
        if (status != NotificationStatus.PENDING) {
            throw new GovernanceException("notification.notPending");
        }
        status = NotificationStatus.SENDING;
        attempts++;
    }

    public void sent(LocalDateTime when) {
        status = NotificationStatus.SENT;
        sentAt = when;
        failure = null;
    }

    public void failed(DeliveryFailure why) {
        status = NotificationStatus.FAILED;
        failure = why;
    }

    /** Queues a failed notification to be sent again. */
    public void retry() {
        if (status != NotificationStatus.FAILED) {
            throw new GovernanceException("notification.notFailed");
        }
        status = NotificationStatus.PENDING;
        failure = null;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public DeliveryFailure getFailure() {
        return failure;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
