package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.ExternalCalendar;
import se.sodertorn.governance.domain.meeting.ExternalCalendarEvent;
import se.sodertorn.governance.domain.meeting.ExternalCalendarRepository;

/** External calendars in the database; events are replaced in bulk on each import. */
@ApplicationScoped
public class JpaExternalCalendarRepository implements ExternalCalendarRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ExternalCalendar> find(long id) {
        return Optional.ofNullable(em.find(ExternalCalendar.class, id));
    }

    @Override
    public Optional<ExternalCalendar> findByName(String name) {
        return em.createQuery("select c from ExternalCalendar c where lower(c.name) = lower(:name)",
                ExternalCalendar.class).setParameter("name", name.strip()).getResultStream().findFirst();
    }

    @Override
    public List<ExternalCalendar> list() {
        return em.createQuery("select c from ExternalCalendar c order by c.name", ExternalCalendar.class)
                .setMaxResults(200).getResultList();
    }

    @Override
    public ExternalCalendar save(ExternalCalendar calendar) {
        return Saving.save(em, calendar);
    }

    @Override
    public void replaceEvents(ExternalCalendar calendar, LocalDateTime from, LocalDateTime to,
            List<ExternalCalendarEvent> events) {
        em.createQuery("delete from ExternalCalendarEvent e where e.calendar = :calendar and e.startsAt < :to"
                + " and e.endsAt > :from").setParameter("calendar", calendar).setParameter("from", from)
                .setParameter("to", to).executeUpdate();
        events.forEach(em::persist);
        em.flush();
    }

    @Override
    public List<ExternalCalendarEvent> between(LocalDateTime from, LocalDateTime to) {
        return em.createQuery("select e from ExternalCalendarEvent e join fetch e.calendar"
                        + " where e.startsAt < :to and e.endsAt > :from order by e.startsAt", ExternalCalendarEvent.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void remove(ExternalCalendar calendar) {
        em.createQuery("delete from ExternalCalendarEvent e where e.calendar = :calendar")
                .setParameter("calendar", calendar).executeUpdate();
        em.remove(em.contains(calendar) ? calendar : em.merge(calendar));
        em.flush();
    }
}
