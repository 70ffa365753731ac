package se.sodertorn.governance.ejb.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The API tokens recently used on this server, by hash, so that a script's calls cost no query: each entry is trusted
 * for {@link #TIME_TO_LIVE} and then read again. Revoking a token, or changing an account, forgets entries at once
 * and again once the change is committed; a lookup that began before a forgetting does not put its (possibly old)
 * answer in (a generation count tells). Another server of a cluster sees a revocation within {@link #TIME_TO_LIVE}.
 */
@ApplicationScoped
public class ApiTokenCache {

    /** How long an entry is trusted before the token is read again. */
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    /** Most entries kept; when full, all are forgotten. */
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    /** What a usable token stands for: its row, its account's user name and role names, last day, last noted use. */
    record Entry(long tokenId, String username, Set<String> roles, LocalDate expiresOn, LocalDateTime lastUsedAt,
            long loadedAt) {

        Entry used(LocalDateTime at) {
            return new Entry(tokenId, username, roles, expiresOn, at, loadedAt);
        }
    }

    /** The count of forgettings so far: read before a lookup, given back to {@link #put}. */
    long generation() {
        return generation.get();
    }

    /** The entry of the hash while it is trusted. */
    Optional<Entry> fresh(String hash) {
        Entry entry = entries.get(hash);
        if (entry == null || System.nanoTime() - entry.loadedAt() > TIME_TO_LIVE.toNanos()) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Keeps the entry unless something was forgotten since {@code generationBefore} (the lookup may be stale). */
    void put(String hash, Entry entry, long generationBefore) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(hash, entry);
        if (generation.get() != generationBefore) {
            entries.remove(hash, entry);
        }
    }

    /** Notes a use in the entry, if it is still the one given. */
    void used(String hash, Entry entry, LocalDateTime at) {
        entries.replace(hash, entry, entry.used(at));
    }

    /** Forgets the token of the hash now and once the current transaction ends. */
    public void forget(String hash) {
        forgetNow(hash);
        afterTransaction(() -> forgetNow(hash));
    }

    /** Forgets every token now and once the current transaction ends (an account's roles or state changed). */
    public void forgetAll() {
        forgetAllNow();
        afterTransaction(this::forgetAllNow);
    }

    private void forgetNow(String hash) {
        generation.incrementAndGet();
        entries.remove(hash);
    }

    private void forgetAllNow() {
        generation.incrementAndGet();
        entries.clear();
    }

    private void afterTransaction(Runnable forgetting) {
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    forgetting.run();
                }
            });
        }
    }
}
