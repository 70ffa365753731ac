package se.sodertorn.governance.ejb.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/**
 * Who sits in which body, in which role, for whom and when. A person holds one seat in a body at a time; a
 * body has one chair and one vice chair at a time.
 */
public interface MembershipService {

    /** The body's memberships, current and past. */
    Page<Membership> membersOf(long bodyId, @NotNull PageRequest request);

    /** Who sat in the body on that day, chair first. */
    List<Membership> sittingOn(long bodyId, @NotNull LocalDate day);

    Membership find(long id);

    /** Adds a new membership or saves an edited one, after checking the rules above. */
    Membership save(@NotNull @Valid Membership membership);

    /**
     * Ends a membership: {@code lastDay} is the last day in the body.
     *
     * @param expectedVersion the version the user saw; a newer one means someone else changed it meanwhile
     */
    Membership end(long membershipId, @NotNull LocalDate lastDay, int expectedVersion);
}
