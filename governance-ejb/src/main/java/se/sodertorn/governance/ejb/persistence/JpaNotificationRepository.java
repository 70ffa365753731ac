package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.notification.Notification;
import se.sodertorn.governance.domain.notification.NotificationRepository;
import se.sodertorn.governance.domain.notification.NotificationStatus;

/** Notifications and scheduled runs in the database. */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public Notification save(Notification notification) {
        return Saving.save(em, notification);
    }

    @Override
    public List<Notification> failed(int limit) {
        return em.createQuery("select n from Notification n where n.status = :failed order by n.createdAt desc, n.id desc",
                Notification.class).setParameter("failed", NotificationStatus.FAILED).setMaxResults(limit).getResultList();
    }

    @Override
    public long countFailed() {
        return em.createQuery("select count(n) from Notification n where n.status = :failed", Long.class)
                .setParameter("failed", NotificationStatus.FAILED).getSingleResult();
    }

    @Override
    public List<Long> pendingBefore(LocalDateTime before, int limit) {
        return em.createQuery("select n.id from Notification n where n.status = :pending and n.createdAt < :before"
                        + " order by n.createdAt, n.id", Long.class)
                .setParameter("pending", NotificationStatus.PENDING).setParameter("before", before)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public boolean recordRun(String runKey, LocalDateTime at) {
        return em.createNativeQuery("insert into scheduled_run (run_key, ran_at) select ?1, ?2"
                        + " where not exists (select 1 from scheduled_run where run_key = ?1)")
                .setParameter(1, runKey).setParameter(2, at).executeUpdate() == 1;
    }
}
