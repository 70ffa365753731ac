package se.sodertorn.governance.domain.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Stored e-mail notifications, and the claims that let scheduled work run once. */
public interface NotificationRepository {

    Optional<Notification> find(long id);

    Notification save(Notification notification);

    /** The most recent failed notifications, newest first, at most {@code limit}. */
    List<Notification> failed(int limit);

    /** How many notifications failed and were not sent again. */
    long countFailed();

    /** Ids of notifications still waiting to be sent that were written before the given time, oldest first. */
    List<Long> pendingBefore(LocalDateTime before, int limit);

    /**
     * Records a scheduled run by its key (e.g. {@code digest-2026-W49}) unless it was recorded before. The key is
     * unique in the database, so of servers sharing it only one records a key: the others get {@code false}, or,
     * when they try at the very same moment, a persistence error that rolls their transaction back.
     *
     * @return whether this call recorded the run
     */
    boolean recordRun(String runKey, LocalDateTime at);
}
