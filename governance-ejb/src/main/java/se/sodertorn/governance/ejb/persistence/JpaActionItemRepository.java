package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.ActionItemFilter;
import se.sodertorn.governance.domain.meeting.ActionItemRepository;
import se.sodertorn.governance.domain.meeting.ActionItemStatus;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Action items in the database, with their origin and responsible person. */
@ApplicationScoped
public class JpaActionItemRepository implements ActionItemRepository {

    private static final String FROM = "ActionItem a join fetch a.originItem i join fetch a.originMeeting om"
            + " join fetch om.body b left join fetch a.responsible r left join fetch a.closedAt c";
    private static final String OPEN = "se.sodertorn.governance.domain.meeting.ActionItemStatus.OPEN";
    private static final String BY_DUE = "case when a.dueDate is null then 1 else 0 end, a.dueDate";
    private static final Map<String, String> SORTABLE = Map.of("dueDate", "a.dueDate", "originMeeting", "om.startsAt",
            "responsible", "r.lastName", "body", "b.shortName");

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
                        + " and (a.status = :open or c.startsAt >= :start or (c is null and a.closedOn >= :day))"
                        + " order by om.startsAt, i.number, a.id", ActionItem.class)
                .setParameter("body", meeting.getBody().getId()).setParameter("start", meeting.getStartsAt())
                .setParameter("day", meeting.getDay())
                .setParameter("open", ActionItemStatus.OPEN).getResultList();
    }

    @Override
    public Page<ActionItem> search(ActionItemFilter filter, PageRequest request) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.responsibleId() != null) {
            conditions.add("r.id = :responsible");
            parameters.put("responsible", filter.responsibleId());
        }
        if (filter.bodyId() != null) {
            conditions.add("b.id = :body");
            parameters.put("body", filter.bodyId());
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.due() == ActionItemFilter.DueWithin.NO_DATE) {
            conditions.add("a.dueDate is null");
        } else if (filter.due() != null) {
            conditions.add("a.dueDate <= :lastDue");
            parameters.put("lastDue", filter.due().lastDay(filter.today()));
        }
        String pattern = request.searchPattern();
        if (pattern != null) {
            conditions.add("lower(a.text) like :pattern escape '\\'");
            parameters.put("pattern", pattern);
        }
        PagedQuery<ActionItem> query = new PagedQuery<>(ActionItem.class, "a", FROM, String.join(" and ", conditions))
                .sortable(SORTABLE, "case when a.status = " + OPEN + " then 0 else 1 end, " + BY_DUE
                        + ", om.startsAt desc, a.id");
        parameters.forEach(query::parameter);
        return query.fetch(em, request);
    }

    @Override
    public List<ActionItem> openOf(long personId, int limit) {
        return em.createQuery("select a from " + FROM + " where r.id = :person and a.status = :open order by "
                        + BY_DUE + ", om.startsAt, a.id", ActionItem.class)
                .setParameter("person", personId).setParameter("open", ActionItemStatus.OPEN)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<ActionItem> openDueBy(LocalDate lastDay, int limit) {
        return em.createQuery("select a from " + FROM + " where a.status = :open and a.dueDate <= :last"
                        + " order by r.id, a.dueDate, a.id", ActionItem.class)
                .setParameter("open", ActionItemStatus.OPEN).setParameter("last", lastDay)
                .setMaxResults(limit).getResultList();
    }
}
