package se.sodertorn.governance.domain.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Stored memberships. */
public interface MembershipRepository {

    Optional<Membership> find(long id);

    /** A body's memberships, current and past, newest term first unless sorted otherwise. */
    Page<Membership> pageOfBody(long bodyId, PageRequest request);

    /** Who sat in the body on that day, chair first. */
    List<Membership> activeOn(long bodyId, LocalDate day);

    /** Memberships of the body with the role whose term shares a day with from–to, other than {@code excludedId}. */
    List<Membership> overlapping(long bodyId, MembershipRole role, LocalDate from, LocalDate to, Long excludedId);

    /** The person's memberships of the body whose term shares a day with from–to, other than {@code excludedId}. */
    List<Membership> overlappingForPerson(long bodyId, long personId, LocalDate from, LocalDate to, Long excludedId);

    Membership save(Membership membership);
}
