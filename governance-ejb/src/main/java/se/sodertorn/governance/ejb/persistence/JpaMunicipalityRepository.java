package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.plan.ResponsibleSortName;

/** Municipalities in the database. */
@ApplicationScoped
public class JpaMunicipalityRepository implements MunicipalityRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Municipality> find(long id) {
        return Optional.ofNullable(em.find(Municipality.class, id));
    }

    @Override
    public Optional<Municipality> findByCode(String code) {
        return em.createQuery("select m from Municipality m where m.code = :code", Municipality.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Municipality> listByName() {
        return em.createQuery("select m from Municipality m order by m.name", Municipality.class)
                .setMaxResults(1000).getResultList();
    }

    @Override
    public Municipality save(Municipality municipality) {
        boolean renaming = !municipality.isNew();
        Municipality saved = Saving.save(em, municipality);
        if (renaming) {
            ResponsibleSortNames.renew(em, "responsibleMunicipality", saved, ResponsibleSortName.of(saved));
        }
        return saved;
    }
}
