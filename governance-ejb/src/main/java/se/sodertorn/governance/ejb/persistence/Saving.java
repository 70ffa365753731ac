package se.sodertorn.governance.ejb.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.ConcurrentChangeException;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * Persists new entities and merges edited ones, turning a stale version into a clear conflict and a clash with
 * a unique or foreign key (someone saved the same name meanwhile) into a message instead of an error page.
 */
final class Saving {

    private Saving() {
    }

    static <T extends BaseEntity> T save(EntityManager em, T entity) {
        try {
            T saved;
            if (entity.isNew()) {
                em.persist(entity);
                saved = entity;
            } else {
                saved = em.merge(entity);
            }
            em.flush();
            return saved;
        } catch (OptimisticLockException stale) {
            throw new ConcurrentChangeException();
        } catch (PersistenceException refused) {
            if (refused instanceof ConstraintViolationException || refused.getCause() instanceof ConstraintViolationException) {
                throw new GovernanceException("error.conflictingData");
            }
            throw refused;
        }
    }
}
