package se.sodertorn.governance.ejb.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.plan.DevelopmentProgramme;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.plan.ProgrammeAdoption;
import se.sodertorn.governance.domain.plan.ProgrammeRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;

/** Default {@link ProgrammeService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class ProgrammeServiceBean implements ProgrammeService {

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private MunicipalityRepository municipalities;

    @Override
    public List<DevelopmentProgramme> list() {
        return programmes.list();
    }

    @Override
    public DevelopmentProgramme find(long id) {
        return programmes.find(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public DevelopmentProgramme save(DevelopmentProgramme programme) {
        boolean isNew = programme.isNew();
        DevelopmentProgramme saved = programmes.save(programme);
        if (isNew) {
            municipalities.listByName().forEach(m -> programmes.save(new ProgrammeAdoption(saved, m)));
        }
        return saved;
    }

    @Override
    public List<FocusArea> focusAreasOf(long programmeId) {
        return programmes.focusAreasOf(programmeId);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public FocusArea saveFocusArea(FocusArea focusArea) {
        return programmes.save(focusArea);
    }

    @Override
    public List<ProgrammeAdoption> adoptionsOf(long programmeId) {
        return programmes.adoptionsOf(programmeId);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public ProgrammeAdoption recordAdoption(long adoptionId, LocalDate decidedOn, int expectedVersion) {
        ProgrammeAdoption adoption = programmes.findAdoption(adoptionId)
                .orElseThrow(() -> new NotFoundException("adoption", adoptionId));
        adoption.checkVersion(expectedVersion);
        if (decidedOn != null && decidedOn.isAfter(LocalDate.now())) {
            throw new GovernanceException("adoption.inFuture");
        }
        adoption.setDecidedOn(decidedOn);
        return programmes.save(adoption);
    }
}
