package se.sodertorn.governance.ejb.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.sodertorn.governance.domain.budget.BudgetRepository;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.plan.ProgrammeAdoption;
import se.sodertorn.governance.domain.plan.ProgrammeRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;

/** Default {@link MunicipalityService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class MunicipalityServiceBean implements MunicipalityService {

    @Inject
    private MunicipalityRepository municipalities;

    @Inject
    private BudgetRepository budgets;

    @Inject
    private ProgrammeRepository programmes;

    @Override
    public List<Municipality> list() {
        return municipalities.listByName();
    }

    @Override
    public Municipality find(long id) {
        return municipalities.find(id).orElseThrow(() -> new NotFoundException("municipality", id));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Municipality save(Municipality municipality) {
        municipalities.findByCode(municipality.getCode())
                .filter(existing -> !existing.getId().equals(municipality.getId()))
                .ifPresent(existing -> {
                    throw new GovernanceException("municipality.codeTaken", municipality.getCode(), existing.getName());
                });
        boolean isNew = municipality.isNew();
        Municipality saved = municipalities.save(municipality);
        budgets.recordPopulation(saved);
        if (isNew) {
            programmes.list().forEach(programme -> programmes.save(new ProgrammeAdoption(programme, saved)));
        }
        return saved;
    }
}
