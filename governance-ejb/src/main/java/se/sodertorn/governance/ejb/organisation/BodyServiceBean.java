package se.sodertorn.governance.ejb.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Default {@link BodyService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class BodyServiceBean implements BodyService {

    @Inject
    private BodyRepository bodies;

    @Override
    public Page<Body> page(PageRequest request) {
        return bodies.page(request);
    }

    @Override
    public Body find(long id) {
        return bodies.find(id).orElseThrow(() -> new NotFoundException("body", id));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Body save(Body body) {
        bodies.findByShortName(body.getShortName())
                .filter(existing -> !existing.getId().equals(body.getId()))
                .ifPresent(existing -> {
                    throw new GovernanceException("body.shortNameTaken", body.getShortName());
                });
        return bodies.save(body);
    }
}
