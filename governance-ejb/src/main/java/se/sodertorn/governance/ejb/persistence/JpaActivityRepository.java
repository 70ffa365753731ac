package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.time.LocalDate;
import jakarta.persistence.TypedQuery;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityFilter;
import se.sodertorn.governance.domain.plan.ActivityRepository;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.plan.FocusAreaTally;
import se.sodertorn.governance.domain.plan.FollowUpLine;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Activities in the database; pages, filters and tallies are computed by the database. */
@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    private static final String FROM = "Activity a join fetch a.focusArea fa left join fetch a.responsibleBody rb"
            + " left join fetch a.responsiblePerson rp left join fetch a.responsibleMunicipality rm";
    private static final String RESPONSIBLE_MATCHES = "(lower(rb.name) like :responsible escape '\\'"
            + " or lower(rb.shortName) like :responsible escape '\\'"
            + " or lower(concat(rp.firstName, ' ', rp.lastName)) like :responsible escape '\\'"
            + " or lower(rm.name) like :responsible escape '\\')";
    private static final String TEXT_MATCHES = "(lower(a.title) like :search escape '\\'"
            + " or lower(a.description) like :search escape '\\' or lower(a.followUpComment) like :search escape '\\')";
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "a.title", "focusArea", "fa.sortOrder", "status", "a.status", "progressPercent", "a.progressPercent",
            "plannedStart", "a.plannedStart", "responsibleName", "coalesce(rb.name, rp.lastName, rm.name)",
            "budget", "a.budget", "outcome", "a.outcome");

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Activity> find(long id) {
        return em.createQuery("select a from " + FROM + " join fetch a.plan where a.id = :id", Activity.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Page<Activity> page(long planId, ActivityFilter filter, PageRequest request) {
        StringBuilder where = new StringBuilder("a.plan.id = :plan");
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {"plan", planId});
        if (filter.focusAreaId() != null) {
            where.append(" and fa.id = :area");
            parameters.add(new Object[] {"area", filter.focusAreaId()});
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.add(new Object[] {"status", filter.status()});
        }
        String responsible = PageRequest.likePattern(filter.responsible());
        if (responsible != null) {
            where.append(" and ").append(RESPONSIBLE_MATCHES);
            parameters.add(new Object[] {"responsible", responsible});
        }
        String search = request.searchPattern() != null ? request.searchPattern()
                : PageRequest.likePattern(filter.search());
        if (search != null) {
            where.append(" and ").append(TEXT_MATCHES);
            parameters.add(new Object[] {"search", search});
        }
        PagedQuery<Activity> query = new PagedQuery<>(Activity.class, "a", FROM, where.toString())
                .sortable(SORTABLE, "fa.sortOrder, a.id");
        parameters.forEach(p -> query.parameter((String) p[0], p[1]));
        return query.fetch(em, request);
    }

    @Override
    public List<Activity> unfinished(long planId, int first, int size) {
        return em.createQuery("select a from " + FROM + " where a.plan.id = :plan and a.status not in (:finished)"
                        + " order by a.id", Activity.class)
                .setParameter("plan", planId)
                .setParameter("finished", List.of(ActivityStatus.DONE, ActivityStatus.CANCELLED))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public List<FocusAreaTally> tally(long planId, Long roundId) {
        String query = roundId == null
                ? "select fa.id, fa.name, fa.sortOrder, a.status, count(a), sum(a.budget), sum(a.outcome)"
                        + " from Activity a join a.focusArea fa where a.plan.id = :key"
                        + " group by fa.id, fa.name, fa.sortOrder, a.status"
                : "select fa.id, fa.name, fa.sortOrder, s.status, count(s), sum(s.budget), sum(s.outcome)"
                        + " from ActivitySnapshot s join s.focusArea fa where s.round.id = :key"
                        + " group by fa.id, fa.name, fa.sortOrder, s.status";
        return em.createQuery(query + " order by fa.sortOrder, fa.id", Object[].class)
                .setParameter("key", roundId == null ? planId : roundId)
                .getResultStream()
                .map(row -> new FocusAreaTally((Long) row[0], (String) row[1], (Integer) row[2], (ActivityStatus) row[3],
                        (Long) row[4], (BigDecimal) row[5], (BigDecimal) row[6]))
                .toList();
    }

    @Override
    public Stream<FollowUpLine> followUpLines(long planId, Long roundId, Long earlierRoundId, Long focusAreaId) {
        String recorded = roundId == null ? "a" : "s";
        String from = roundId == null ? " from Activity a join a.focusArea fa"
                : " from ActivitySnapshot s join s.activity a join s.focusArea fa";
        String query = "select a.id, fa.name, a.title, coalesce(rb.name, concat(rp.firstName, ' ', rp.lastName), rm.name),"
                + " a.plannedStart, a.plannedEnd, " + recorded + ".status, " + recorded + ".progressPercent, "
                + recorded + ".followUpComment, " + recorded + ".budget, " + recorded + ".outcome, e.status"
                + from + " left join a.responsibleBody rb left join a.responsiblePerson rp"
                + " left join a.responsibleMunicipality rm"
                + " left join ActivitySnapshot e on e.activity = a and e.round.id = :earlier"
                + " where a.plan.id = :plan" + (roundId == null ? "" : " and s.round.id = :round")
                + (focusAreaId == null ? "" : " and fa.id = :area")
                + " order by fa.sortOrder, fa.id, a.id";
        TypedQuery<Object[]> lines = em.createQuery(query, Object[].class)
                .setParameter("plan", planId)
                .setParameter("earlier", earlierRoundId == null ? Long.valueOf(-1) : earlierRoundId)
                .setHint("org.hibernate.fetchSize", 500)
                .setHint("org.hibernate.readOnly", true);
        if (roundId != null) {
            lines.setParameter("round", roundId);
        }
        if (focusAreaId != null) {
            lines.setParameter("area", focusAreaId);
        }
        return lines.getResultStream().map(row -> new FollowUpLine((Long) row[0], (String) row[1], (String) row[2],
                (String) row[3], (LocalDate) row[4], (LocalDate) row[5], (ActivityStatus) row[6], (Integer) row[7],
                (String) row[8], (BigDecimal) row[9], (BigDecimal) row[10], (ActivityStatus) row[11]));
    }

    @Override
    public Activity save(Activity activity) {
        return Saving.save(em, activity);
    }
}
