package se.sodertorn.governance.ejb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.ejb.search.FollowedRevisions.Batch;
import se.sodertorn.governance.ejb.search.FollowedRevisions.Revision;

class FollowedRevisionsTest {

    private static final Instant START = Instant.parse("2030-03-01T09:00:00Z");
    private static final Duration MARGIN = Duration.ofMinutes(5);

    /** The committed part of an audit trail, answering as the database does: in scan order after a position. */
    private final List<Revision> committed = new ArrayList<>();
    private int queries;

    private List<Revision> after(Revision position, int limit) {
        queries++;
        return committed.stream().filter(r -> Revision.SCAN_ORDER.compare(r, position) > 0)
                .sorted(Revision.SCAN_ORDER).limit(limit).toList();
    }

    private void commit(int id, int secondsAfterStart) {
        committed.add(new Revision(id, START.plusSeconds(secondsAfterStart)));
    }

    private static List<Integer> ids(Batch batch) {
        return batch.fresh().stream().map(Revision::id).toList();
    }

    private Batch pass(FollowedRevisions followed, int max) {
        Batch batch = followed.next(this::after, max);
        followed.applied(batch);
        return batch;
    }

    @Test
    void eachRevisionIsAppliedOnceInTheOrderOfItsTime() {
        FollowedRevisions followed = new FollowedRevisions(START, MARGIN);
        commit(2, 20);
        commit(1, 10);

        assertEquals(List.of(1, 2), ids(pass(followed, 100)));
        assertEquals(START.plusSeconds(20), followed.mark());
        assertEquals(List.of(), ids(pass(followed, 100)), "nothing new: nothing applied twice");
    }

    @Test
    void aRevisionCommittedLateWithinTheMarginIsStillFound() {
        FollowedRevisions followed = new FollowedRevisions(START, MARGIN);
        commit(7, 100);
        pass(followed, 100);

        commit(6, 100 - 240); // began four minutes before revision 7, committed after it was applied
        commit(8, 130);

        assertEquals(List.of(6, 8), ids(pass(followed, 100)));
    }

    @Test
    void aRevisionTimedBeforeTheMarginIsForgotten() {
        FollowedRevisions followed = new FollowedRevisions(START, MARGIN);
        commit(1, 0);
        commit(2, 600);
        pass(followed, 100);
        assertEquals(1, followed.remembered(), "revision 1 lies before the mark less the margin");

        commit(3, 600 - 400);
        assertEquals(List.of(), ids(pass(followed, 100)), "committed more than the margin after its time");
    }

    @Test
    void aLongTrailIsTakenInBoundedPassesWithoutPassingOneOver() {
        FollowedRevisions followed = new FollowedRevisions(START, MARGIN);
        for (int id = 1; id <= 1_200; id++) {
            commit(id, 60 + id % 50); // many revisions share a time
        }
        List<Integer> applied = new ArrayList<>();
        for (int pass = 0; pass < 4; pass++) {
            Batch batch = pass(followed, 500);
            assertTrue(batch.fresh().size() <= 500);
            applied.addAll(ids(batch));
        }
        assertEquals(1_200, applied.size());
        assertEquals(1_200, applied.stream().distinct().count(), "none applied twice");
    }

    @Test
    void aFailedPassLeavesTheRevisionsForTheNextOne() {
        FollowedRevisions followed = new FollowedRevisions(START, MARGIN);
        commit(1, 10);

        followed.next(this::after, 100); // not handed back as applied: the index was not written
        assertEquals(START, followed.mark());
        assertEquals(List.of(1), ids(pass(followed, 100)));
    }

    @Test
    void aQuietTrailCostsOneQuery() {
        FollowedRevisions followed = new FollowedRevisions(START, MARGIN);
        pass(followed, 100);
        assertEquals(1, queries);
        assertEquals(START, followed.mark());
    }
}
