package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;
import se.sodertorn.governance.domain.plan.FollowUpRound;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Activity plans and follow-up rounds in the database. */
@ApplicationScoped
public class JpaActivityPlanRepository implements ActivityPlanRepository {

    private static final Map<String, String> SORTABLE = Map.of("year", "p.year", "name", "p.name", "status", "p.status");

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ActivityPlan> find(long id) {
        return em.createQuery("select p from ActivityPlan p join fetch p.programme left join fetch p.focusAreas where p.id = :id", ActivityPlan.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<ActivityPlan> findByYear(int year) {
        return em.createQuery("select p from ActivityPlan p join fetch p.programme left join fetch p.focusAreas where p.year = :year",
                ActivityPlan.class).setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public Page<ActivityPlan> page(PageRequest request) {
        return new PagedQuery<>(ActivityPlan.class, "p", "ActivityPlan p join fetch p.programme", "")
                .sortable(SORTABLE, "p.year desc").fetch(em, request);
    }

    @Override
    public ActivityPlan save(ActivityPlan plan) {
        return Saving.save(em, plan);
    }

    @Override
    public List<FollowUpRound> roundsOf(long planId) {
        return em.createQuery("select r from FollowUpRound r where r.plan.id = :plan order by r.takenOn, r.id",
                FollowUpRound.class).setParameter("plan", planId).setMaxResults(100).getResultList();
    }

    @Override
    public Optional<FollowUpRound> findRound(long id) {
        return em.createQuery("select r from FollowUpRound r join fetch r.plan where r.id = :id", FollowUpRound.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public FollowUpRound takeRound(FollowUpRound round) {
        FollowUpRound saved = Saving.save(em, round);
        em.createQuery("insert into ActivitySnapshot"
                        + " (round, activity, focusArea, status, progressPercent, followUpComment, budget, outcome)"
                        + " select r, a, a.focusArea, a.status, a.progressPercent, a.followUpComment, a.budget, a.outcome"
                        + " from Activity a, FollowUpRound r where a.plan.id = :plan and r.id = :round")
                .setParameter("plan", saved.getPlan().getId()).setParameter("round", saved.getId())
                .executeUpdate();
        return saved;
    }
}
