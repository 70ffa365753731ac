package se.sodertorn.governance.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per user name and per client address, on this server: after
 * {@value #FREE_FAILURES} failed logins in a row a user name waits a minute, twice as long after each further
 * failure, at most {@link #LONGEST}; an address with {@link #ADDRESS_FAILURES} failures (system property
 * {@code governance.login.address-failures}, 30 unless set) within {@link #ADDRESS_WINDOW} waits {@link #LONGEST}. A right password for a user name not waiting clears its count.
 * A refused API token names no user, so it counts for its address only ({@link #failedFromAddress}).
 * It keeps at most {@value #MAX_ENTRIES} names and addresses, forgetting the oldest.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int ADDRESS_FAILURES = Integer.getInteger("governance.login.address-failures", 30);
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofMinutes(15);
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the user name or the address must still wait before a login is tried; zero when it need not. */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration byName = remaining(key("user", username), now);
        Duration byAddress = remaining(key("address", address), now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    /** How long the address must still wait before an API token is tried; zero when it need not. */
    public Duration waitForAddress(String address) {
        return remaining(key("address", address), clock.instant());
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        forgetOldestIfFull();
        failures.compute(key("user", username), (key, before) -> {
            int count = (before == null ? 0 : before.count()) + 1;
            Instant until = count < FREE_FAILURES ? now : now.plus(userWait(count));
            return new Failures(count, now, until);
        });
        countAddress(address, now);
    }

    /** A refused API token from the address: it counts towards the address's failures only. */
    public void failedFromAddress(String address) {
        Instant now = clock.instant();
        forgetOldestIfFull();
        countAddress(address, now);
    }

    private void countAddress(String address, Instant now) {
        failures.compute(key("address", address), (key, before) -> {
            boolean recent = before != null && before.last().plus(ADDRESS_WINDOW).isAfter(now);
            int count = recent ? before.count() + 1 : 1;
            return new Failures(count, now, count < ADDRESS_FAILURES ? now : now.plus(LONGEST));
        });
    }

    public void succeeded(String username) {
        failures.remove(key("user", username));
    }

    private static Duration userWait(int count) {
        long doublings = Math.min(count - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }

    private Duration remaining(String key, Instant now) {
        Failures found = failures.get(key);
        return found == null || !found.until().isAfter(now) ? Duration.ZERO : Duration.between(now, found.until());
    }

    private void forgetOldestIfFull() {
        if (failures.size() >= MAX_ENTRIES) {
            failures.entrySet().stream().min(Map.Entry.comparingByValue(
                    (a, b) -> a.last().compareTo(b.last()))).ifPresent(oldest -> failures.remove(oldest.getKey()));
        }
    }

    private static String key(String kind, String value) {
        return kind + ':' + (value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
    }

    /** Failures in a row, the last one's time, and until when logins must wait. */
    private record Failures(int count, Instant last, Instant until) {
    }
}
