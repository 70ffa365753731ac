package se.sodertorn.governance.ejb.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Default {@link MembershipService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class MembershipServiceBean implements MembershipService {

    @Inject
    private MembershipRepository memberships;
    @Inject
    private BodyRepository bodies;

    @Override
    public Page<Membership> membersOf(long bodyId, PageRequest request) {
        return memberships.pageOfBody(bodyId, request);
    }

    @Override
    public List<Membership> sittingOn(long bodyId, LocalDate day) {
        return memberships.activeOn(bodyId, day);
    }

    @Override
    public Membership find(long id) {
        return memberships.find(id).orElseThrow(() -> new NotFoundException("membership", id));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Membership save(Membership membership) {
        long bodyId = membership.getBody().getId();
        bodies.lockForMembershipChanges(bodyId);
        memberships.overlappingForPerson(bodyId, membership.getPerson().getId(),
                membership.getValidFrom(), membership.getValidTo(), membership.getId())
                .stream().findFirst().ifPresent(other -> {
                    throw new GovernanceException("membership.personAlreadySeated",
                            other.getPerson().getFullName(), other.getBody().getShortName(),
                            other.getValidFrom().toString());
                });
        if (membership.getRole().isSingleHolder()) {
            memberships.overlapping(bodyId, membership.getRole(), membership.getValidFrom(), membership.getValidTo(),
                    membership.getId()).stream().findFirst().ifPresent(other -> {
                        throw new GovernanceException("membership.roleTaken",
                                other.getPerson().getFullName(), other.getValidFrom().toString());
                    });
        }
        return memberships.save(membership);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Membership end(long membershipId, LocalDate lastDay, int expectedVersion) {
        Membership membership = find(membershipId);
        membership.checkVersion(expectedVersion);
        membership.end(lastDay);
        return memberships.save(membership);
    }
}
