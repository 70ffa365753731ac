package se.sodertorn.governance.ejb.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.security.ApiToken;

/**
 * Personal API tokens ("Mitt konto"): every role makes, lists and revokes its own; an administrator lists and
 * revokes any account's. The secret of a token is returned once, by {@link #create}; only its hash is stored.
 */
public interface ApiTokenService {

    /** Most tokens listed for one account, newest first. */
    int MAX_LISTED = 100;
    /** Most tokens an account may have that still open the API. */
    int MAX_ACTIVE = 20;
    /** The last day a new token gets unless its owner chooses another: this many days ahead. */
    int DEFAULT_DAYS = 90;

    /** The caller's tokens, newest first (at most {@value #MAX_LISTED}). */
    List<ApiTokenInfo> mine();

    /**
     * Makes the caller a token with the draft's name and last day (the draft itself is left as it is) and returns its
     * secret, the only time it is known.
     * Refused when the last day is before today ({@code apiToken.expiresOn.past}) or more than a year ahead
     * ({@code apiToken.expiresOn.tooLate}), or when the caller already has {@value #MAX_ACTIVE} usable tokens.
     */
    String create(@NotNull @Valid ApiToken draft);

    /**
     * Revokes one of the caller's own tokens; another's is not found. Refused when it changed since {@code version}.
     */
    void revoke(long tokenId, int version);

    /** Today plus {@value #DEFAULT_DAYS} days: the last day a new token is offered. */
    LocalDate defaultExpiry();

    /** A year from today: the latest last day a token may have. */
    LocalDate latestExpiry();

    /** Any account's tokens, newest first, for an administrator. */
    List<ApiTokenInfo> ofAccount(long accountId);

    /** Revokes any account's token, for an administrator. Refused when it changed since {@code version}. */
    void revokeAny(long tokenId, int version);
}
