package se.sodertorn.governance.ejb.search;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
     * versions changed.
     *
     * @return how many records were re-indexed or removed
     */
    public int reindexChangedIn(List<Integer> revisions) {
        if (revisions.isEmpty()) {
            return 0;
        }
        AuditReader reader = AuditReaderFactory.get(em);
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        int done = 0;
        for (SearchKind kind : SearchKind.values()) {
            if (kind == SearchKind.PAPER) {
                Set<Long> papers = new HashSet<>(changedIds(reader, Paper.class, revisions));
                papers.addAll(papersOfVersions(changedIds(reader, PaperVersion.class, revisions)));
                List<PaperText> texts = load(PaperText.class, "e.paper.id", papers);
                texts.forEach(plan::addOrUpdate);
                done += texts.size();
            } else {
                done += reindex(plan, kind.entity(), changedIds(reader, kind.entity(), revisions));
            }
        }
        return done;
    }

    private int reindex(SearchIndexingPlan plan, Class<?> entity, List<Long> ids) {
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

    private List<Long> papersOfVersions(List<Long> versions) {
        return load(PaperVersion.class, "e.id", versions).stream().map(version -> version.getPaper().getId()).toList();
    }

    /** The records of the entity whose {@code key} is one of {@code ids}, loaded in chunks. */
    private <E> List<E> load(Class<E> entity, String key, Iterable<Long> ids) {
        String name = em.getMetamodel().entity(entity).getName();
        List<E> found = new ArrayList<>();
        List<Long> chunk = new ArrayList<>(LOAD_CHUNK);
        for (Long id : ids) {
            chunk.add(id);
            if (chunk.size() == LOAD_CHUNK) {
                found.addAll(loadChunk(entity, name, key, chunk));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            found.addAll(loadChunk(entity, name, key, chunk));
        }
        return found;
    }

    private <E> List<E> loadChunk(Class<E> entity, String name, String key, List<Long> ids) {
        return em.createQuery("select e from " + name + " e where " + key + " in :ids", entity)
                .setParameter("ids", ids).getResultList();
    }
}
