package se.sodertorn.governance.ejb.security;

/**
 * The caller's own secret calendar feed address, for "Min kalender": every role has one, and nobody can see or
 * change another's. The token is returned only by {@link #create()} and {@link #renew(int)}; only its hash is
 * stored.
 */
public interface CalendarSubscriptionService {

    /** The caller's address as the page shows it. */
    MyCalendarFeed mine();

    /**
     * Makes the caller an address and returns its token; refused ({@code subscription.exists}) while one is active,
     * which must be renewed instead.
     */
    String create();

    /**
     * Replaces the caller's active address with a new one and returns the new token: the old address answers 404 from
     * now on. Refused when there is none ({@code subscription.none}) or it changed since {@code version}.
     */
    String renew(int version);

    /** Revokes the caller's address: it answers 404 from now on. Refused like {@link #renew(int)}. */
    void revoke(int version);
}
