package se.sodertorn.governance.web.view.meetings;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.io.Serializable;
import se.sodertorn.governance.ejb.meeting.MeetingRecord;

/**
 * A part of the meeting page that keeps form values drawn from the record: it takes them from the record when it
 * is first used, and again each time {@link MeetingBacking} reads the record anew.
 */
abstract class MeetingPagePart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingBacking view;

    @PostConstruct
    void init() {
        if (view.getRecord() != null) {
            show(view.getRecord());
        }
    }

    void recordRead(@Observes(notifyObserver = Reception.IF_EXISTS) MeetingRecord record) {
        show(record);
    }

    /** Takes the form values from the record. */
    abstract void show(MeetingRecord record);
}
