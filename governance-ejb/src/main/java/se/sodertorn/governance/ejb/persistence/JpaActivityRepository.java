package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.time.LocalDate;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityFilter;
import se.sodertorn.governance.domain.plan.ActivityRepository;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.plan.FocusAreaTally;
import se.sodertorn.governance.domain.plan.FollowUpLine;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Activities in the database; pages, filters and tallies are computed by the database. */
@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    private static final String FROM = "Activity a join fetch a.focusArea fa left join fetch a.responsibleBody rb"
            + " left join fetch a.responsiblePerson rp left join fetch a.responsibleMunicipality rm";
    /** The count joins only what the responsible filter needs, so that an index alone can count the rest. */
    private static final String COUNT_FROM = "Activity a";
    private static final String COUNT_FROM_RESPONSIBLE = "Activity a left join a.responsibleBody rb"
            + " left join a.responsiblePerson rp left join a.responsibleMunicipality rm";
    private static final String RESPONSIBLE_MATCHES = "(lower(rb.name) like :responsible escape '\\'"
            + " or lower(rb.shortName) like :responsible escape '\\'"
            + " or lower(concat(rp.firstName, ' ', rp.lastName)) like :responsible escape '\\'"
            + " or lower(rm.name) like :responsible escape '\\')";
    private static final String TEXT_MATCHES = "(lower(a.title) like :search escape '\\'"
            + " or lower(a.description) like :search escape '\\' or lower(a.followUpComment) like :search escape '\\')";
    private static final Map<String, String> SORTABLE = Map.of(
            "title", "a.title", "focusArea", "a.focusAreaOrder", "status", "a.status", "progressPercent", "a.progressPercent",
            "plannedStart", "a.plannedStart", "responsibleName", "a.responsibleSortName",
            "budget", "a.budget", "outcome", "a.outcome");

    @PersistenceContext
    private EntityManager em;
    @Inject
    private DatabaseKind database;

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
            where.append(" and a.focusArea.id = :area");
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
                .countingFrom(responsible == null ? COUNT_FROM : COUNT_FROM_RESPONSIBLE)
                .sortable(SORTABLE, "a.focusAreaOrder, a.id");
        if (search != null || responsible != null) {
            query.countingAtMost(PageRequest.SEARCH_COUNT_LIMIT);
        } else if (database.keepsActivityTally(em)) {
            query.countedBy(() -> tallied(planId, filter));
        }
        parameters.forEach(p -> query.parameter((String) p[0], p[1]));
        return query.fetch(em, request);
    }

    /**
     * The number of the plan's activities in the focus area and status the filter names, from the aggregate
     * PostgreSQL keeps (activity_tally, migration V8_2): a few rows instead of every activity's index entry.
     */
    private long tallied(long planId, ActivityFilter filter) {
        StringBuilder sql = new StringBuilder("select coalesce(sum(activity_count), 0) from activity_tally"
                + " where plan_id = :plan");
        if (filter.focusAreaId() != null) {
            sql.append(" and focus_area_id = :area");
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
        }
        Query query = em.createNativeQuery(sql.toString()).setParameter("plan", planId);
        if (filter.focusAreaId() != null) {
            query.setParameter("area", filter.focusAreaId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Override
    public List<Activity> unfinished(long planId, int first, int size) {
        return em.createQuery("select a from " + FROM + " where a.plan.id = :plan and a.status not in (:finished)"
                        + " order by a.id", Activity.class)
                .setParameter("plan", planId)
                .setParameter("finished", List.of(ActivityStatus.DONE, ActivityStatus.CANCELLED))
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /**
     * Counts and sums per focus area and status. The plan's current ones come, on PostgreSQL, from the aggregate
     * the database keeps up to date (table activity_tally, migration V8_2), elsewhere from the activities through
     * a covering index; a round's from its snapshots. The few focus areas' names and orders are taken from those
     * already loaded in the transaction (the plan's), the others read in one query.
     */
    @Override
    public List<FocusAreaTally> tally(long planId, Long roundId) {
        List<Object[]> rows;
        if (roundId == null && database.keepsActivityTally(em)) {
            rows = castRows(em.createNativeQuery("select focus_area_id, status, activity_count, budget, outcome"
                    + " from activity_tally where plan_id = :plan and activity_count > 0").setParameter("plan", planId)
                    .getResultList()).stream()
                    .map(row -> new Object[] {((Number) row[0]).longValue(), ActivityStatus.valueOf((String) row[1]),
                            ((Number) row[2]).longValue(), row[3], row[4]})
                    .toList();
        } else {
            rows = em.createQuery(roundId == null
                    ? "select a.focusArea.id, a.status, count(a), sum(a.budget), sum(a.outcome) from Activity a"
                            + " where a.plan.id = :key group by a.focusArea.id, a.status"
                    : "select s.focusArea.id, s.status, count(s), sum(s.budget), sum(s.outcome) from ActivitySnapshot s"
                            + " where s.round.id = :key group by s.focusArea.id, s.status", Object[].class)
                    .setParameter("key", roundId == null ? planId : roundId)
                    .getResultList();
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, FocusArea> areas = em.unwrap(Session.class).byMultipleIds(FocusArea.class)
                .enableSessionCheck(true)
                .multiLoad(rows.stream().map(row -> (Long) row[0]).distinct().toList()).stream()
                .collect(Collectors.toMap(FocusArea::getId, Function.identity()));
        return rows.stream()
                .map(row -> {
                    FocusArea area = areas.get((Long) row[0]);
                    return new FocusAreaTally(area.getId(), area.getName(), area.getSortOrder(), (ActivityStatus) row[1],
                            (Long) row[2], (BigDecimal) row[3], (BigDecimal) row[4]);
                })
                .sorted(Comparator.comparingInt(FocusAreaTally::sortOrder).thenComparingLong(FocusAreaTally::focusAreaId)
                        .thenComparing(FocusAreaTally::status))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> castRows(List<?> rows) {
        return (List<Object[]>) rows;
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
