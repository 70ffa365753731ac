package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.plan.DevelopmentProgramme;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.plan.ProgrammeAdoption;
import se.sodertorn.governance.domain.plan.ProgrammeRepository;

/** Development programmes, focus areas and adoptions in the database. */
@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    private static final int BOUND = 200;

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<DevelopmentProgramme> find(long id) {
        return Optional.ofNullable(em.find(DevelopmentProgramme.class, id));
    }

    @Override
    public List<DevelopmentProgramme> list() {
        return em.createQuery("select p from DevelopmentProgramme p order by p.firstYear desc, p.id desc",
                DevelopmentProgramme.class).setMaxResults(BOUND).getResultList();
    }

    @Override
    public DevelopmentProgramme save(DevelopmentProgramme programme) {
        return Saving.save(em, programme);
    }

    @Override
    public List<FocusArea> focusAreasOf(long programmeId) {
        return em.createQuery("select f from FocusArea f where f.programme.id = :programme order by f.sortOrder, f.id",
                FocusArea.class).setParameter("programme", programmeId).setMaxResults(BOUND).getResultList();
    }

    @Override
    public Optional<FocusArea> findFocusArea(long id) {
        return Optional.ofNullable(em.find(FocusArea.class, id));
    }

    @Override
    public FocusArea save(FocusArea focusArea) {
        return Saving.save(em, focusArea);
    }

    @Override
    public List<ProgrammeAdoption> adoptionsOf(long programmeId) {
        return em.createQuery("select a from ProgrammeAdoption a join fetch a.municipality m"
                        + " where a.programme.id = :programme order by m.name", ProgrammeAdoption.class)
                .setParameter("programme", programmeId).setMaxResults(BOUND).getResultList();
    }

    @Override
    public Optional<ProgrammeAdoption> findAdoption(long id) {
        return em.createQuery("select a from ProgrammeAdoption a join fetch a.municipality where a.id = :id",
                ProgrammeAdoption.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public ProgrammeAdoption save(ProgrammeAdoption adoption) {
        return Saving.save(em, adoption);
    }
}
