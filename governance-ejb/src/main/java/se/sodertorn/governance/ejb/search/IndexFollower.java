package se.sodertorn.governance.ejb.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.sodertorn.governance.ejb.search.FollowedRevisions.Batch;
import se.sodertorn.governance.ejb.search.FollowedRevisions.Revision;

/**
 * Keeps this node's search index in step with the database when several nodes share it. Each node indexes what is
 * saved through it at once; every {@value #INTERVAL_SECONDS} seconds it also reads the audit trail for revisions it
 * has not applied, whichever node saved them, and re-indexes the records they changed. So a change saved on one node
 * is found on every node within about that interval, and a node that was down catches up from its kept
 * {@link IndexMark} (from the trail's beginning when the mark is lost). On one node the same pass repairs a change whose indexing failed after its commit.
 */
@Singleton
@Startup
@DependsOn("SearchIndexStartup")
public class IndexFollower {

    /** Seconds between two reads of the audit trail. */
    public static final int INTERVAL_SECONDS = 10;
    /** How long after its time a revision may still commit and be found: longer than any saving transaction. */
    static final Duration MARGIN = Duration.ofMinutes(5);
    /** Revisions applied per pass at most: bounds a pass's work after a long pause; the rest follow. */
    static final int PER_PASS = 500;
    /** Revisions in one pass from which the pass is logged: a node catching up, not the everyday trickle. */
    private static final int CATCHING_UP = 100;

    private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());

    @EJB
    private AuditTrailIndexing indexing;
    private final IndexMark kept = IndexMark.ofServer();
    private FollowedRevisions followed;

    @PostConstruct
    void start() {
        Instant mark = kept.read().orElseGet(() -> {
            LOG.info("Search index: how far it followed the audit trail is not known (" + kept
                    + " is missing or unreadable, as on a first start): following the trail from its beginning");
            return Instant.EPOCH;
        });
        followed = new FollowedRevisions(mark, MARGIN);
    }

    /** Applies the revisions not applied yet; a failure is logged and tried again at the next pass. */
    @Schedule(hour = "*", minute = "*", second = "*/" + INTERVAL_SECONDS, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void follow() {
        try {
            Batch batch = followed.next(indexing::revisionsAfter, PER_PASS);
            if (!batch.fresh().isEmpty()) {
                apply(batch.fresh());
            }
            Instant before = followed.mark();
            followed.applied(batch);
            if (!followed.mark().equals(before)) {
                kept.write(followed.mark());
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Search index: could not follow the audit trail; trying again", failure);
        }
    }

    /**
     * Re-indexes the revisions' records together or, when that fails, one revision at a time, skipping one that fails
     * alone while others succeed. When every one fails the trouble is taken as not theirs (the database or the index
     * is unavailable): none is skipped, and all are tried again at the next pass.
     */
    private void apply(List<Revision> fresh) {
        try {
            int records = indexing.reindexChangedIn(ids(fresh));
            LOG.log(fresh.size() >= CATCHING_UP ? Level.INFO : Level.FINE, () -> "Search index: " + records
                    + " records of " + fresh.size() + " audit revisions re-indexed");
        } catch (EJBException together) {
            List<Revision> failed = new ArrayList<>();
            EJBException last = together;
            for (Revision revision : fresh) {
                try {
                    indexing.reindexChangedIn(List.of(revision.id()));
                } catch (EJBException alone) {
                    failed.add(revision);
                    last = alone;
                }
            }
            if (failed.size() == fresh.size()) {
                throw last;
            }
            if (failed.isEmpty()) {
                return;
            }
            LOG.log(Level.WARNING, "Search index: the records of audit revisions " + ids(failed)
                    + " could not be re-indexed; the reindex command rebuilds the index", last);
        }
    }

    private static List<Integer> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }
}
