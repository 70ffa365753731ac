package se.sodertorn.governance.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import se.sodertorn.governance.domain.shared.BaseEntity;

/**
 * A personal API token: a secret a script sends as {@code Authorization: Bearer …} instead of the account's password.
 * Only the SHA-256 hash of the secret is kept. A token is named by its owner, usable through its last day
 * ({@link #getExpiresOn()}, Swedish time) and can be revoked; revoked or expired, it stays listed (with its hash,
 * which no longer opens anything) so that the owner sees what it was.
 */
@Entity
@Table(name = "api_token")
@Audited
public class ApiToken extends BaseEntity {

    /** Length of a token hash: SHA-256 as 64 lower-case hexadecimal digits. */
    public static final int HASH_LENGTH = 64;
    /** Longest name. */
    public static final int NAME_LENGTH = 80;

    /** Where a token stands at a moment. */
    public enum Status {
        /** Opens the API. */
        ACTIVE,
        /** Past its last day. */
        EXPIRED,
        /** Revoked by its owner or an administrator. */
        REVOKED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @NotBlank(message = "{apiToken.name.required}")
    @Size(max = NAME_LENGTH, message = "{apiToken.name.size}")
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotAudited
    @Column(name = "token_hash", nullable = false, length = HASH_LENGTH, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @NotNull(message = "{apiToken.expiresOn.required}")
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @NotAudited
    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    /** An empty token for a form to fill in (name and last day); {@link #issue} makes it a token. */
    public static ApiToken draft() {
        return new ApiToken();
    }

    /**
     * Makes this draft the account's token whose secret hashes to {@code tokenHash}, created at {@code now}; its name
     * and last day are those the draft was given.
     */
    public void issue(UserAccount owner, String hash, LocalDateTime now) {
        if (!isNew() || tokenHash != null) {
            throw new IllegalStateException("a token is issued once");
        }
        if (hash == null || hash.length() != HASH_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 hash in hexadecimal is required");
        }
        account = Objects.requireNonNull(owner, "owner");
        tokenHash = hash;
        createdAt = Objects.requireNonNull(now, "now");
    }

    /** Whether the token opens the API at {@code now}: issued, not revoked, and not past its last day. */
    public boolean isUsableAt(LocalDateTime now) {
        return tokenHash != null && status(now) == Status.ACTIVE;
    }

    /** Where the token stands at {@code now}; revoked wins over expired. */
    public Status status(LocalDateTime now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.toLocalDate().isAfter(expiresOn) ? Status.EXPIRED : Status.ACTIVE;
    }

    /** Makes the token open nothing from now on; revoking it again changes nothing. */
    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(now, "now");
        }
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** The token's last day, Swedish time: it opens the API through that day. */
    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    /** When a call last used the token (noted at most about once a minute); {@code null} if never. */
    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    /** When the token was revoked; {@code null} unless it was. */
    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
