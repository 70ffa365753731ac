package se.sodertorn.governance.ejb.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.ConcurrentChangeException;

/** Persists new entities and merges edited ones, turning a stale version into a clear conflict. */
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
        }
    }
}
