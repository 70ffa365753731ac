package se.sodertorn.governance.domain.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Stored personal API tokens. */
public interface ApiTokenRepository {

    Optional<ApiToken> find(long id);

    /** The account's tokens, newest first, at most {@code limit}. */
    List<ApiToken> ofAccount(long accountId, int limit);

    /** How many of the account's tokens are neither revoked nor past their last day at {@code now}. */
    long countUsable(long accountId, LocalDateTime now);

    /** The token whose secret hashes to {@code tokenHash}, whatever its state, with its account. */
    Optional<ApiToken> byTokenHash(String tokenHash);

    ApiToken save(ApiToken token);

    /**
     * Records that a call used the token at {@code now}, without raising its version (a call is not an edit, and must
     * never conflict with its owner revoking it).
     */
    void markUsed(long tokenId, LocalDateTime now);
}
