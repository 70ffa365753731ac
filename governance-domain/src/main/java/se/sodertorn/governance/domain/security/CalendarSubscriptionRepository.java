package se.sodertorn.governance.domain.security;

import java.time.LocalDateTime;
import java.util.Optional;

/** Stored calendar feed addresses, at most one per account. */
public interface CalendarSubscriptionRepository {

    /** The account's feed address, active or revoked, if it ever had one. */
    Optional<CalendarSubscription> ofAccount(long accountId);

    /** The active feed address whose token hashes to {@code tokenHash}, with its account and the account's person. */
    Optional<CalendarSubscription> byTokenHash(String tokenHash);

    CalendarSubscription save(CalendarSubscription subscription);

    /**
     * Records that a calendar fetched the address at {@code now}, without raising its version (a fetch is not an
     * edit, and must never conflict with the owner renewing or revoking it).
     */
    void markUsed(long subscriptionId, LocalDateTime now);
}
