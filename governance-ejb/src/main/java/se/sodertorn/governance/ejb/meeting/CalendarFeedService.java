package se.sodertorn.governance.ejb.meeting;

import java.util.Optional;

/**
 * The calendars behind a secret feed address, for calendar programs that cannot log in: open to anonymous callers,
 * the token in the address is the only key. A token that is malformed, unknown, revoked or of a disabled account
 * gives nothing, whichever it is. A feed holds the decided meetings (scheduled or cancelled) from the
 * {@link CalendarWindow}'s start on, every coming one, at most {@value CalendarWindow#MAX_MEETINGS}.
 */
public interface CalendarFeedService {

    /** The meetings of every body the token owner's person sits in today; empty calendar without a person. */
    Optional<String> personalCalendar(String token);

    /** One body's meetings, for the token's owner (every role may read every body's meetings). */
    Optional<String> bodyCalendar(String token, long bodyId);
}
