package se.sodertorn.governance.ejb.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** The bodies that meet: everyone reads, the secretariat keeps them. */
public interface BodyService {

    Page<Body> page(@NotNull PageRequest request);

    Body find(long id);

    Body save(@NotNull @Valid Body body);
}
