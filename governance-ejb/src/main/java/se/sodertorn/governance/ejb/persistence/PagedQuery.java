package se.sodertorn.governance.ejb.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/**
 * Builds a paged JPQL query and its count from one FROM/WHERE clause: the rows query adds fetch joins and an
 * ORDER BY from a whitelist of sortable fields, the count query counts the same rows in the database. Ties are
 * broken by id in the sort's direction, so that an index on (…, sort column, id) can serve either direction.
 */
final class PagedQuery<T> {

    private final Class<T> type;
    private final String alias;
    private final String from;
    private String countFrom;
    private final String where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private Map<String, String> sortable = Map.of();
    private String defaultOrder;
    private int countLimit;
    private LongSupplier counted;

    /**
     * @param from  e.g. {@code "Membership m join fetch m.person p"}; the count query joins without fetching
     * @param where the condition shared by rows and count, or an empty string
     */
    PagedQuery(Class<T> type, String alias, String from, String where) {
        this.type = type;
        this.alias = alias;
        this.from = from;
        this.countFrom = from.replace(" join fetch ", " join ");
        this.where = where.isBlank() ? "" : " where " + where;
    }

    /**
     * The FROM clause of the count when it can do with fewer joins than the rows (by default the rows' clause
     * without fetching): an index can then answer the count alone.
     */
    PagedQuery<T> countingFrom(String countingFrom) {
        this.countFrom = countingFrom;
        return this;
    }

    /**
     * Counts at most {@code limit} rows: the count fetches the ids of up to {@code limit + 1} matching rows in no
     * particular order, so the database stops as soon as it has found them, and the page says whether there are
     * more ({@link Page#more()}). For filters whose every match would otherwise have to be read to be counted.
     */
    PagedQuery<T> countingAtMost(int limit) {
        this.countLimit = limit;
        return this;
    }

    /** Takes the total from elsewhere, e.g. an aggregate the database keeps, instead of counting the rows. */
    PagedQuery<T> countedBy(LongSupplier total) {
        this.counted = total;
        return this;
    }

    PagedQuery<T> parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** Sort keys the UI may ask for, mapped to JPQL paths, and the order when none is asked for. */
    PagedQuery<T> sortable(Map<String, String> paths, String defaultOrder) {
        this.sortable = paths;
        this.defaultOrder = defaultOrder;
        return this;
    }

    /** The rows and total the request asks for: one count query, one rows query, or both. */
    Page<T> fetch(EntityManager em, PageRequest request) {
        long total = Page.NOT_COUNTED;
        boolean more = false;
        if (request.counts() && counted != null) {
            total = counted.getAsLong();
        } else if (request.counts() && countLimit > 0) {
            TypedQuery<Long> ids = em.createQuery("select " + alias + ".id from " + countFrom + where, Long.class);
            parameters.forEach(ids::setParameter);
            int found = ids.setMaxResults(countLimit + 1).getResultList().size();
            more = found > countLimit;
            total = Math.min(found, countLimit);
        } else if (request.counts()) {
            TypedQuery<Long> count = em.createQuery("select count(" + alias + ") from " + countFrom + where, Long.class);
            parameters.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        if (total == 0 || !request.fetchesRows()) {
            return new Page<>(List.of(), total, more);
        }
        TypedQuery<T> rows = em.createQuery("select " + alias + " from " + from + where
                + " order by " + orderBy(request), type);
        parameters.forEach(rows::setParameter);
        rows.setFirstResult(request.first());
        rows.setMaxResults(request.size());
        return new Page<>(rows.getResultList(), total, more);
    }

    private String orderBy(PageRequest request) {
        String path = request.sortField() == null ? null : sortable.get(request.sortField());
        if (path == null) {
            return defaultOrder;
        }
        String direction = request.ascending() ? " asc" : " desc";
        return path + direction + ", " + alias + ".id" + direction;
    }
}
