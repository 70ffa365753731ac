package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import se.sodertorn.governance.domain.security.CalendarSubscription;
import se.sodertorn.governance.domain.security.CalendarSubscriptionRepository;

/** Calendar feed addresses in the database; a token is found by its hash through the column's unique index. */
@ApplicationScoped
public class JpaCalendarSubscriptionRepository implements CalendarSubscriptionRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<CalendarSubscription> ofAccount(long accountId) {
        return em.createQuery("select s from CalendarSubscription s where s.account.id = :account",
                CalendarSubscription.class).setParameter("account", accountId).getResultStream().findFirst();
    }

    @Override
    public Optional<CalendarSubscription> byTokenHash(String tokenHash) {
        return em.createQuery("select s from CalendarSubscription s join fetch s.account a left join fetch a.person"
                        + " where s.tokenHash = :hash", CalendarSubscription.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public CalendarSubscription save(CalendarSubscription subscription) {
        return Saving.save(em, subscription);
    }

    @Override
    public void markUsed(long subscriptionId, LocalDateTime now) {
        em.createQuery("update CalendarSubscription s set s.lastUsedAt = :now where s.id = :id")
                .setParameter("now", now).setParameter("id", subscriptionId).executeUpdate();
    }
}
