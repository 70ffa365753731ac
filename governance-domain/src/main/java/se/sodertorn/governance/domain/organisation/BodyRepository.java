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
}
