package se.sodertorn.governance.ejb.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which audit revisions one node has applied to its own search index. Revisions are numbered when they begin and
 * timed when their first change is written, but they commit in any order: a revision numbered or timed before one
 * already applied may become visible later. So the node keeps a mark (the time of the newest revision it has
 * scanned) and looks again at every revision timed after the mark less a margin, skipping those it has applied. A
 * revision that stays uncommitted longer than the margin after its time is missed until the next rebuild.
 * Not thread-safe: one follower uses it at a time.
 */
final class FollowedRevisions {

    /** An audit revision as the follower reads it: its number and its time. */
    record Revision(int id, Instant time) {

        /** Orders revisions as they are scanned: by time, then by number. */
        static final Comparator<Revision> SCAN_ORDER = Comparator.comparing(Revision::time).thenComparing(Revision::id);
    }

    /** Reads revisions after a position in scan order. */
    @FunctionalInterface
    interface Trail {

        /**
         * At most {@code limit} revisions after {@code after} in {@link Revision#SCAN_ORDER}: timed later, or timed
         * the same and numbered higher.
         */
        List<Revision> after(Revision after, int limit);
    }

    /**
     * What one scan found: the revisions not applied yet, and how far the scan got. Hand it to
     * {@link #applied(Batch)} once its revisions are in the index.
     */
    record Batch(List<Revision> fresh, Instant scannedUntil) {
    }

    /** Revisions read from the trail per query. */
    static final int PAGE = 500;

    private final Duration margin;
    private final Map<Integer, Instant> applied = new HashMap<>();
    private Instant mark;

    /**
     * @param mark   every revision timed at or before {@code mark - margin} is taken as applied
     * @param margin how long after its time a revision may still commit and be found
     */
    FollowedRevisions(Instant mark, Duration margin) {
        this.mark = mark;
        this.margin = margin;
    }

    /** The time of the newest revision scanned: the position to keep across restarts. */
    Instant mark() {
        return mark;
    }

    /**
     * Scans the trail from the mark less the margin and collects at most {@code max} revisions not applied yet, in
     * scan order. The scan stops at the last revision it collected, so that none after it is passed over.
     */
    Batch next(Trail trail, int max) {
        List<Revision> fresh = new ArrayList<>();
        Revision position = new Revision(Integer.MAX_VALUE, mark.minus(margin));
        Instant scannedUntil = mark;
        while (fresh.size() < max) {
            List<Revision> page = trail.after(position, PAGE);
            for (Revision revision : page) {
                if (fresh.size() == max) {
                    break;
                }
                if (!applied.containsKey(revision.id())) {
                    fresh.add(revision);
                }
                position = revision;
                scannedUntil = later(scannedUntil, revision.time());
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return new Batch(List.copyOf(fresh), scannedUntil);
    }

    /** Records the batch's revisions as applied, moves the mark and forgets what lies before the margin. */
    void applied(Batch batch) {
        batch.fresh().forEach(revision -> applied.put(revision.id(), revision.time()));
        mark = later(mark, batch.scannedUntil());
        Instant forgotten = mark.minus(margin);
        applied.values().removeIf(time -> !time.isAfter(forgotten));
    }

    /** How many applied revisions are remembered, those inside the margin. */
    int remembered() {
        return applied.size();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}
