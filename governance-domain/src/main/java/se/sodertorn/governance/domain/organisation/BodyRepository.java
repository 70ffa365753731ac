package se.sodertorn.governance.domain.organisation;

import java.util.Optional;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Stored bodies. */
public interface BodyRepository {

    Optional<Body> find(long id);

    Optional<Body> findByShortName(String shortName);

    Page<Body> page(PageRequest request);

    Body save(Body body);

    /**
     * Holds the body against concurrent changes of its memberships until the transaction ends, so that rules over
     * several memberships (one chair at a time) hold when two changes come at once.
     */
    void lockForMembershipChanges(long bodyId);
}
