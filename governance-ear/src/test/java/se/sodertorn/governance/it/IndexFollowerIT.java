package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.hibernate.search.mapper.orm.Search;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.DecisionDraft;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingDraft;
import se.sodertorn.governance.ejb.meeting.DecisionService;
import se.sodertorn.governance.ejb.meeting.MeetingPlanService;
import se.sodertorn.governance.ejb.meeting.MeetingService;
import se.sodertorn.governance.ejb.search.IndexFollower;
import se.sodertorn.governance.ejb.search.SearchKind;
import se.sodertorn.governance.ejb.search.SearchQuery;
import se.sodertorn.governance.ejb.search.SearchService;

/**
 * The index follows the audit trail: changes saved without this node indexing them — as when another node saves
 * them — are found, changed and removed in the index within a few passes of the {@link IndexFollower}; a meeting
 * moved to another year takes its items' and decisions' entries with it.
 */
@ExtendWith(ArquillianExtension.class)
class IndexFollowerIT {

    /** Longest wait for the follower: a few of its passes. */
    private static final Duration PATIENCE = Duration.ofSeconds(6L * IndexFollower.INTERVAL_SECONDS);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(IndexFollowerIT.class, SearchApiIT.class);
    }

    @PersistenceContext(unitName = "governance")
    private EntityManager em;
    @Resource
    private UserTransaction transaction;
    @EJB
    private MeetingPlanService plans;
    @Inject
    private MeetingDrafts drafts;
    @EJB
    private SearchService search;
    @EJB
    private MeetingService meetings;
    @EJB
    private DecisionService decisions;
    @Inject
    private Callers callers;

    @Test
    void aChangeSavedWithoutIndexingIsFoundChangedAndRemovedByFollowingTheAuditTrail() throws Exception {
        String first = SearchApiIT.token();
        String second = SearchApiIT.token();
        MeetingDraft draft = drafts.lgOnAFreeDay("Sal " + first);

        Meeting proposed = unindexed(() -> plans.propose(draft.getDay().getYear(), draft));
        assertEquals(0, found(first), "this node did not index the new meeting itself");
        awaitFound(first, 1);

        draft.setPlace("Sal " + second);
        Meeting changed = unindexed(() -> plans.change(proposed.getId(), proposed.getVersion(), draft));
        assertEquals(0, found(second), "this node did not index the change itself");
        awaitFound(second, 1);
        assertEquals(0, found(first), "the old place is gone from the index");

        unindexed(() -> {
            plans.withdraw(changed.getId(), changed.getVersion());
            return null;
        });
        assertEquals(1, found(second), "this node did not remove the meeting from its index itself");
        awaitFound(second, 0);
    }

    @Test
    void aMeetingMovedToAnotherYearTakesItsItemsAndDecisionsWith() throws Exception {
        String word = SearchApiIT.token();
        MeetingDraft draft = drafts.lgOnAFreeDay(null);
        int year = draft.getDay().getYear();
        Meeting proposed = callers.asSecretariat(() -> plans.propose(year, draft));
        AgendaItem item = callers.asSecretariat(() -> meetings.addItem(proposed.getId(), "Punkt om " + word, null));
        DecisionDraft decision = new DecisionDraft();
        decision.setText("LG beslutar om " + word + ".");
        callers.asSecretariat(() -> decisions.add(item.getId(), decision));
        assertEquals(2, found(word, year), "the item and its decision, in the meeting's year");

        draft.setDay(drafts.lgOnAFreeDay(year + 1, null).getDay());
        Meeting current = callers.asSecretariat(() -> meetings.find(proposed.getId()));
        callers.asSecretariat(() -> plans.change(current.getId(), current.getVersion(), draft));

        awaitFound(word, year + 1, 2);
        assertEquals(0, found(word, year), "no longer in the old year");
    }

    /**
     * Saves as the secretariat in a transaction whose changes this node does not index, just after a pass of the
     * follower (its passes fall on whole multiples of its interval), so that the next pass is the one that finds
     * the change.
     */
    private <T> T unindexed(Callable<T> work) throws Exception {
        awaitJustAfterAPass();
        transaction.begin();
        try {
            Search.session(em).indexingPlanFilter(filter -> filter.exclude(Object.class));
            T saved = callers.asSecretariat(work);
            transaction.commit();
            return saved;
        } catch (Exception | AssertionError failure) {
            transaction.rollback();
            throw failure;
        }
    }

    private static void awaitJustAfterAPass() throws InterruptedException {
        long intoInterval = System.currentTimeMillis() % (IndexFollower.INTERVAL_SECONDS * 1000L);
        if (intoInterval < 1_000 || intoInterval > 3_000) {
            Thread.sleep(Math.floorMod(1_000 - intoInterval, IndexFollower.INTERVAL_SECONDS * 1000L) + 500);
        }
    }

    /** How many meetings hold the word. */
    private long found(String word) throws Exception {
        return found(new SearchQuery(word, SearchKind.MEETING, null, null));
    }

    /** How many records of any kind hold the word in the year. */
    private long found(String word, int year) throws Exception {
        return found(new SearchQuery(word, null, null, year));
    }

    private long found(SearchQuery query) throws Exception {
        return callers.asMember(() -> search.search(query, 0, 10)).hits().total();
    }

    private void awaitFound(String word, long expected) throws Exception {
        awaitFound(new SearchQuery(word, SearchKind.MEETING, null, null), expected);
    }

    private void awaitFound(String word, int year, long expected) throws Exception {
        awaitFound(new SearchQuery(word, null, null, year), expected);
    }

    private void awaitFound(SearchQuery query, long expected) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (found(query) != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(expected, found(query), query + " found within " + PATIENCE.toSeconds() + " s");
    }
}
