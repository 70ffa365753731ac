package se.sodertorn.governance.ejb.calendar;

import java.util.Objects;
import se.sodertorn.governance.domain.shared.Text;

/**
 * A person invited to, or organising, a calendar entry.
 *
 * @param name  the display name (iCalendar CN), may be null or blank
 * @param email the e-mail address, written as a {@code mailto:} calendar address
 */
public record Invitee(String name, String email) {

    public Invitee {
        Objects.requireNonNull(email, "email");
        email = email.strip();
        if (email.isEmpty() || email.chars().anyMatch(c -> Character.isWhitespace(c) || c == ':' || c == '"')) {
            throw new IllegalArgumentException("Not an e-mail address: '" + email + "'");
        }
        name = Text.strippedOrNull(name);
    }
}
