package se.sodertorn.governance.ejb.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import se.sodertorn.governance.domain.organisation.Municipality;

/** The member municipalities: everyone reads, the secretariat keeps codes and populations. */
public interface MunicipalityService {

    List<Municipality> list();

    Municipality find(long id);

    Municipality save(@NotNull @Valid Municipality municipality);
}
