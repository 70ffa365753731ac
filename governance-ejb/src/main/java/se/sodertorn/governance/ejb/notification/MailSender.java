package se.sodertorn.governance.ejb.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import se.sodertorn.governance.domain.notification.Notification;

/** Hands a notification to the mail server through the server's mail session ({@code java:jboss/mail/Default}). */
@ApplicationScoped
class MailSender {

    @Resource(lookup = "java:jboss/mail/Default")
    private Session session;

    /** Sends the notification as a plain-text UTF-8 e-mail; the mail server's refusal comes back as thrown. */
    void send(Notification notification) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        try {
            message.setRecipient(MimeMessage.RecipientType.TO,
                    new InternetAddress(notification.getRecipient(), notification.getRecipientName(), "UTF-8"));
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        message.setSubject(notification.getSubject(), "UTF-8");
        message.setText(notification.getBody(), "UTF-8");
        message.setHeader("Content-Language", notification.getLanguage());
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
