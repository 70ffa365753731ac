package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import se.sodertorn.governance.domain.shared.BaseEntity;

/** One event of an imported external calendar, in Swedish wall-clock time; replaced on every import. */
@Entity
public class ExternalCalendarEvent extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ExternalCalendar calendar;

    @Column(length = 300)
    private String summary;

    @Column(nullable = false)
    private LocalDateTime startsAt;

    @Column(nullable = false)
    private LocalDateTime endsAt;

    private boolean allDay;

    protected ExternalCalendarEvent() {
    }

    public ExternalCalendarEvent(ExternalCalendar calendar, String summary, LocalDateTime startsAt,
            LocalDateTime endsAt, boolean allDay) {
        this.calendar = calendar;
        this.summary = summary == null ? null : summary.strip().substring(0, Math.min(300, summary.strip().length()));
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.allDay = allDay;
    }

    public ExternalCalendar getCalendar() {
        return calendar;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public boolean isAllDay() {
        return allDay;
    }
}
