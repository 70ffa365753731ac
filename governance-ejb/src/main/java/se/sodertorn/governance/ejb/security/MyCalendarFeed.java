package se.sodertorn.governance.ejb.security;

import java.time.LocalDateTime;

/**
 * What the caller's "Min kalender" page shows of their feed address (never the token, which only its creation
 * returns).
 *
 * @param personName the register person the account belongs to, whose bodies the feed holds; {@code null} when the
 *                   account has none (then only bodies' feeds are of use)
 * @param active     whether an address currently answers
 * @param createdAt  when the current address was made; {@code null} if there never was one
 * @param lastUsedAt when a calendar last fetched it; {@code null} if never
 * @param version    the stored version, to renew or revoke exactly what was shown; 0 when there is none
 * @param lookbackMonths how many months back the feed reaches
 */
public record MyCalendarFeed(String personName, boolean active, LocalDateTime createdAt, LocalDateTime lastUsedAt,
        int version, int lookbackMonths) {
}
