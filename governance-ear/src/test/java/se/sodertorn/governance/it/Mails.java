package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** E-mails as the test's SMTP server (GreenMail) received them. */
final class Mails {

    /** The SMTP server the test server's mail session sends to (port 3025 unless the build says another). */
    static final ServerSetup SMTP = new ServerSetup(Integer.getInteger("governance.test.smtp.port", 3025), null,
            ServerSetup.PROTOCOL_SMTP);

    private Mails() {
    }

    /** One received e-mail: subject, plain text and the language it says it is in. */
    record Received(String subject, String body, String language) {
    }

    /**
     * Waits up to 20 seconds for an e-mail to the address whose subject contains the text, and returns it.
     *
     * @throws AssertionError when none arrives
     */
    static Received awaitTo(GreenMailExtension mail, String address, String subjectPart) {
        long until = System.currentTimeMillis() + 20_000;
        do {
            Optional<Received> found = find(mail, address, subjectPart);
            if (found.isPresent()) {
                return found.get();
            }
            pause();
        } while (System.currentTimeMillis() < until);
        return fail("no e-mail to " + address + " about '" + subjectPart + "'; received: " + subjects(mail));
    }

    /** How many e-mails to the address whose subject contains the text have arrived so far. */
    static long countTo(GreenMailExtension mail, String address, String subjectPart) {
        return all(mail).stream().filter(m -> to(m, address) && subject(m).contains(subjectPart)).count();
    }

    private static Optional<Received> find(GreenMailExtension mail, String address, String subjectPart) {
        return all(mail).stream().filter(m -> to(m, address) && subject(m).contains(subjectPart)).findFirst()
                .map(m -> {
                    try {
                        return new Received(m.getSubject(), String.valueOf(m.getContent()),
                                m.getHeader("Content-Language", null));
                    } catch (MessagingException | IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /**
     * The calendar files an e-mail carries, as the octets sent (transfer encoding undone): each
     * {@code text/calendar} part (the meeting request Outlook reads) and each {@code .ics} attachment, in order.
     */
    static List<byte[]> calendars(MimeMessage message) {
        List<byte[]> found = new ArrayList<>();
        try {
            collectCalendars(message, found);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static void collectCalendars(Part part, List<byte[]> found) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                collectCalendars(parts.getBodyPart(i), found);
            }
        } else if (part.isMimeType("text/calendar") || part.isMimeType("application/ics")) {
            try (InputStream in = part.getInputStream()) {
                found.add(in.readAllBytes());
            }
        }
    }

    private static List<MimeMessage> all(GreenMailExtension mail) {
        return Arrays.asList(mail.getReceivedMessages());
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> subjects(GreenMailExtension mail) {
        return all(mail).stream().map(Mails::subject).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
