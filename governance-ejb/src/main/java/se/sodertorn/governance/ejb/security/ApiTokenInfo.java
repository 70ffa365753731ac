package se.sodertorn.governance.ejb.security;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import se.sodertorn.governance.domain.security.ApiToken;

/** A personal API token as its owner or an administrator sees it: never its secret, nor its hash. */
public record ApiTokenInfo(long id, int version, String name, LocalDateTime createdAt, LocalDate expiresOn,
        LocalDateTime lastUsedAt, LocalDateTime revokedAt, ApiToken.Status status) implements Serializable {

    /** The token as it stands at {@code now}. */
    static ApiTokenInfo of(ApiToken token, LocalDateTime now) {
        return new ApiTokenInfo(token.getId(), token.getVersion(), token.getName(), token.getCreatedAt(),
                token.getExpiresOn(), token.getLastUsedAt(), token.getRevokedAt(), token.status(now));
    }

    /** Whether the token still opens the API, and so can be revoked. */
    public boolean isActive() {
        return status == ApiToken.Status.ACTIVE;
    }
}
