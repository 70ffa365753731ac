package se.sodertorn.governance.ejb.meeting;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.notification.DeliveryFailure;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.calendar.CalendarMethod;
import se.sodertorn.governance.ejb.calendar.Invitee;
import se.sodertorn.governance.ejb.notification.MailFailures;
import se.sodertorn.governance.ejb.shared.ApplicationLinks;

/**
 * Sends an invitation through the server's mail session ({@code java:jboss/mail/Default}): a text part (with the
 * address of the meeting's page, where its agenda and papers are) and the
 * iCalendar as {@code text/calendar; method=...} (what Outlook reads as a meeting request), plus the same
 * calendar as an attached {@code .ics} file for other mail programs.
 */
@ApplicationScoped
public class InvitationMail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", new Locale("sv"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");
    private static final Logger LOG = Logger.getLogger(InvitationMail.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    private Session session;
    @Inject
    private ApplicationLinks links;

    /** Who invitations come from when the meeting's secretary has no e-mail address: the session's sender. */
    public Invitee organizer() {
        String from = session.getProperty("mail.from");
        return new Invitee(null, from == null ? "noreply@localhost" : from);
    }

    void send(Meeting meeting, List<Invitee> invitees, String calendar, CalendarMethod method) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipients(MimeMessage.RecipientType.TO, addresses(invitees));
            String when = DAY.format(meeting.getStartsAt()) + " kl " + TIME.format(meeting.getStartsAt()) + "–"
                    + TIME.format(meeting.getEndsAt());
            message.setSubject(MeetingTexts.format(meeting.isCancelled() ? "invitation.subject.cancelled"
                    : "invitation.subject", meeting.getBody().getName(), meeting.getDay().toString()), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(MeetingTexts.format("invitation.body", meeting.getBody().getName(), when,
                    meeting.getBody().getShortName(), meeting.getPlace() == null
                            ? MeetingTexts.get("invitation.noPlace") : meeting.getPlace(),
                    links.meeting(meeting.getId())), "UTF-8");
            MimeBodyPart invitation = new MimeBodyPart();
            byte[] ics = calendar.getBytes(StandardCharsets.UTF_8);
            invitation.setDataHandler(new DataHandler(
                    new ByteArrayDataSource(ics, "text/calendar; charset=UTF-8; method=" + method.name())));
            MimeMultipart alternative = new MimeMultipart("alternative", text, invitation);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, "application/ics; name=invite.ics")));
            attachment.setFileName("invite.ics");
            message.setContent(new MimeMultipart("mixed", body, attachment));
            Transport.send(message);
        } catch (MessagingException failed) {
            DeliveryFailure why = MailFailures.classify(failed);
            LOG.warning(() -> "Invitation to " + meeting + " not sent, " + why + ": " + failed.getMessage());
            throw new GovernanceException("invitation.sendFailed." + why);
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Address[] addresses(List<Invitee> invitees) throws UnsupportedEncodingException {
        Address[] addresses = new Address[invitees.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = new InternetAddress(invitees.get(i).email(), invitees.get(i).name(), "UTF-8");
        }
        return addresses;
    }
}
