package se.sodertorn.governance.benchmarks.bare;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** The two queries of the bare table: a count and one page, optionally filtered on the title and sorted by it. */
@Stateless
public class BareActivities {

    @PersistenceContext(unitName = "bare")
    private EntityManager em;

    /** The id of the plan of the year, or null if there is none. */
    public Long planOfYear(int year) {
        List<?> ids = em.createNativeQuery("select id from activity_plan where plan_year = ?1")
                .setParameter(1, year).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /** How many of the plan's activities have the text in their title (all of them if text is null). */
    public long count(long planId, String text) {
        TypedQuery<Long> query = em.createQuery("select count(a) from BareActivity a where a.planId = :plan"
                + (text == null ? "" : " and lower(a.title) like :text"), Long.class);
        return bind(query, planId, text).getSingleResult();
    }

    /** One page of the plan's activities, by id or by title. */
    public List<BareActivity> page(long planId, String text, boolean byTitle, boolean ascending, int first,
            int size) {
        String order = (byTitle ? "a.title" : "a.id") + (ascending ? "" : " desc");
        TypedQuery<BareActivity> query = em.createQuery("select a from BareActivity a where a.planId = :plan"
                + (text == null ? "" : " and lower(a.title) like :text") + " order by " + order, BareActivity.class);
        return bind(query, planId, text).setFirstResult(first).setMaxResults(size).getResultList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long planId, String text) {
        query.setParameter("plan", planId);
        if (text != null) {
            query.setParameter("text", "%" + text + "%");
        }
        return query;
    }
}
