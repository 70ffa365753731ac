package se.sodertorn.governance.domain.meeting;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** What a form says about a meeting in the plan: body, day, times, place, kind and note. */
public class MeetingDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{meeting.body.required}")
    private Long bodyId;

    @NotNull(message = "{meeting.day.required}")
    private LocalDate day;

    @NotNull(message = "{meeting.start.required}")
    private LocalTime start = LocalTime.of(8, 30);

    @NotNull(message = "{meeting.end.required}")
    private LocalTime end = LocalTime.of(10, 30);

    @Size(max = 200, message = "{text.tooLong}")
    private String place;

    private MeetingKind kind = MeetingKind.ORDINARY;

    @Size(max = 500, message = "{text.tooLong}")
    private String note;

    /** A form filled in from a stored meeting. */
    public static MeetingDraft of(Meeting meeting) {
        MeetingDraft draft = new MeetingDraft();
        draft.bodyId = meeting.getBody().getId();
        draft.day = meeting.getDay();
        draft.start = meeting.getStartsAt().toLocalTime();
        draft.end = meeting.getEndsAt().toLocalTime();
        draft.place = meeting.getPlace();
        draft.kind = meeting.getKind();
        draft.note = meeting.getNote();
        return draft;
    }

    @AssertTrue(message = "{meeting.endBeforeStart}")
    public boolean isEndAfterStart() {
        return start == null || end == null || end.isAfter(start);
    }

    public LocalDateTime startsAt() {
        return LocalDateTime.of(day, start);
    }

    public LocalDateTime endsAt() {
        return LocalDateTime.of(day, end);
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
