package se.sodertorn.governance.ejb.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import se.sodertorn.governance.domain.organisation.Municipality;

/** The member municipalities: everyone reads, the secretariat keeps codes and populations. */
public interface MunicipalityService {

    List<Municipality> list();

    Municipality find(long id);

    /**
     * Saves a municipality; its population figure is also kept as the population of the year of its date, which
     * the budget's contributions are split by. A new member gets a "not yet adopted" record for every programme.
     */
    Municipality save(@NotNull @Valid Municipality municipality);
}
