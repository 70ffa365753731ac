package se.sodertorn.governance.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import se.sodertorn.governance.domain.shared.BaseEntity;

/**
 * A user's secret calendar feed address ("prenumerera på kalender"): the account it belongs to and the SHA-256 hash
 * of the random token in the address, never the token itself. One per account: renewing gives it a new token (the
 * old address stops answering), revoking clears the hash (no address answers until a new one is made).
 */
@Entity
@Table(name = "calendar_subscription")
@Audited
public class CalendarSubscription extends BaseEntity {

    /** Length of a token hash: SHA-256 as 64 lower-case hexadecimal digits. */
    public static final int HASH_LENGTH = 64;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private UserAccount account;

    @NotAudited
    @Column(name = "token_hash", length = HASH_LENGTH, unique = true)
    private String tokenHash;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @NotAudited
    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected CalendarSubscription() {
    }

    /** A new feed address for the account, made at {@code now}, whose token hashes to {@code tokenHash}. */
    public CalendarSubscription(UserAccount account, String tokenHash, LocalDateTime now) {
        this.account = Objects.requireNonNull(account, "account");
        issue(tokenHash, now);
    }

    /** Replaces the token (a new address; the old one stops answering) and forgets when the old one was used. */
    public void renew(String newTokenHash, LocalDateTime now) {
        issue(newTokenHash, now);
    }

    private void issue(String newTokenHash, LocalDateTime now) {
        if (newTokenHash == null || newTokenHash.length() != HASH_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 hash in hexadecimal is required");
        }
        tokenHash = newTokenHash;
        createdAt = Objects.requireNonNull(now, "now");
        lastUsedAt = null;
        revokedAt = null;
    }

    /** Makes the address answer no more: the hash is forgotten, the time of revoking kept. */
    public void revoke(LocalDateTime now) {
        tokenHash = null;
        revokedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether an address currently answers for this account. */
    public boolean isActive() {
        return tokenHash != null;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    /** When the current (or last) address was made. */
    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** When a calendar last fetched the current address; {@code null} if none has yet. */
    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    /** When the address was revoked; {@code null} while it is active. */
    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
