package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.ChairRotation;
import se.sodertorn.governance.domain.meeting.ChairRotationRepository;

/** Chair rotations in the database. */
@ApplicationScoped
public class JpaChairRotationRepository implements ChairRotationRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ChairRotation> ofBody(long bodyId) {
        return em.createQuery("select r from ChairRotation r where r.body.id = :body", ChairRotation.class)
                .setParameter("body", bodyId).getResultStream().findFirst();
    }

    @Override
    public ChairRotation save(ChairRotation rotation) {
        return Saving.save(em, rotation);
    }
}
