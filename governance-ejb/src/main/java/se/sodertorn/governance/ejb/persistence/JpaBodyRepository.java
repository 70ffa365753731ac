package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.plan.ResponsibleSortName;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Bodies in the database. */
@ApplicationScoped
public class JpaBodyRepository implements BodyRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "shortName", "b.shortName", "name", "b.name", "kind", "b.kind");

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Body> find(long id) {
        return Optional.ofNullable(em.find(Body.class, id));
    }

    @Override
    public Optional<Body> findByShortName(String shortName) {
        return em.createQuery("select b from Body b where lower(b.shortName) = lower(:shortName)", Body.class)
                .setParameter("shortName", shortName).getResultStream().findFirst();
    }

    @Override
    public Page<Body> page(PageRequest request) {
        String pattern = request.searchPattern();
        String where = pattern == null ? ""
                : "lower(b.shortName) like :pattern escape '\\' or lower(b.name) like :pattern escape '\\'";
        PagedQuery<Body> query = new PagedQuery<>(Body.class, "b", "Body b", where)
                .sortable(SORTABLE, "b.kind, b.shortName, b.id");
        if (pattern != null) {
            query.parameter("pattern", pattern);
        }
        return query.fetch(em, request);
    }

    @Override
    public Body save(Body body) {
        boolean renaming = !body.isNew();
        Body saved = Saving.save(em, body);
        if (renaming) {
            ResponsibleSortNames.renew(em, "responsibleBody", saved, ResponsibleSortName.of(saved));
        }
        return saved;
    }

    @Override
    public void lockForMembershipChanges(long bodyId) {
        em.find(Body.class, bodyId, LockModeType.PESSIMISTIC_WRITE);
    }
}
