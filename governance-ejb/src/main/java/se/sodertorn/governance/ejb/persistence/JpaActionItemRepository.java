package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemRepository;
import se.sodertorn.governance.domain.meeting.ActionItemStatus;
import se.sodertorn.governance.domain.meeting.Meeting;

/** Action items in the database, with their origin and responsible person. */
@ApplicationScoped
public class JpaActionItemRepository implements ActionItemRepository {

    private static final String FROM = "ActionItem a join fetch a.originItem i join fetch a.originMeeting om"
            + " join fetch om.body left join fetch a.responsible left join fetch a.closedAt c";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ActionItem> find(long id) {
        return em.createQuery("select a from " + FROM + " where a.id = :id", ActionItem.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public ActionItem save(ActionItem item) {
        return Saving.save(em, item);
    }

    @Override
    public void remove(ActionItem item) {
        em.remove(item);
        em.flush();
    }

    @Override
    public List<ActionItem> givenAt(long meetingId) {
        return em.createQuery("select a from " + FROM + " where om.id = :meeting order by i.number, a.id",
                ActionItem.class).setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public List<ActionItem> outstandingAt(Meeting meeting) {
        return em.createQuery("select a from " + FROM + " where om.body.id = :body and om.startsAt < :start"
                        + " and (a.status = :open or c.startsAt >= :start) order by om.startsAt, i.number, a.id",
                        ActionItem.class)
                .setParameter("body", meeting.getBody().getId()).setParameter("start", meeting.getStartsAt())
                .setParameter("open", ActionItemStatus.OPEN).getResultList();
    }
}
