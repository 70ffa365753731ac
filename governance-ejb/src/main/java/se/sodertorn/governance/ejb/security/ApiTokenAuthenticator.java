package se.sodertorn.governance.ejb.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.sodertorn.governance.domain.security.ApiToken;
import se.sodertorn.governance.domain.security.ApiTokenRepository;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.security.UserAccount;

/**
 * Checks the personal API token of a call ({@code Authorization: Bearer}): the caller of a token that is well formed,
 * stored (found by its hash), not revoked, not past its last day and of an enabled account. Recently used tokens are
 * answered from {@link ApiTokenCache} without a query; the time of use is written at most once per
 * {@link #USE_NOTED_EVERY}, so that a busy script does not write on every call.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ApiTokenAuthenticator {

    /** How often, at most, a token's time of last use is written. */
    static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    @Inject
    private ApiTokenRepository tokens;
    @Inject
    private ApiTokenCache cache;
    @Inject
    private Clock clock;

    /** The caller of the token, if it opens the API now; nothing otherwise. */
    public Optional<TokenCaller> verify(String token) {
        if (!ApiTokenSecret.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = ApiTokenSecret.hash(token);
        LocalDateTime now = LocalDateTime.now(clock);
        ApiTokenCache.Entry entry = cache.fresh(hash).orElse(null);
        if (entry == null) {
            long generation = cache.generation();
            Optional<ApiToken> found = tokens.byTokenHash(hash)
                    .filter(t -> t.isUsableAt(now) && t.getAccount().isEnabled());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            entry = entryOf(found.get());
            cache.put(hash, entry, generation);
        }
        if (now.toLocalDate().isAfter(entry.expiresOn())) {
            return Optional.empty();
        }
        if (entry.lastUsedAt() == null || !entry.lastUsedAt().plus(USE_NOTED_EVERY).isAfter(now)) {
            tokens.markUsed(entry.tokenId(), now);
            cache.used(hash, entry, now);
        }
        return Optional.of(new TokenCaller(entry.username(), entry.roles()));
    }

    private static ApiTokenCache.Entry entryOf(ApiToken token) {
        UserAccount account = token.getAccount();
        Set<String> roles = account.getRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet());
        return new ApiTokenCache.Entry(token.getId(), account.getUsername(), roles, token.getExpiresOn(),
                token.getLastUsedAt(), System.nanoTime());
    }
}
