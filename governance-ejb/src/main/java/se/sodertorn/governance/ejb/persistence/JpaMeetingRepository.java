package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.AgendaTemplate;
import se.sodertorn.governance.domain.meeting.Attendance;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingPlan;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.meeting.MeetingStatus;
import se.sodertorn.governance.domain.meeting.MinutesCorrection;

/** Meetings in the database; meeting queries fetch the body and the three roles for display. */
@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {

    private static final String FROM = "Meeting m join fetch m.body b left join fetch m.plan"
            + " left join fetch m.chair left join fetch m.secretary left join fetch m.adjuster";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Meeting> find(long id) {
        return em.createQuery("select m from " + FROM + " where m.id = :id", Meeting.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Meeting save(Meeting meeting) {
        return Saving.save(em, meeting);
    }

    @Override
    public void remove(Meeting meeting) {
        em.remove(meeting);
        em.flush();
    }

    @Override
    public Optional<MeetingPlan> plan(int year) {
        return em.createQuery("select p from MeetingPlan p where p.planYear = :year", MeetingPlan.class)
                .setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public MeetingPlan savePlan(MeetingPlan plan) {
        return Saving.save(em, plan);
    }

    @Override
    public List<Meeting> inYear(int year, Long bodyId) {
        return em.createQuery("select m from " + FROM + " where m.startsAt >= :from and m.startsAt < :to"
                        + " and (:body is null or b.id = :body) order by m.startsAt, b.shortName", Meeting.class)
                .setParameter("from", LocalDateTime.of(year, 1, 1, 0, 0))
                .setParameter("to", LocalDateTime.of(year + 1, 1, 1, 0, 0))
                .setParameter("body", bodyId).getResultList();
    }

    @Override
    public List<Meeting> ofBody(long bodyId, LocalDateTime from, LocalDateTime to) {
        return em.createQuery("select m from " + FROM + " where b.id = :body and m.startsAt >= :from"
                        + " and m.startsAt < :to order by m.startsAt", Meeting.class)
                .setParameter("body", bodyId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<Meeting> next(long bodyId, LocalDateTime after) {
        return em.createQuery("select m from " + FROM + " where b.id = :body and m.startsAt > :after"
                        + " and m.status <> :cancelled order by m.startsAt", Meeting.class)
                .setParameter("body", bodyId).setParameter("after", after)
                .setParameter("cancelled", MeetingStatus.CANCELLED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<AgendaItem> agenda(long meetingId) {
        return em.createQuery("select i from AgendaItem i where i.meeting.id = :meeting order by i.number, i.id",
                AgendaItem.class).setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public Optional<AgendaItem> item(long itemId) {
        return em.createQuery("select i from AgendaItem i join fetch i.meeting m join fetch m.body where i.id = :id",
                AgendaItem.class).setParameter("id", itemId).getResultStream().findFirst();
    }

    @Override
    public AgendaItem saveItem(AgendaItem item) {
        return Saving.save(em, item);
    }

    @Override
    public void removeItem(AgendaItem item) {
        em.remove(item);
        em.flush();
    }

    @Override
    public List<Attendance> attendance(long meetingId) {
        return em.createQuery("select a from Attendance a left join fetch a.person p left join fetch p.municipality mu"
                        + " where a.meeting.id = :meeting"
                        + " order by case when p.id is null then 1 else 0 end, mu.name, p.lastName, a.guestName",
                Attendance.class).setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public Optional<Attendance> attendanceLine(long attendanceId) {
        return em.createQuery("select a from Attendance a join fetch a.meeting where a.id = :id", Attendance.class)
                .setParameter("id", attendanceId).getResultStream().findFirst();
    }

    @Override
    public Attendance saveAttendance(Attendance attendance) {
        return Saving.save(em, attendance);
    }

    @Override
    public void removeAttendance(Attendance attendance) {
        em.remove(attendance);
        em.flush();
    }

    @Override
    public Optional<AgendaTemplate> template(long bodyId) {
        return em.createQuery("select t from AgendaTemplate t where t.body.id = :body", AgendaTemplate.class)
                .setParameter("body", bodyId).getResultStream().findFirst();
    }

    @Override
    public AgendaTemplate saveTemplate(AgendaTemplate template) {
        return Saving.save(em, template);
    }

    @Override
    public List<MinutesCorrection> corrections(long meetingId) {
        return em.createQuery("select c from MinutesCorrection c where c.meeting.id = :meeting order by c.writtenAt",
                MinutesCorrection.class).setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public MinutesCorrection saveCorrection(MinutesCorrection correction) {
        return Saving.save(em, correction);
    }
}
