package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.AdoptionProgress;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;
import se.sodertorn.governance.domain.meeting.DecisionFilter;
import se.sodertorn.governance.domain.meeting.DecisionRepository;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Decisions in the database; queries fetch the item, the meeting and its body. */
@ApplicationScoped
public class JpaDecisionRepository implements DecisionRepository {

    private static final String FROM = "Decision d join fetch d.item i join fetch i.meeting m join fetch m.body b"
            + " left join fetch d.recommendedTo";
    private static final Map<String, String> SORTABLE = Map.of("meeting", "m.startsAt", "body", "b.shortName");

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Decision> find(long id) {
        return em.createQuery("select d from " + FROM + " left join fetch d.followsRecommendation where d.id = :id",
                Decision.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Decision save(Decision decision) {
        return Saving.save(em, decision);
    }

    @Override
    public void remove(Decision decision) {
        em.remove(decision);
        em.flush();
    }

    @Override
    public List<Decision> ofMeeting(long meetingId) {
        return em.createQuery("select d from " + FROM + " left join fetch d.followsRecommendation r"
                        + " left join fetch r.item ri left join fetch ri.meeting rm left join fetch rm.body"
                        + " where m.id = :meeting order by i.number, d.id", Decision.class)
                .setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public Page<Decision> search(DecisionFilter filter, PageRequest request) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (filter.bodyId() != null) {
            conditions.add("b.id = :body");
        }
        if (filter.year() != null) {
            conditions.add("m.startsAt >= :from and m.startsAt < :to");
        }
        String pattern = PageRequest.likePattern(filter.text());
        if (pattern != null) {
            conditions.add("(lower(d.text) like :pattern escape '\\' or lower(i.title) like :pattern escape '\\')");
        }
        PagedQuery<Decision> query = new PagedQuery<>(Decision.class, "d", FROM, String.join(" and ", conditions))
                .sortable(SORTABLE, "m.startsAt desc, i.number, d.id");
        if (filter.bodyId() != null) {
            query.parameter("body", filter.bodyId());
        }
        if (filter.year() != null) {
            query.parameter("from", LocalDateTime.of(filter.year(), 1, 1, 0, 0))
                    .parameter("to", LocalDateTime.of(filter.year() + 1, 1, 1, 0, 0));
        }
        if (pattern != null) {
            query.parameter("pattern", pattern);
        }
        return query.fetch(em, request);
    }

    @Override
    public List<Decision> following(long recommendationId) {
        return em.createQuery("select d from " + FROM + " where d.followsRecommendation.id = :id order by m.startsAt",
                Decision.class).setParameter("id", recommendationId).getResultList();
    }

    @Override
    public List<Decision> recommendationsTo(long bodyId, int limit) {
        return em.createQuery("select d from " + FROM + " where d.recommendedTo.id = :body order by m.startsAt desc",
                Decision.class).setParameter("body", bodyId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<DecisionAdoption> adoptions(long decisionId) {
        return em.createQuery("select a from DecisionAdoption a join fetch a.municipality mu"
                + " where a.decision.id = :id order by mu.name", DecisionAdoption.class)
                .setParameter("id", decisionId).getResultList();
    }

    @Override
    public Page<AdoptionProgress> awaitingAdoption(int limit) {
        Page<Decision> pending = new PagedQuery<>(Decision.class, "d", FROM, "d.needsAdoption = true and exists"
                + " (select a.id from DecisionAdoption a where a.decision = d and a.adoptedOn is null)")
                .sortable(Map.of(), "m.startsAt desc, d.id").fetch(em, PageRequest.of(0, limit));
        if (pending.rows().isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        Map<Long, Object[]> counts = new HashMap<>();
        em.createQuery("select a.decision.id, count(a), count(a.adoptedOn) from DecisionAdoption a"
                        + " where a.decision.id in (:ids) group by a.decision.id", Object[].class)
                .setParameter("ids", pending.rows().stream().map(Decision::getId).toList()).getResultList()
                .forEach(row -> counts.put((Long) row[0], row));
        return new Page<>(pending.rows().stream().map(d -> new AdoptionProgress(d,
                (Long) counts.get(d.getId())[2], (Long) counts.get(d.getId())[1])).toList(), pending.total());
    }

    @Override
    public Optional<DecisionAdoption> adoption(long adoptionId) {
        return em.createQuery("select a from DecisionAdoption a join fetch a.decision d join fetch d.item i"
                + " join fetch i.meeting where a.id = :id", DecisionAdoption.class)
                .setParameter("id", adoptionId).getResultStream().findFirst();
    }

    @Override
    public DecisionAdoption saveAdoption(DecisionAdoption adoption) {
        return Saving.save(em, adoption);
    }

    /** One by one, not in bulk, so that the audit records each removal. */
    @Override
    public void removeAdoptions(long decisionId) {
        adoptions(decisionId).forEach(em::remove);
        em.flush();
    }
}
