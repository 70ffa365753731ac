package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.AgendaTemplate;
import se.sodertorn.governance.domain.meeting.Attendance;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingPlan;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.meeting.MeetingStatus;
import se.sodertorn.governance.domain.meeting.MinutesCorrection;
import se.sodertorn.governance.domain.meeting.MinutesStatus;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

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
    public List<Meeting> calendarOfBody(long bodyId, LocalDateTime from, int limit) {
        return em.createQuery("select m from " + FROM + " where b.id = :body and m.startsAt >= :from"
                        + " and m.status <> :proposed order by m.startsAt, m.id", Meeting.class)
                .setParameter("body", bodyId).setParameter("from", from)
                .setParameter("proposed", MeetingStatus.PROPOSED).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Meeting> calendarOfMember(long personId, LocalDate day, LocalDateTime from, int limit) {
        return em.createQuery("select m from " + FROM + " where m.startsAt >= :from and m.status <> :proposed"
                        + " and b.id in (select ms.body.id from Membership ms where ms.person.id = :person"
                        + " and ms.validFrom <= :day and (ms.validTo is null or ms.validTo >= :day))"
                        + " order by m.startsAt, m.id", Meeting.class)
                .setParameter("person", personId).setParameter("day", day).setParameter("from", from)
                .setParameter("proposed", MeetingStatus.PROPOSED).setMaxResults(limit).getResultList();
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
    public List<Meeting> awaitingApprovalBy(long personId) {
        return em.createQuery("select m from " + FROM + " where m.adjuster.id = :person and m.minutesStatus = :sent"
                        + " order by m.startsAt", Meeting.class)
                .setParameter("person", personId).setParameter("sent", MinutesStatus.SENT_TO_ADJUSTER)
                .getResultList();
    }

    @Override
    public Page<Meeting> unprepared(LocalDateTime from, LocalDateTime to, int limit) {
        return new PagedQuery<>(Meeting.class, "m", FROM, "m.status = :scheduled and m.startsAt >= :from"
                + " and m.startsAt < :to and not exists (select i.id from AgendaItem i where i.meeting = m)")
                .parameter("scheduled", MeetingStatus.SCHEDULED).parameter("from", from).parameter("to", to)
                .sortable(Map.of(), "m.startsAt, m.id").fetch(em, PageRequest.of(0, limit));
    }

    @Override
    public Page<Meeting> minutesUnfinished(LocalDateTime from, LocalDateTime before, int limit) {
        return new PagedQuery<>(Meeting.class, "m", FROM, "m.status = :scheduled and m.startsAt >= :from"
                + " and m.startsAt < :before and m.minutesStatus in (:unfinished)")
                .parameter("scheduled", MeetingStatus.SCHEDULED).parameter("from", from).parameter("before", before)
                .parameter("unfinished", List.of(MinutesStatus.DRAFT, MinutesStatus.APPROVED))
                .sortable(Map.of(), "m.startsAt desc, m.id").fetch(em, PageRequest.of(0, limit));
    }

    @Override
    public List<Meeting> upcoming(LocalDateTime from, int limit) {
        return em.createQuery("select m from " + FROM + " where m.status = :scheduled and m.startsAt >= :from"
                        + " order by m.startsAt, b.shortName", Meeting.class)
                .setParameter("scheduled", MeetingStatus.SCHEDULED).setParameter("from", from)
                .setMaxResults(limit).getResultList();
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
