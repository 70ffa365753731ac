package se.sodertorn.governance.ejb.search;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import se.sodertorn.governance.domain.meeting.Paper;
import se.sodertorn.governance.domain.meeting.PaperText;
import se.sodertorn.governance.domain.meeting.PaperVersion;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.ejb.search.FollowedRevisions.Revision;

/**
 * Brings this node's search index up to date with changes saved on any node, read from the audit trail (Envers
 * revisions, written in the same transaction as every change). Each call runs in a transaction of its own; the index
 * is written when it commits. Called by the {@link IndexFollower}, never by users.
 */
@Stateless
public class AuditTrailIndexing {

    /** Records loaded per query when re-indexing. */
    private static final int LOAD_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    /**
     * At most {@code limit} revisions after {@code after}, by time and then number: a range of the index on the
     * revisions' time (V12), so a pass reads only the revisions of the last minutes however long the trail.
     */
    public List<Revision> revisionsAfter(Revision after, int limit) {
        long time = after.time().toEpochMilli();
        List<Object[]> rows = em.createQuery("select r.id, r.revisionTime from AuditRevision r"
                        + " where r.revisionTime >= :time and (r.revisionTime > :time or r.id > :id)"
                        + " order by r.revisionTime, r.id", Object[].class)
                .setParameter("time", time).setParameter("id", after.id()).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new Revision((Integer) row[0], Instant.ofEpochMilli((Long) row[1]))).toList();
    }

    /**
     * Re-indexes every searched record changed in the revisions numbered {@code revisions}, as it is now in the
     * database, and removes from the index those since deleted. A paper is re-indexed when the paper or one of its
     * versions changed. The records that name a changed meeting or agenda item in their entries (its items,
     * decisions, action items and papers; an item's decision and papers) are re-indexed with it, so that a meeting
     * moved to another day or year is found by its new day in all of them.
     *
     * @return how many records were re-indexed or removed
     */
    public int reindexChangedIn(List<Integer> revisions) {
        if (revisions.isEmpty()) {
            return 0;
        }
        AuditReader reader = AuditReaderFactory.get(em);
        Map<SearchKind, Set<Long>> changed = new EnumMap<>(SearchKind.class);
        for (SearchKind kind : SearchKind.values()) {
            changed.put(kind, new HashSet<>(kind == SearchKind.PAPER ? List.of()
                    : changedIds(reader, kind.entity(), revisions)));
        }
        Set<Long> meetings = changed.get(SearchKind.MEETING);
        Set<Long> items = changed.get(SearchKind.AGENDA_ITEM);
        items.addAll(ids("select e.id from AgendaItem e where e.meeting.id in :ids", meetings));
        changed.get(SearchKind.DECISION).addAll(ids("select e.id from Decision e where e.item.id in :ids", items));
        changed.get(SearchKind.ACTION_ITEM).addAll(
                ids("select e.id from ActionItem e where e.originMeeting.id in :ids", meetings));
        Set<Long> papers = new HashSet<>(changedIds(reader, Paper.class, revisions));
        papers.addAll(ids("select e.paper.id from PaperVersion e where e.id in :ids",
                changedIds(reader, PaperVersion.class, revisions)));
        papers.addAll(ids("select e.id from Paper e where e.agendaItem.id in :ids", items));

        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        int done = 0;
        for (SearchKind kind : SearchKind.values()) {
            if (kind == SearchKind.PAPER) {
                List<PaperText> texts = load(PaperText.class, "e.paper.id", papers);
                texts.forEach(plan::addOrUpdate);
                done += texts.size();
            } else {
                done += reindex(plan, kind.entity(), changed.get(kind));
            }
        }
        return done;
    }

    private int reindex(SearchIndexingPlan plan, Class<?> entity, Set<Long> ids) {
        List<?> found = load(entity, "e.id", ids);
        Set<Long> gone = new HashSet<>(ids);
        for (Object record : found) {
            plan.addOrUpdate(record);
            gone.remove(((BaseEntity) record).getId());
        }
        gone.forEach(id -> plan.purge(entity, id, null));
        return ids.size();
    }

    private static List<Long> changedIds(AuditReader reader, Class<?> entity, List<Integer> revisions) {
        List<?> ids = reader.createQuery().forRevisionsOfEntity(entity, false, true)
                .addProjection(AuditEntity.id().distinct())
                .add(AuditEntity.revisionNumber().in(revisions))
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The records of the entity whose {@code key} is one of {@code ids}, loaded in chunks. */
    private <E> List<E> load(Class<E> entity, String key, Collection<Long> ids) {
        String name = em.getMetamodel().entity(entity).getName();
        return inChunks(ids, chunk -> loadChunk(entity, name, key, chunk));
    }

    /** The ids a query with the parameter {@code ids} answers for {@code keys}, asked in chunks. */
    private List<Long> ids(String query, Collection<Long> keys) {
        return inChunks(keys, chunk -> em.createQuery(query, Long.class).setParameter("ids", chunk).getResultList());
    }

    private static <R> List<R> inChunks(Collection<Long> keys, Function<List<Long>, List<R>> query) {
        List<Long> all = List.copyOf(keys);
        List<R> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += LOAD_CHUNK) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + LOAD_CHUNK))));
        }
        return found;
    }

    private <E> List<E> loadChunk(Class<E> entity, String name, String key, List<Long> ids) {
        return em.createQuery("select e from " + name + " e where " + key + " in :ids", entity)
                .setParameter("ids", ids).getResultList();
    }
}
