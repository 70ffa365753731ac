package se.sodertorn.governance.it;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingDraft;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.meeting.MeetingPlanService;
import se.sodertorn.governance.ejb.organisation.BodyService;

/**
 * Proposals of meetings for in-container tests: an LG meeting from 13:00 to 15:00 on a weekday of
 * {@value MeetingFixtures#YEAR} that has no meeting yet, the year the meeting tests share.
 */
@Dependent
public class MeetingDrafts {

    @EJB
    private MeetingPlanService plans;
    @EJB
    private BodyService bodies;
    @Inject
    private Callers callers;

    /** A draft of an LG meeting on a free weekday, at the place (may be null); not proposed yet. */
    public MeetingDraft lgOnAFreeDay(String place) throws Exception {
        return lgOnAFreeDay(MeetingFixtures.YEAR, place);
    }

    /** A draft of an LG meeting on a free weekday of the year, at the place (may be null); not proposed yet. */
    public MeetingDraft lgOnAFreeDay(int year, String place) throws Exception {
        Body lg = callers.asMember(() -> bodies.page(new PageRequest(0, 50, null, true, "LG")).rows().stream()
                .filter(b -> b.getShortName().equals("LG")).findFirst().orElseThrow());
        Set<LocalDate> taken = callers.asMember(() -> plans.meetings(year, null)).stream()
                .map(Meeting::getDay).collect(Collectors.toSet());
        LocalDate day;
        do {
            day = LocalDate.ofYearDay(year, 1 + ThreadLocalRandom.current().nextInt(365));
        } while (day.getDayOfWeek().getValue() > 5 || taken.contains(day));
        MeetingDraft draft = new MeetingDraft();
        draft.setBodyId(lg.getId());
        draft.setDay(day);
        draft.setStart(LocalTime.of(13, 0));
        draft.setEnd(LocalTime.of(15, 0));
        draft.setPlace(place);
        return draft;
    }
}
