package se.sodertorn.governance.domain.plan;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Stored activities. */
public interface ActivityRepository {

    Optional<Activity> find(long id);

    /**
     * A page of the plan's activities, filtered and sorted by the database. With a text filter (the free-text
     * search or the responsible), matches are counted up to {@link PageRequest#SEARCH_COUNT_LIMIT} and
     * {@link Page#more()} tells whether there are more.
     */
    Page<Activity> page(long planId, ActivityFilter filter, PageRequest request);

    /** A page of the plan's unfinished activities, by id, for carrying them over. */
    List<Activity> unfinished(long planId, int first, int size);

    /** Status counts, budget and outcome per focus area: now, or as a round recorded them (roundId not null). */
    List<FocusAreaTally> tally(long planId, Long roundId);

    /**
     * The plan's activities for a follow-up, ordered by focus area, streamed from the database: as they are now
     * (roundId null) or as the round recorded them (focus area, status, progress, comment, budget, outcome), with
     * the status at {@code earlierRoundId} when given.
     * Must be consumed within the transaction.
     */
    Stream<FollowUpLine> followUpLines(long planId, Long roundId, Long earlierRoundId, Long focusAreaId);

    Activity save(Activity activity);
}
