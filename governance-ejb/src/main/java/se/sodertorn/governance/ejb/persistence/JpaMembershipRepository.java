package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRepository;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Memberships in the database; every query fetches person, body and municipality for display. */
@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {

    private static final String FROM = "Membership m join fetch m.person p left join fetch p.municipality"
            + " join fetch m.body b left join fetch m.municipality mu";
    private static final String ROLE_ORDER = "case m.role when 'CHAIR' then 0 when 'VICE_CHAIR' then 1"
            + " when 'MEMBER' then 2 else 3 end";
    private static final Map<String, String> SORTABLE = Map.of(
            "person", "p.lastName", "role", "m.role", "municipality", "mu.name",
            "validFrom", "m.validFrom", "validTo", "m.validTo");
    private static final String OVERLAPS = " and m.validFrom <= :lastDay"
            + " and (m.validTo is null or m.validTo >= :firstDay) and m.id <> :excluded";
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Membership> find(long id) {
        return em.createQuery("select m from " + FROM + " where m.id = :id", Membership.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Page<Membership> pageOfBody(long bodyId, PageRequest request) {
        String pattern = request.searchPattern();
        String where = "b.id = :body" + (pattern == null ? ""
                : " and (lower(concat(p.firstName, ' ', p.lastName)) like :pattern escape '\\'"
                + " or lower(mu.name) like :pattern escape '\\')");
        PagedQuery<Membership> query = new PagedQuery<>(Membership.class, "m", FROM, where)
                .parameter("body", bodyId)
                .sortable(SORTABLE, "m.validFrom desc, " + ROLE_ORDER + ", p.lastName, m.id");
        if (pattern != null) {
            query.parameter("pattern", pattern);
        }
        return query.fetch(em, request);
    }

    @Override
    public List<Membership> activeOn(long bodyId, LocalDate day) {
        return em.createQuery("select m from " + FROM + " where b.id = :body and m.validFrom <= :day"
                        + " and (m.validTo is null or m.validTo >= :day) order by " + ROLE_ORDER + ", mu.name, p.lastName",
                        Membership.class)
                .setParameter("body", bodyId).setParameter("day", day)
                .setMaxResults(PageRequest.MAX_SIZE).getResultList();
    }

    @Override
    public List<Membership> overlapping(long bodyId, MembershipRole role, LocalDate from, LocalDate to, Long excludedId) {
        return overlapQuery("b.id = :body and m.role = :role", from, to, excludedId)
                .setParameter("body", bodyId).setParameter("role", role).getResultList();
    }

    @Override
    public List<Membership> overlappingForPerson(long bodyId, long personId, LocalDate from, LocalDate to, Long excludedId) {
        return overlapQuery("b.id = :body and p.id = :person", from, to, excludedId)
                .setParameter("body", bodyId).setParameter("person", personId).getResultList();
    }

    private TypedQuery<Membership> overlapQuery(String condition, LocalDate from, LocalDate to, Long excludedId) {
        return em.createQuery("select m from " + FROM + " where " + condition + OVERLAPS, Membership.class)
                .setParameter("firstDay", from)
                .setParameter("lastDay", to == null ? OPEN_END : to)
                .setParameter("excluded", excludedId == null ? Long.valueOf(-1) : excludedId)
                .setMaxResults(10);
    }

    @Override
    public Membership save(Membership membership) {
        return Saving.save(em, membership);
    }
}
